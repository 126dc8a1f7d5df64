-- EventDesk team server, schema version 1. Installed in one transaction by `eventdesk-cli server init`.
-- Placeholders: none. Every statement is idempotent only as a whole: init checks server_info first.
CREATE SCHEMA eventdesk;

CREATE TABLE eventdesk.server_info (key text PRIMARY KEY, value text NOT NULL);

-- A member's login role belongs to one team; the role sees only its team's rows.
CREATE TABLE eventdesk.members (
    role_name name PRIMARY KEY,
    team_id text NOT NULL,
    member_name text NOT NULL
);

CREATE SEQUENCE eventdesk.change_seq;

-- The current state of every record: its columns as a JSON object, and per column the change number that last
-- wrote it and the client that wrote it (for the field merge; a column written only at creation is absent).
CREATE TABLE eventdesk.records (
    team_id text NOT NULL,
    kind text NOT NULL,
    id uuid NOT NULL,
    data jsonb NOT NULL,
    versions jsonb NOT NULL,
    writers jsonb NOT NULL,
    revision bigint NOT NULL,
    created bigint NOT NULL, -- the change that created it: the version of every field not in versions
    creator uuid NOT NULL,   -- the client that created it: the writer of every field not in writers
    PRIMARY KEY (team_id, kind, id)
);

-- The change log: one row per applied mutation, with the record's whole state after it. Pull reads it in
-- (txid, seq) order below the oldest running transaction, so a change committed late is never skipped.
CREATE TABLE eventdesk.changes (
    team_id text NOT NULL,
    seq bigint NOT NULL,
    txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    kind text NOT NULL,
    id uuid NOT NULL,
    data jsonb NOT NULL,
    client_id uuid NOT NULL,
    member_name text NOT NULL,
    committed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (seq)
);
CREATE INDEX changes_pull ON eventdesk.changes (team_id, txid, seq);

-- Push is idempotent by (client id, mutation id, record id), within the team.
CREATE TABLE eventdesk.mutations (
    team_id text NOT NULL,
    client_id uuid NOT NULL,
    mutation_id bigint NOT NULL,
    record_id uuid NOT NULL,
    PRIMARY KEY (team_id, client_id, mutation_id, record_id)
);

-- Two members wrote the same field: the value that reached the server first is kept, the later one is stored
-- here until someone resolves it. For "deleted", proposed is 1 (delete), 0 (restore) or an object of the
-- columns an edit of a deleted record wrote (keeping it restores the record with them).
CREATE TABLE eventdesk.conflicts (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    team_id text NOT NULL,
    kind text NOT NULL,
    record_id uuid NOT NULL,
    field text NOT NULL,
    kept jsonb,
    kept_by text NOT NULL,
    kept_at timestamptz NOT NULL,
    proposed jsonb,
    proposed_by text NOT NULL,
    proposed_client uuid NOT NULL,
    proposed_at timestamptz NOT NULL DEFAULT now(),
    resolved_by text,
    resolved_at timestamptz
);
-- One open conflict per field and proposing client: a third member's value never replaces a second one's.
CREATE UNIQUE INDEX conflicts_open ON eventdesk.conflicts (team_id, kind, record_id, field, proposed_client)
    WHERE resolved_at IS NULL;

CREATE FUNCTION eventdesk.current_team() RETURNS text LANGUAGE sql STABLE AS
$$ SELECT team_id FROM eventdesk.members WHERE role_name = current_user $$;

CREATE FUNCTION eventdesk.member_name() RETURNS text LANGUAGE sql STABLE AS
$$ SELECT member_name FROM eventdesk.members WHERE role_name = current_user $$;

CREATE FUNCTION eventdesk.utc_text(t timestamptz) RETURNS text LANGUAGE sql IMMUTABLE AS
$$ SELECT to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') $$;

