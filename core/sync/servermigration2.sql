-- EventDesk team server, schema version 1 -> 2. Run after serverschema.sql (a new server) or on a version 1
-- server, in the same transaction as the version bump.
-- Version 2 keeps each record's place in the change order on the record itself, so pull reads the records
-- (the latest state of each, once) instead of a second copy of every state in the change log, and a push
-- writes each record once. A push reads its batch once into a temporary table instead of into every
-- statement's plan. A member's own change that merged nothing of anybody else's comes back from pull without
-- its columns: that member already has them, and needs to write nothing. A replayed push is told by each client's latest mutation id, not by
-- a row per mutation, and a record's creation is dated on the record, not by a row in the change log.

-- Where the record's latest change stands in pull's order, who wrote it, and whether it merged nothing else
-- (clean: the writer's copy equals the server's), and updated_utc beside the columns: the writer's stamp of its
-- change (the server's, when the writer sent none), so that the writer of a clean change already has it all.
ALTER TABLE eventdesk.records ADD COLUMN txid xid8, ADD COLUMN changed_client uuid,
    ADD COLUMN clean boolean NOT NULL DEFAULT false, ADD COLUMN created_at timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN updated_utc text;
-- The server's stamp moves out of the columns' object: a push then stores the columns as they came.
UPDATE eventdesk.records SET updated_utc = data->>'updated_utc', data = data - 'updated_utc';
UPDATE eventdesk.records r SET txid = c.txid, changed_client = c.client_id
  FROM eventdesk.changes c WHERE c.team_id = r.team_id AND c.seq = r.revision;
UPDATE eventdesk.records r SET created_at = c.committed_at
  FROM eventdesk.changes c WHERE c.team_id = r.team_id AND c.seq = r.created;
UPDATE eventdesk.records SET txid = pg_current_xact_id(), changed_client = creator WHERE txid IS NULL;
ALTER TABLE eventdesk.records ALTER COLUMN txid SET DEFAULT pg_current_xact_id(), ALTER COLUMN txid SET NOT NULL,
    ALTER COLUMN changed_client SET NOT NULL;
CREATE INDEX records_pull ON eventdesk.records (team_id, txid, revision);

-- Each client that pushed: its member, and its latest mutation id (the outbox's sequence: a client pushes its
-- outbox in order, a batch at a time, each batch in one transaction). Push is idempotent by (client id, mutation
-- id): what is not above it is a replay.
CREATE TABLE eventdesk.clients (
    team_id text NOT NULL,
    client_id uuid NOT NULL,
    member_name text NOT NULL,
    last_mutation bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (team_id, client_id)
);
INSERT INTO eventdesk.clients (team_id, client_id, member_name, last_mutation)
    SELECT mu.team_id, mu.client_id,
           coalesce((SELECT c.member_name FROM eventdesk.changes c
                      WHERE c.team_id = mu.team_id AND c.client_id = mu.client_id LIMIT 1), ''),
           max(mu.mutation_id)
      FROM eventdesk.mutations mu GROUP BY mu.team_id, mu.client_id;
DROP TABLE eventdesk.mutations;
ALTER TABLE eventdesk.clients ENABLE ROW LEVEL SECURITY;
ALTER TABLE eventdesk.clients FORCE ROW LEVEL SECURITY;
CREATE POLICY team_only ON eventdesk.clients USING (team_id = (SELECT eventdesk.current_team()))
    WITH CHECK (team_id = (SELECT eventdesk.current_team()));
GRANT SELECT, INSERT, UPDATE ON eventdesk.clients TO eventdesk_member;

-- The change log keeps who wrote which edit and when (a conflict names them), not the states.
DROP INDEX eventdesk.changes_pull;
DROP FUNCTION eventdesk.pull(xid8, bigint, integer);
ALTER TABLE eventdesk.changes DROP COLUMN data;

-- Who wrote a field's version (a change number) and when: an edit's change, or else the record's creation.
CREATE FUNCTION eventdesk.author_of(p_seq bigint, p_creator uuid, p_created_at timestamptz, OUT who text,
                                    OUT at timestamptz) LANGUAGE sql STABLE AS $$
    SELECT coalesce(ch.member_name, cl.member_name, ''), coalesce(ch.committed_at, p_created_at, now())
      FROM (SELECT 1) AS one
      LEFT JOIN eventdesk.changes ch ON ch.team_id = (SELECT eventdesk.current_team()) AND ch.seq = p_seq
      LEFT JOIN eventdesk.clients cl ON cl.team_id = (SELECT eventdesk.current_team()) AND cl.client_id = p_creator $$;

-- A push in three steps, in one transaction: push_begin() makes an empty batch table, the client copies its
-- mutations into it (COPY pg_temp.eventdesk_batch (o, m, kind, id, base, fields, resolves, updated_utc) FROM
-- STDIN: each
-- row's columns parsed on their own, not one document of megabytes), and push_staged(client) applies them.
CREATE FUNCTION eventdesk.push_begin() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF to_regclass('pg_temp.eventdesk_batch') IS NULL THEN
        CREATE TEMPORARY TABLE eventdesk_batch (o integer, m bigint, kind text, id uuid, base bigint,
            fields jsonb, resolves jsonb, updated_utc text, fresh boolean NOT NULL DEFAULT false,
            done boolean NOT NULL DEFAULT false) ON COMMIT DELETE ROWS;
    END IF;
    DELETE FROM pg_temp.eventdesk_batch;
END $$;

-- Applies a batch as one document: [{"m": mutation id, "kind": k, "id": uuid, "base": revision, "fields": {...},
-- "resolves": [conflict ids], "updated_utc": the writer's stamp}] (clients without COPY). Returns how many were applied (replays are skipped).
CREATE OR REPLACE FUNCTION eventdesk.push(p_client uuid, p_batch jsonb) RETURNS integer LANGUAGE plpgsql AS $$
BEGIN
    PERFORM eventdesk.push_begin();
    INSERT INTO pg_temp.eventdesk_batch (o, m, kind, id, base, fields, resolves, updated_utc)
        SELECT t.ord, (t.e->>'m')::bigint, t.e->>'kind', (t.e->>'id')::uuid, coalesce((t.e->>'base')::bigint, 0),
               coalesce(t.e->'fields', '{}'::jsonb), t.e->'resolves', t.e->>'updated_utc'
          FROM jsonb_array_elements(p_batch) WITH ORDINALITY AS t(e, ord);
    RETURN eventdesk.push_staged(p_client);
END $$;

-- Applies the mutations in pg_temp.eventdesk_batch, in the order of o. Returns how many were applied (replays
-- are skipped).
CREATE FUNCTION eventdesk.push_staged(p_client uuid) RETURNS integer LANGUAGE plpgsql
SET plan_cache_mode = force_custom_plan SET work_mem = '64MB' AS $$
DECLARE
    v_team text := eventdesk.current_team();
    v_member text := eventdesk.member_name();
    v_row record;
    r eventdesk.records%ROWTYPE;
    v_seq bigint;
    v_base bigint;
    v_fields jsonb;
    v_data jsonb;
    v_versions jsonb;
    v_writers jsonb;
    v_key text;
    v_value jsonb;
    v_applied integer := 0;
    v_fast integer;
    v_last bigint;
    v_edited_since boolean;
    v_clean boolean;
    v_conflict boolean;
    v_kept_by text;
    v_kept_at timestamptz;
    v_now text := eventdesk.utc_text(now());
BEGIN
    IF v_team IS NULL THEN
        RAISE EXCEPTION 'eventdesk: role % is not a member of a team', current_user USING ERRCODE = '42501';
    END IF;
    -- This client's latest mutation; the row stays locked until commit, so that the same client pushing twice at
    -- once (a client killed mid-push can leave its transaction running while it pushes again) waits here.
    INSERT INTO eventdesk.clients AS cl (team_id, client_id, member_name) VALUES (v_team, p_client, v_member)
        ON CONFLICT (team_id, client_id) DO UPDATE SET member_name = excluded.member_name
        RETURNING cl.last_mutation INTO v_last;
    -- Replays out; the columns that never travel as columns out; new records told apart from edits.
    DELETE FROM pg_temp.eventdesk_batch b WHERE b.m <= v_last;
    UPDATE eventdesk.clients SET last_mutation = (SELECT max(b.m) FROM pg_temp.eventdesk_batch b)
     WHERE team_id = v_team AND client_id = p_client AND EXISTS (SELECT 1 FROM pg_temp.eventdesk_batch);
    UPDATE pg_temp.eventdesk_batch b SET fields = b.fields - 'updated_utc' - 'revision'
     WHERE b.fields ? 'updated_utc' OR b.fields ? 'revision';
    UPDATE pg_temp.eventdesk_batch b SET fields = '{}' WHERE b.fields IS NULL;
    UPDATE pg_temp.eventdesk_batch b SET base = 0 WHERE b.base IS NULL;
    UPDATE pg_temp.eventdesk_batch b SET updated_utc = v_now WHERE b.updated_utc IS NULL;
    UPDATE pg_temp.eventdesk_batch b SET fresh = true
     WHERE b.base = 0 AND NOT EXISTS (SELECT 1 FROM eventdesk.records x WHERE x.team_id = v_team
                                         AND x.kind = b.kind AND x.id = b.id);
    -- New records, set-based: one change each; every field's version is the creation's (versions stay empty).
    WITH c AS (SELECT DISTINCT ON (b.id) b.kind, b.id, b.fields, b.o, b.updated_utc FROM pg_temp.eventdesk_batch b
                WHERE b.fresh ORDER BY b.id, b.o),
         -- Numbered in the batch's order (volatile functions run after the sort), so that pull brings a record
         -- after the records it refers to.
         s AS (SELECT c.*, nextval('eventdesk.change_seq') AS seq FROM c ORDER BY c.o),
         made AS (INSERT INTO eventdesk.records (team_id, kind, id, data, versions, writers, revision, created,
                                                 creator, changed_client, clean, updated_utc)
                   SELECT v_team, s.kind, s.id, s.fields, '{}'::jsonb, '{}'::jsonb, s.seq, s.seq, p_client, p_client,
                          true, s.updated_utc
                     FROM s RETURNING id)
    SELECT count(*) INTO v_applied FROM made;
    -- Plain edits, set-based: the only edit of its record in this batch, of a live record, no delete, restore or
    -- resolution, and no field that someone else wrote since this client's base (nothing to merge).
    WITH cand AS (SELECT b.o, rec.kind, rec.id, b.fields AS f, b.updated_utc AS u,
                         -- clean: nobody else wrote any field of the record since this client's base
                         NOT (rec.created > b.base AND rec.creator <> p_client)
                         AND NOT EXISTS (SELECT 1 FROM jsonb_each_text(rec.versions) AS v(k, ver)
                                          WHERE v.ver::bigint > b.base
                                            AND coalesce(rec.writers->>v.k, rec.creator::text) <> p_client::text)
                             AS clean
                    FROM (SELECT x.*, count(*) OVER (PARTITION BY x.id) AS n FROM pg_temp.eventdesk_batch x
                           WHERE NOT x.fresh) AS b CROSS JOIN LATERAL (
                             -- LATERAL: one index look-up per edit, whatever the planner believes.
                             SELECT * FROM eventdesk.records r1
                              WHERE r1.team_id = v_team AND r1.kind = b.kind AND r1.id = b.id
                              FOR UPDATE) AS rec
                   WHERE b.n = 1 AND b.resolves IS NULL AND NOT (b.fields ? 'deleted')
                     AND rec.data->>'deleted' = '0'
                     AND NOT EXISTS (
                         SELECT 1 FROM jsonb_each(b.fields) AS x
                          WHERE coalesce((rec.versions->>x.key)::bigint, rec.created) > b.base
                            AND coalesce(rec.writers->>x.key, rec.creator::text) <> p_client::text
                            AND rec.data->x.key IS DISTINCT FROM x.value)),
         numbered AS (SELECT cand.*, nextval('eventdesk.change_seq') AS seq FROM cand ORDER BY cand.o),
         upd AS (UPDATE eventdesk.records rec
                    SET data = rec.data || n.f,
                        -- A clean change's writer keeps its own stamp, so the server keeps it too.
                        updated_utc = CASE WHEN rec.data || n.f = rec.data AND NOT n.clean THEN rec.updated_utc
                                           ELSE n.u END,
                        versions = rec.versions || (SELECT coalesce(jsonb_object_agg(k, n.seq), '{}'::jsonb)
                                                    FROM jsonb_object_keys(n.f) AS k),
                        writers = rec.writers || (SELECT coalesce(jsonb_object_agg(k, p_client), '{}'::jsonb)
                                                  FROM jsonb_object_keys(n.f) AS k),
                        revision = n.seq, txid = pg_current_xact_id(), changed_client = p_client, clean = n.clean
                   FROM numbered n
                  WHERE rec.team_id = v_team AND rec.kind = n.kind AND rec.id = n.id
              RETURNING rec.kind, rec.id, rec.revision, n.o),
         ch AS (INSERT INTO eventdesk.changes (team_id, seq, kind, id, client_id, member_name)
                    SELECT v_team, upd.revision, upd.kind, upd.id, p_client, v_member FROM upd
                    RETURNING id),
         marked AS (UPDATE pg_temp.eventdesk_batch b SET done = true FROM upd WHERE b.o = upd.o)
    SELECT count(*) INTO v_fast FROM ch;
    v_applied := v_applied + v_fast;
    -- The other edits, one by one: the field merge.
    FOR v_row IN SELECT * FROM pg_temp.eventdesk_batch x WHERE NOT x.fresh AND NOT x.done ORDER BY x.o LOOP
        v_seq := nextval('eventdesk.change_seq');
        v_base := v_row.base;
        v_fields := v_row.fields;
        v_conflict := false;
        SELECT * INTO r FROM eventdesk.records WHERE team_id = v_team AND kind = v_row.kind AND id = v_row.id FOR UPDATE;
        IF NOT FOUND THEN
            INSERT INTO eventdesk.records (team_id, kind, id, data, versions, writers, revision, created, creator,
                                           changed_client, clean, updated_utc)
                VALUES (v_team, v_row.kind, v_row.id, v_fields, '{}', '{}', v_seq, v_seq, p_client, p_client, true,
                        v_row.updated_utc);
        ELSE
            v_data := r.data;
            v_versions := r.versions;
            v_writers := r.writers;
            -- Clean so far: nobody else wrote any field of the record since this client's base.
            v_clean := NOT (r.created > v_row.base AND r.creator <> p_client)
                       AND NOT EXISTS (SELECT 1 FROM jsonb_each_text(r.versions) AS v(k, ver)
                                        WHERE v.ver::bigint > v_row.base
                                          AND coalesce(r.writers->>v.k, r.creator::text) <> p_client::text);
            -- Someone else wrote a field after this client's base: that field is theirs.
            IF v_row.resolves IS NOT NULL THEN
                v_base := r.revision;
                UPDATE eventdesk.conflicts SET resolved_by = v_member, resolved_at = now()
                    WHERE team_id = v_team AND id = ANY (ARRAY(SELECT jsonb_array_elements_text(v_row.resolves))::uuid[])
                      AND resolved_at IS NULL;
            END IF;
            SELECT bool_or(true) INTO v_edited_since FROM jsonb_each_text(r.versions) AS v(k, ver)
                WHERE v.k <> 'deleted' AND v.ver::bigint > v_base
                  AND coalesce(r.writers->>v.k, r.creator::text) IS DISTINCT FROM p_client::text;
            v_edited_since := coalesce(v_edited_since, false) OR (r.created > v_base AND r.creator <> p_client);
            IF (r.data->>'deleted') = '1' AND NOT (v_fields ? 'deleted')
               AND coalesce((r.versions->>'deleted')::bigint, r.created) > v_base
               AND coalesce(r.writers->>'deleted', r.creator::text) IS DISTINCT FROM p_client::text THEN
                -- An edit of a record someone else deleted: the record stays deleted; the edit waits as a conflict.
                v_conflict := true;
                SELECT a.who, a.at INTO v_kept_by, v_kept_at
                  FROM eventdesk.author_of(coalesce((r.versions->>'deleted')::bigint, r.created), r.creator,
                                           r.created_at) AS a;
                INSERT INTO eventdesk.conflicts AS c (team_id, kind, record_id, field, kept, kept_by, kept_at, proposed,
                                                      proposed_by, proposed_client)
                    VALUES (v_team, v_row.kind, v_row.id, 'deleted', '1', v_kept_by, v_kept_at, v_fields, v_member,
                            p_client)
                    ON CONFLICT (team_id, kind, record_id, field, proposed_client) WHERE resolved_at IS NULL
                    DO UPDATE SET proposed = CASE WHEN jsonb_typeof(c.proposed) = 'object'
                                                  THEN c.proposed || excluded.proposed ELSE excluded.proposed END,
                                  proposed_by = excluded.proposed_by, proposed_client = excluded.proposed_client,
                                  proposed_at = excluded.proposed_at;
            ELSIF v_fields->>'deleted' = '1' AND (r.data->>'deleted') = '0' AND coalesce(v_edited_since, false) THEN
                -- A delete of a record someone else edited: the record stays; the delete waits as a conflict.
                v_conflict := true;
                INSERT INTO eventdesk.conflicts AS c (team_id, kind, record_id, field, kept, kept_by, kept_at, proposed,
                                                      proposed_by, proposed_client)
                    SELECT v_team, v_row.kind, v_row.id, 'deleted', '0', a.who, a.at, '1', v_member, p_client
                      FROM eventdesk.author_of(r.revision, r.creator, r.created_at) AS a
                    ON CONFLICT (team_id, kind, record_id, field, proposed_client) WHERE resolved_at IS NULL
                    DO UPDATE SET proposed = excluded.proposed, proposed_by = excluded.proposed_by,
                                  proposed_client = excluded.proposed_client, proposed_at = excluded.proposed_at;
            ELSE
                FOR v_key, v_value IN SELECT key, value FROM jsonb_each(v_fields) LOOP
                    IF coalesce((r.versions->>v_key)::bigint, r.created) > v_base
                       AND coalesce(r.writers->>v_key, r.creator::text) IS DISTINCT FROM p_client::text
                       AND r.data->v_key IS DISTINCT FROM v_value THEN
                        v_conflict := true;
                        SELECT a.who, a.at INTO v_kept_by, v_kept_at
                          FROM eventdesk.author_of(coalesce((r.versions->>v_key)::bigint, r.created), r.creator,
                                                   r.created_at) AS a;
                        INSERT INTO eventdesk.conflicts AS c (team_id, kind, record_id, field, kept, kept_by, kept_at,
                                                              proposed, proposed_by, proposed_client)
                            VALUES (v_team, v_row.kind, v_row.id, v_key, r.data->v_key, v_kept_by, v_kept_at, v_value,
                                    v_member, p_client)
                            ON CONFLICT (team_id, kind, record_id, field, proposed_client) WHERE resolved_at IS NULL
                            DO UPDATE SET proposed = CASE WHEN v_key = 'deleted' AND v_value = '0'
                                                               AND jsonb_typeof(c.proposed) = 'object'
                                                          THEN c.proposed ELSE excluded.proposed END,
                                          proposed_by = excluded.proposed_by,
                                          proposed_client = excluded.proposed_client, proposed_at = excluded.proposed_at;
                    ELSE
                        v_data := jsonb_set(v_data, ARRAY[v_key], v_value, true);
                        v_versions := jsonb_set(v_versions, ARRAY[v_key], to_jsonb(v_seq), true);
                        v_writers := jsonb_set(v_writers, ARRAY[v_key], to_jsonb(p_client::text), true);
                    END IF;
                END LOOP;
            END IF;
            -- Clean when this writer's copy now equals the server's: nothing of anybody else's merged in and no
            -- conflict (then the writer's value was not taken).
            UPDATE eventdesk.records SET data = v_data, versions = v_versions, writers = v_writers, revision = v_seq,
                                         txid = pg_current_xact_id(), changed_client = p_client,
                                         updated_utc = CASE WHEN v_data IS DISTINCT FROM r.data
                                                                 OR (v_clean AND NOT v_conflict)
                                                            THEN v_row.updated_utc ELSE r.updated_utc END,
                                         clean = v_clean AND NOT v_conflict
                WHERE team_id = v_team AND kind = v_row.kind AND id = v_row.id;
        END IF;
        INSERT INTO eventdesk.changes (team_id, seq, kind, id, client_id, member_name)
            VALUES (v_team, v_seq, v_row.kind, v_row.id, p_client, v_member);
        v_applied := v_applied + 1;
    END LOOP;
    IF v_applied > 0 THEN
        PERFORM pg_notify('eventdesk_' || md5(v_team), '');
    END IF;
    RETURN v_applied;
END $$;

-- The records changed after the cursor, in the order of their latest change (the index's order: a page reads
-- only its rows), below the oldest transaction still running. A record whose latest change is the caller's own
-- clean one comes without its columns and stamp (both null): the caller has them.
CREATE FUNCTION eventdesk.pull(p_client uuid, p_txid xid8, p_seq bigint, p_limit integer)
RETURNS TABLE (txid xid8, seq bigint, kind text, id uuid, data jsonb, updated_utc text)
LANGUAGE sql STABLE AS $$
    SELECT r.txid, r.revision, r.kind, r.id,
           CASE WHEN r.clean AND r.changed_client = p_client THEN NULL ELSE r.data END,
           CASE WHEN r.clean AND r.changed_client = p_client THEN NULL ELSE r.updated_utc END
      FROM eventdesk.records r
     WHERE r.team_id = (SELECT eventdesk.current_team()) AND (r.txid, r.revision) > (p_txid, p_seq)
       AND r.txid < pg_snapshot_xmin(pg_current_snapshot())
     ORDER BY r.team_id, r.txid, r.revision LIMIT p_limit $$;

-- The records one client needs whole after all (it lost its own copy of them).
CREATE FUNCTION eventdesk.records_of(p_ids uuid[])
RETURNS TABLE (kind text, id uuid, data jsonb, updated_utc text) LANGUAGE sql STABLE AS $$
    SELECT r.kind, r.id, r.data, r.updated_utc FROM eventdesk.records r
     WHERE r.team_id = (SELECT eventdesk.current_team()) AND r.id = ANY (p_ids) $$;

CREATE OR REPLACE FUNCTION eventdesk.pull_count(p_txid xid8, p_seq bigint) RETURNS bigint LANGUAGE sql STABLE AS $$
    SELECT count(*) FROM eventdesk.records r
     WHERE r.team_id = (SELECT eventdesk.current_team()) AND (r.txid, r.revision) > (p_txid, p_seq)
       AND r.txid < pg_snapshot_xmin(pg_current_snapshot()) $$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA eventdesk FROM PUBLIC;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA eventdesk TO eventdesk_member;
