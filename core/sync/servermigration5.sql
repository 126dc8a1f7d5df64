-- EventDesk team server, schema version 4 -> 5: a push's plain edits leave one row that says who wrote them and
-- when, instead of a row each in the change log (10,000 edits wrote 10,000 rows and their index entries, about a
-- tenth of the push). The other edits keep their row in the change log; a record's creation is dated on the record.
-- The functions of this file may be improved within version 5, as those of servermigration3.sql (its notes list
-- the revisions).
-- Revision 1: also, when the plain edits took the whole batch, the batch is left as it is (nothing more to
-- apply) instead of emptied row by row.

-- Each push's plain edits: their change numbers (first_seq to last_seq, all of this client in that push: a
-- client's pushes take turns on its row in clients, and its numbers only grow), who and when.
CREATE TABLE eventdesk.pushes (
    team_id text NOT NULL,
    client_id uuid NOT NULL,
    first_seq bigint NOT NULL,
    last_seq bigint NOT NULL,
    member_name text NOT NULL,
    committed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (team_id, client_id, last_seq)
);
ALTER TABLE eventdesk.pushes ENABLE ROW LEVEL SECURITY;
ALTER TABLE eventdesk.pushes FORCE ROW LEVEL SECURITY;
CREATE POLICY team_only ON eventdesk.pushes USING (team_id = (SELECT eventdesk.current_team()))
    WITH CHECK (team_id = (SELECT eventdesk.current_team()));
GRANT SELECT, INSERT ON eventdesk.pushes TO eventdesk_member;

-- Who wrote a field's version (a change number, by the client p_writer) and when: an edit's row in the change
-- log, else the push of plain edits it was in, else the record's creation (p_created, dated p_created_at).
DROP FUNCTION eventdesk.author_of(bigint, uuid, timestamptz);
CREATE OR REPLACE FUNCTION eventdesk.author_of(p_seq bigint, p_writer uuid, p_created bigint,
                                               p_created_at timestamptz, OUT who text, OUT at timestamptz)
LANGUAGE sql STABLE AS $$
    SELECT coalesce(ch.member_name, pu.member_name, cl.member_name, ''),
           coalesce(ch.committed_at, pu.committed_at, CASE WHEN p_seq = p_created THEN p_created_at END, now())
      FROM (SELECT 1) AS one
      LEFT JOIN eventdesk.changes ch ON ch.team_id = (SELECT eventdesk.current_team()) AND ch.seq = p_seq
      LEFT JOIN LATERAL (SELECT p.member_name, p.committed_at FROM eventdesk.pushes p
                          WHERE p.team_id = (SELECT eventdesk.current_team()) AND p.client_id = p_writer
                            AND p.last_seq >= p_seq AND p.first_seq <= p_seq
                          ORDER BY p.last_seq LIMIT 1) AS pu ON true
      LEFT JOIN eventdesk.clients cl ON cl.team_id = (SELECT eventdesk.current_team()) AND cl.client_id = p_writer $$;