-- Applies a batch of mutations: [{"m": mutation id, "kind": k, "id": uuid, "base": revision, "fields": {...}}].
-- Returns how many were applied (replays are skipped).
-- Plans are made for each call's batch (a generic plan cached after five calls once joined whole batches
-- row by row).
CREATE FUNCTION eventdesk.push(p_client uuid, p_batch jsonb) RETURNS integer LANGUAGE plpgsql
SET plan_cache_mode = force_custom_plan AS $$
DECLARE
    v_team text := eventdesk.current_team();
    v_member text := eventdesk.member_name();
    m jsonb;
    r eventdesk.records%ROWTYPE;
    v_seq bigint;
    v_base bigint;
    v_id uuid;
    v_kind text;
    v_fields jsonb;
    v_data jsonb;
    v_versions jsonb;
    v_writers jsonb;
    v_key text;
    v_value jsonb;
    v_applied integer := 0;
    v_edited_since boolean;
    v_kept_by text;
    v_kept_at timestamptz;
    v_creations integer[];
    v_edits integer[];
    v_position integer;
    v_fast integer[];
    v_now text := eventdesk.utc_text(now());
BEGIN
    IF v_team IS NULL THEN
        RAISE EXCEPTION 'eventdesk: role % is not a member of a team', current_user USING ERRCODE = '42501';
    END IF;
    -- Replays out; the rest split into new records and edits, as positions in the batch (index lookups, no
    -- sorting or joining of the batch's documents).
    SELECT coalesce(array_agg(q.ord ORDER BY q.ord) FILTER (WHERE q.fresh), '{}'),
           coalesce(array_agg(q.ord ORDER BY q.ord) FILTER (WHERE NOT q.fresh), '{}')
      INTO v_creations, v_edits
      FROM (SELECT t.ord::integer AS ord,
                   coalesce((t.e->>'base')::bigint, 0) = 0
                   AND NOT EXISTS (SELECT 1 FROM eventdesk.records x WHERE x.team_id = v_team
                                      AND x.kind = t.e->>'kind' AND x.id = (t.e->>'id')::uuid) AS fresh
              FROM jsonb_array_elements(p_batch) WITH ORDINALITY AS t(e, ord)
             WHERE NOT EXISTS (SELECT 1 FROM eventdesk.mutations mu
                                WHERE mu.team_id = v_team AND mu.client_id = p_client
                                  AND mu.mutation_id = (t.e->>'m')::bigint AND mu.record_id = (t.e->>'id')::uuid)) q;
    INSERT INTO eventdesk.mutations (team_id, client_id, mutation_id, record_id)
        SELECT v_team, p_client, (p_batch->(o - 1)->>'m')::bigint, (p_batch->(o - 1)->>'id')::uuid
          FROM unnest(v_creations || v_edits) AS o
        ON CONFLICT DO NOTHING;
    -- New records, set-based: one change each; every field's version is the creation's (versions stay empty).
    WITH c AS (SELECT DISTINCT ON (e->>'id') e->>'kind' AS kind, (e->>'id')::uuid AS id,
                      coalesce(e->'fields', '{}'::jsonb) - 'updated_utc' - 'revision' AS fields, o
                 FROM unnest(v_creations) AS o, LATERAL (SELECT p_batch->(o - 1) AS e) AS x
                ORDER BY e->>'id', o),
         -- Numbered in the batch's order (volatile functions run after the sort), so that pull brings a record
         -- after the records it refers to.
         s AS (SELECT c.*, nextval('eventdesk.change_seq') AS seq FROM c ORDER BY c.o),
         made AS (INSERT INTO eventdesk.records (team_id, kind, id, data, versions, writers, revision, created,
                                                 creator)
                   SELECT v_team, s.kind, s.id, s.fields || jsonb_build_object('updated_utc', v_now), '{}'::jsonb,
                          '{}'::jsonb, s.seq, s.seq, p_client
                     FROM s RETURNING kind, id, data, revision),
         ch AS (INSERT INTO eventdesk.changes (team_id, seq, kind, id, data, client_id, member_name)
                    SELECT v_team, made.revision, made.kind, made.id, made.data, p_client, v_member FROM made
                    RETURNING id)
    SELECT count(*) INTO v_applied FROM ch;
    -- Plain edits, set-based: the only edit of its record in this batch, of a live record, no delete, restore or
    -- resolution, and no field that someone else wrote since this client's base (nothing to merge).
    WITH e AS (SELECT o, p_batch->(o - 1) AS m, count(*) OVER (PARTITION BY p_batch->(o - 1)->>'id') AS n
                 FROM unnest(v_edits) AS o),
         -- LATERAL: one index look-up per edit, whatever the planner believes about the table's size.
         cand AS (SELECT e.o, rec.kind, rec.id, coalesce(e.m->'fields', '{}'::jsonb) - 'updated_utc' - 'revision' AS f
                    FROM e CROSS JOIN LATERAL (
                             SELECT * FROM eventdesk.records r1
                              WHERE r1.team_id = v_team AND r1.kind = e.m->>'kind' AND r1.id = (e.m->>'id')::uuid
                              FOR UPDATE) AS rec
                   WHERE e.n = 1 AND NOT (e.m ? 'resolves') AND NOT (e.m->'fields' ? 'deleted')
                     AND rec.data->>'deleted' = '0'
                     AND NOT EXISTS (
                         SELECT 1 FROM jsonb_each(e.m->'fields') AS x
                          WHERE coalesce((rec.versions->>x.key)::bigint, rec.created) > coalesce((e.m->>'base')::bigint, 0)
                            AND coalesce(rec.writers->>x.key, rec.creator::text) <> p_client::text
                            AND rec.data->x.key IS DISTINCT FROM x.value)),
         numbered AS (SELECT cand.*, nextval('eventdesk.change_seq') AS seq FROM cand ORDER BY cand.o),
         upd AS (UPDATE eventdesk.records rec
                    SET data = CASE WHEN rec.data || n.f = rec.data THEN rec.data
                                    ELSE rec.data || n.f || jsonb_build_object('updated_utc', v_now) END,
                        versions = rec.versions || (SELECT coalesce(jsonb_object_agg(k, n.seq), '{}'::jsonb)
                                                    FROM jsonb_object_keys(n.f) AS k),
                        writers = rec.writers || (SELECT coalesce(jsonb_object_agg(k, p_client), '{}'::jsonb)
                                                  FROM jsonb_object_keys(n.f) AS k),
                        revision = n.seq
                   FROM numbered n
                  WHERE rec.team_id = v_team AND rec.kind = n.kind AND rec.id = n.id
              RETURNING rec.kind, rec.id, rec.data, rec.revision, n.o),
         ch AS (INSERT INTO eventdesk.changes (team_id, seq, kind, id, data, client_id, member_name)
                    SELECT v_team, upd.revision, upd.kind, upd.id, upd.data, p_client, v_member FROM upd
                    RETURNING id)
    SELECT coalesce(array_agg(upd.o), '{}') INTO v_fast FROM upd;
    v_applied := v_applied + cardinality(v_fast);
    SELECT coalesce(array_agg(x.o ORDER BY x.o), '{}') INTO v_edits
      FROM (SELECT unnest(v_edits) EXCEPT SELECT unnest(v_fast)) AS x(o);
    -- The other edits, one by one: the field merge.
    FOREACH v_position IN ARRAY v_edits LOOP
        m := p_batch->(v_position - 1);
        v_id := (m->>'id')::uuid;
        v_kind := m->>'kind';
        v_seq := nextval('eventdesk.change_seq');
        v_base := coalesce((m->>'base')::bigint, 0);
        v_fields := coalesce(m->'fields', '{}'::jsonb) - 'updated_utc' - 'revision';
        SELECT * INTO r FROM eventdesk.records WHERE team_id = v_team AND kind = v_kind AND id = v_id FOR UPDATE;
        IF NOT FOUND THEN
            v_data := v_fields || jsonb_build_object('updated_utc', v_now);
            INSERT INTO eventdesk.records VALUES (v_team, v_kind, v_id, v_data, '{}', '{}', v_seq, v_seq, p_client);
        ELSE
            v_data := r.data;
            v_versions := r.versions;
            v_writers := r.writers;
            -- Someone else wrote a field after this client's base: that field is theirs.
            IF m ? 'resolves' THEN
                v_base := r.revision;
                UPDATE eventdesk.conflicts SET resolved_by = v_member, resolved_at = now()
                    WHERE team_id = v_team AND id = ANY (ARRAY(SELECT jsonb_array_elements_text(m->'resolves'))::uuid[])
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
                SELECT member_name, committed_at INTO v_kept_by, v_kept_at FROM eventdesk.changes
                    WHERE team_id = v_team AND seq = coalesce((r.versions->>'deleted')::bigint, r.created);
                INSERT INTO eventdesk.conflicts AS c (team_id, kind, record_id, field, kept, kept_by, kept_at, proposed,
                                                      proposed_by, proposed_client)
                    VALUES (v_team, v_kind, v_id, 'deleted', '1', coalesce(v_kept_by, ''), coalesce(v_kept_at, now()), v_fields, v_member,
                            p_client)
                    ON CONFLICT (team_id, kind, record_id, field, proposed_client) WHERE resolved_at IS NULL
                    DO UPDATE SET proposed = CASE WHEN jsonb_typeof(c.proposed) = 'object'
                                                  THEN c.proposed || excluded.proposed ELSE excluded.proposed END,
                                  proposed_by = excluded.proposed_by, proposed_client = excluded.proposed_client,
                                  proposed_at = excluded.proposed_at;
            ELSIF v_fields->>'deleted' = '1' AND (r.data->>'deleted') = '0' AND coalesce(v_edited_since, false) THEN
                -- A delete of a record someone else edited: the record stays; the delete waits as a conflict.
                INSERT INTO eventdesk.conflicts AS c (team_id, kind, record_id, field, kept, kept_by, kept_at, proposed,
                                                      proposed_by, proposed_client)
                    SELECT v_team, v_kind, v_id, 'deleted', '0', ch.member_name, ch.committed_at, '1', v_member, p_client
                      FROM eventdesk.changes ch WHERE ch.team_id = v_team AND ch.seq = r.revision
                    ON CONFLICT (team_id, kind, record_id, field, proposed_client) WHERE resolved_at IS NULL
                    DO UPDATE SET proposed = excluded.proposed, proposed_by = excluded.proposed_by,
                                  proposed_client = excluded.proposed_client, proposed_at = excluded.proposed_at;
            ELSE
                FOR v_key, v_value IN SELECT key, value FROM jsonb_each(v_fields) LOOP
                    IF coalesce((r.versions->>v_key)::bigint, r.created) > v_base
                       AND coalesce(r.writers->>v_key, r.creator::text) IS DISTINCT FROM p_client::text
                       AND r.data->v_key IS DISTINCT FROM v_value THEN
                        SELECT member_name, committed_at INTO v_kept_by, v_kept_at FROM eventdesk.changes
                            WHERE team_id = v_team AND seq = coalesce((r.versions->>v_key)::bigint, r.created);
                        INSERT INTO eventdesk.conflicts AS c (team_id, kind, record_id, field, kept, kept_by, kept_at,
                                                              proposed, proposed_by, proposed_client)
                            VALUES (v_team, v_kind, v_id, v_key, r.data->v_key, coalesce(v_kept_by, ''), coalesce(v_kept_at, now()),
                                    v_value, v_member, p_client)
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
                IF v_data IS DISTINCT FROM r.data THEN
                    v_data := jsonb_set(v_data, '{updated_utc}', to_jsonb(eventdesk.utc_text(now())), true);
                END IF;
            END IF;
            UPDATE eventdesk.records SET data = v_data, versions = v_versions, writers = v_writers, revision = v_seq
                WHERE team_id = v_team AND kind = v_kind AND id = v_id;
        END IF;
        INSERT INTO eventdesk.changes (team_id, seq, kind, id, data, client_id, member_name)
            VALUES (v_team, v_seq, v_kind, v_id, v_data, p_client, v_member);
        v_applied := v_applied + 1;
    END LOOP;
    IF v_applied > 0 THEN
        PERFORM pg_notify('eventdesk_' || md5(v_team), '');
    END IF;
    RETURN v_applied;
END $$;

-- Marks conflicts resolved (Take theirs needs no write).
CREATE FUNCTION eventdesk.resolve(p_ids uuid[]) RETURNS integer LANGUAGE sql AS $$
    WITH done AS (
        UPDATE eventdesk.conflicts SET resolved_by = eventdesk.member_name(), resolved_at = now()
         WHERE team_id = eventdesk.current_team() AND id = ANY (p_ids) AND resolved_at IS NULL RETURNING 1)
    SELECT count(*)::integer FROM done $$;

-- The changes after the cursor, oldest first, below the oldest transaction still running.
CREATE FUNCTION eventdesk.pull(p_txid xid8, p_seq bigint, p_limit integer)
RETURNS TABLE (txid xid8, seq bigint, kind text, id uuid, data jsonb, member_name text, committed_at timestamptz)
LANGUAGE sql STABLE AS $$
    SELECT c.txid, c.seq, c.kind, c.id, c.data, c.member_name, c.committed_at FROM eventdesk.changes c
     WHERE c.team_id = (SELECT eventdesk.current_team()) AND (c.txid, c.seq) > (p_txid, p_seq)
       AND c.txid < pg_snapshot_xmin(pg_current_snapshot())
     ORDER BY c.team_id, c.txid, c.seq LIMIT p_limit $$; -- the index's order: a page reads only its rows

CREATE FUNCTION eventdesk.pull_count(p_txid xid8, p_seq bigint) RETURNS bigint LANGUAGE sql STABLE AS $$
    SELECT count(*) FROM eventdesk.changes c
     WHERE c.team_id = (SELECT eventdesk.current_team()) AND (c.txid, c.seq) > (p_txid, p_seq)
       AND c.txid < pg_snapshot_xmin(pg_current_snapshot()) $$;

-- For people and tools: the open conflicts, under the reader's own policies (security_invoker needs
-- PostgreSQL 15; on 13 and 14 the view is left out, since a view would otherwise read as its owner).
DO $$ BEGIN
    IF current_setting('server_version_num')::integer >= 150000 THEN
        EXECUTE 'CREATE VIEW eventdesk.open_conflicts WITH (security_invoker = true) AS
                 SELECT id, kind, record_id, field, kept, kept_by, kept_at, proposed, proposed_by, proposed_client,
                        proposed_at
                   FROM eventdesk.conflicts WHERE resolved_at IS NULL';
        EXECUTE 'GRANT SELECT ON eventdesk.open_conflicts TO eventdesk_member';
    END IF;
END $$;

-- Row-level security: a member's role sees and writes only its team's rows, even as the tables' owner.
ALTER TABLE eventdesk.members ENABLE ROW LEVEL SECURITY;
ALTER TABLE eventdesk.members FORCE ROW LEVEL SECURITY;
CREATE POLICY own_row ON eventdesk.members FOR SELECT USING (role_name = current_user);
ALTER TABLE eventdesk.records ENABLE ROW LEVEL SECURITY;
ALTER TABLE eventdesk.records FORCE ROW LEVEL SECURITY;
CREATE POLICY team_only ON eventdesk.records USING (team_id = (SELECT eventdesk.current_team()))
    WITH CHECK (team_id = (SELECT eventdesk.current_team()));
ALTER TABLE eventdesk.changes ENABLE ROW LEVEL SECURITY;
ALTER TABLE eventdesk.changes FORCE ROW LEVEL SECURITY;
CREATE POLICY team_only ON eventdesk.changes USING (team_id = (SELECT eventdesk.current_team()))
    WITH CHECK (team_id = (SELECT eventdesk.current_team()));
ALTER TABLE eventdesk.mutations ENABLE ROW LEVEL SECURITY;
ALTER TABLE eventdesk.mutations FORCE ROW LEVEL SECURITY;
CREATE POLICY team_only ON eventdesk.mutations USING (team_id = (SELECT eventdesk.current_team()))
    WITH CHECK (team_id = (SELECT eventdesk.current_team()));
ALTER TABLE eventdesk.conflicts ENABLE ROW LEVEL SECURITY;
ALTER TABLE eventdesk.conflicts FORCE ROW LEVEL SECURITY;
CREATE POLICY team_only ON eventdesk.conflicts USING (team_id = (SELECT eventdesk.current_team()))
    WITH CHECK (team_id = (SELECT eventdesk.current_team()));

REVOKE ALL ON SCHEMA eventdesk FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA eventdesk FROM PUBLIC;
GRANT USAGE ON SCHEMA eventdesk TO eventdesk_member;
GRANT SELECT ON eventdesk.server_info, eventdesk.members TO eventdesk_member;
GRANT SELECT, INSERT, UPDATE ON eventdesk.records, eventdesk.changes, eventdesk.mutations, eventdesk.conflicts
    TO eventdesk_member;
GRANT USAGE ON SEQUENCE eventdesk.change_seq TO eventdesk_member;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA eventdesk TO eventdesk_member;