-- Version 3's push, with the plain edits' author as above.
CREATE OR REPLACE FUNCTION eventdesk.push_staged(p_client uuid) RETURNS integer LANGUAGE plpgsql
SET plan_cache_mode = force_custom_plan SET work_mem = '64MB' SET enable_mergejoin = off AS $$
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
    v_taken bigint;
    v_rows bigint;
    v_fast integer;
    v_done integer[];
    v_last bigint;
    v_max bigint;
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
    IF v_last > 0 THEN -- (a client's first push has nothing to replay)
        DELETE FROM pg_temp.eventdesk_batch b WHERE b.m <= v_last;
    END IF;
    SELECT max(b.m), count(*) INTO v_max, v_rows FROM pg_temp.eventdesk_batch b;
    IF v_rows > 0 THEN
        UPDATE eventdesk.clients SET last_mutation = v_max WHERE team_id = v_team AND client_id = p_client;
    END IF;
    -- One pass, and only over the rows that need it (a batch table row rewritten is a row copied).
    UPDATE pg_temp.eventdesk_batch b
       SET fields = coalesce(b.fields, '{}') - 'updated_utc' - 'revision', base = coalesce(b.base, 0),
           updated_utc = coalesce(b.updated_utc, v_now)
     WHERE b.fields IS NULL OR b.base IS NULL OR b.updated_utc IS NULL OR b.fields ? 'updated_utc'
        OR b.fields ? 'revision';
    -- New records, set-based: one change each; every field's version is the creation's (versions stay empty).
    -- A record created and then edited before a push comes once per outbox entry, each with its current
    -- columns: the first is its creation, and the others go with it. Only positions and ids are sorted (not
    -- the rows with their columns), and the rows are joined back by a hash on their position.
    -- (an edit sends only the columns it changed, never created_utc: an edit of a record this client made,
    -- whose server revision it never learned, has base 0 too, and is not looked for)
    WITH made_here AS MATERIALIZED (
             SELECT b.o, b.kind, b.id FROM pg_temp.eventdesk_batch b
              WHERE b.base = 0 AND b.fields ? 'created_utc' AND NOT EXISTS (SELECT 1 FROM eventdesk.records x WHERE x.team_id = v_team
                                                  AND x.kind = b.kind AND x.id = b.id)),
         firsts AS (SELECT DISTINCT ON (m.kind, m.id) m.o FROM made_here m ORDER BY m.kind, m.id, m.o),
         -- Numbered in the batch's order (volatile functions run after the sort), so that pull brings a record
         -- after the records it refers to.
         s AS (SELECT f.o, nextval('eventdesk.change_seq') AS seq FROM firsts f ORDER BY f.o),
         made AS (INSERT INTO eventdesk.records (team_id, kind, id, data, versions, writers, revision, created,
                                                 creator, changed_client, clean, updated_utc)
                   SELECT v_team, b.kind, b.id, b.fields, '{}'::jsonb, '{}'::jsonb, s.seq, s.seq, p_client, p_client,
                          true, b.updated_utc
                     FROM s JOIN pg_temp.eventdesk_batch b ON b.o = s.o RETURNING 1)
    SELECT (SELECT count(*) FROM made), (SELECT count(*) FROM made_here) INTO v_applied, v_taken;
    IF v_taken > 0 AND v_taken < v_rows THEN
        -- Edits too: the rows the creations took leave the batch (the records this transaction wrote so far are
        -- exactly those creations).
        DELETE FROM pg_temp.eventdesk_batch b USING eventdesk.records x
         WHERE b.base = 0 AND x.team_id = v_team AND x.kind = b.kind AND x.id = b.id
           AND x.txid = pg_current_xact_id();
    END IF;
    IF v_taken = v_rows THEN
        v_rows := 0; -- nothing else to apply
    END IF;
    IF v_rows > 0 THEN
    -- Plain edits, set-based: the only edit of its record in this batch, of a live record, no delete, restore or
    -- resolution, and no field that someone else wrote since this client's base (nothing to merge). The update
    -- itself checks each record, so it reads and locks each record once, and a record that a concurrent push
    -- changed meanwhile is checked again. Edits create nothing, so their order within the push does not matter
    -- for pull; they are locked in the records' order (the same in every push), so that two pushes editing the
    -- same records wait for each other instead of deadlocking.
    -- Each edit's column names and its writers (this client for each of them) are made here, before the lock.
    WITH edits AS MATERIALIZED (
             SELECT b.o, b.kind, b.id, b.fields AS f, b.updated_utc AS u, b.base, b.keys,
                    jsonb_object(b.keys, array_fill(p_client::text, ARRAY[cardinality(b.keys)])) AS w
               FROM (SELECT x.*, count(*) OVER (PARTITION BY x.kind, x.id) AS n,
                            ARRAY(SELECT jsonb_object_keys(x.fields)) AS keys
                       FROM pg_temp.eventdesk_batch x) AS b
              WHERE b.n = 1 AND b.resolves IS NULL AND NOT (b.fields ? 'deleted')
              ORDER BY b.kind, b.id),
         upd AS (UPDATE eventdesk.records rec
                    SET data = rec.data || n.f,
                        -- A clean change's writer keeps its own stamp, so the server keeps it too; a change
                        -- that changed nothing keeps the record's. (untouched_since is a call per record: only when
                        -- the record's own columns cannot tell.)
                        updated_utc = CASE WHEN rec.revision <= n.base OR (rec.changed_client = p_client AND rec.clean)
                                                OR eventdesk.untouched_since(rec, n.base, p_client) THEN n.u
                                           WHEN rec.data || n.f = rec.data THEN rec.updated_utc ELSE n.u END,
                        -- The change's number, taken with the record in hand (a record that a concurrent push
                        -- changed meanwhile is computed again, with a later number: a record's numbers only grow),
                        -- as the version of each of the edit's columns (most edits change one).
                        (revision, versions, writers) = (
                            SELECT s.seq,
                                   rec.versions || CASE WHEN cardinality(n.keys) = 1
                                                        THEN jsonb_build_object(n.keys[1], s.seq)
                                                        ELSE coalesce((SELECT jsonb_object_agg(k, s.seq)
                                                                         FROM unnest(n.keys) AS k), '{}'::jsonb)
                                                   END,
                                   rec.writers || n.w
                              FROM (SELECT nextval('eventdesk.change_seq') AS seq) AS s),
                        txid = pg_current_xact_id(), changed_client = p_client,
                        clean = rec.revision <= n.base OR (rec.changed_client = p_client AND rec.clean)
                                OR eventdesk.untouched_since(rec, n.base, p_client)
                   FROM edits n
                  WHERE rec.team_id = v_team AND rec.kind = n.kind AND rec.id = n.id
                    AND rec.data->>'deleted' = '0'
                    AND (rec.revision <= n.base OR (rec.changed_client = p_client AND rec.clean) OR NOT EXISTS (
                         SELECT 1 FROM jsonb_each(n.f) AS x
                          WHERE coalesce((rec.versions->>x.key)::bigint, rec.created) > n.base
                            AND coalesce(rec.writers->>x.key, rec.creator::text) <> p_client::text
                            AND rec.data->x.key IS DISTINCT FROM x.value))
              RETURNING rec.kind, rec.id, rec.revision, n.o),
         -- Who wrote them and when: one row for the push's plain edits, not one per edit.
         author AS (INSERT INTO eventdesk.pushes (team_id, client_id, first_seq, last_seq, member_name)
                        SELECT v_team, p_client, min(upd.revision), max(upd.revision), v_member FROM upd
                        HAVING count(*) > 0)
    SELECT count(*), array_agg(upd.o) INTO v_fast, v_done FROM upd;
    v_applied := v_applied + v_fast;
    IF v_fast < v_rows THEN
        -- What the plain edits did not take leaves the batch (when they took it all, nothing is left to do).
        DELETE FROM pg_temp.eventdesk_batch b USING unnest(v_done) AS d(o) WHERE b.o = d.o;
    ELSE
        v_rows := 0;
    END IF;
    END IF;
    IF v_rows > 0 THEN
    -- The other edits, one by one: the field merge.
    FOR v_row IN SELECT * FROM pg_temp.eventdesk_batch x ORDER BY x.o LOOP
        v_base := v_row.base;
        v_fields := v_row.fields;
        v_conflict := false;
        SELECT * INTO r FROM eventdesk.records WHERE team_id = v_team AND kind = v_row.kind AND id = v_row.id FOR UPDATE;
        v_seq := nextval('eventdesk.change_seq'); -- after the lock: a record's numbers only grow
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
            v_clean := eventdesk.untouched_since(r, v_row.base, p_client);
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
                  FROM eventdesk.author_of(coalesce((r.versions->>'deleted')::bigint, r.created),
                                           coalesce((r.writers->>'deleted')::uuid, r.creator), r.created,
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
                      FROM eventdesk.author_of(r.revision, r.changed_client, r.created, r.created_at) AS a
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
                          FROM eventdesk.author_of(coalesce((r.versions->>v_key)::bigint, r.created),
                                                   coalesce((r.writers->>v_key)::uuid, r.creator), r.created,
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
    END IF;
    IF v_applied > 0 THEN
        PERFORM pg_notify('eventdesk_' || md5(v_team), '');
    END IF;
    RETURN v_applied;
END $$;

REVOKE ALL ON FUNCTION eventdesk.author_of(bigint, uuid, bigint, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION eventdesk.author_of(bigint, uuid, bigint, timestamptz) TO eventdesk_member;
REVOKE ALL ON FUNCTION eventdesk.push_staged(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION eventdesk.push_staged(uuid) TO eventdesk_member;
