-- EventDesk team server, schema version 3 -> 4: which copy of a workspace speaks for its client id.
-- Two copies of one workspace file (a second laptop, a backup put back) share its client id and number their
-- next edits alike, so the server would take the second copy's edits for replays of the first's, and each copy
-- would take the other's changes for its own. A client claims its id with a token of its own at the start of
-- every sync and in every push transaction: the claim moves the server's token from the one the client last
-- saw to a new one. A copy that finds a token it never saw knows that another copy spoke since, and takes a
-- new client id (ClientLineage).

ALTER TABLE eventdesk.clients ADD COLUMN lineage uuid;

-- Moves p_client's token from p_was (null: none yet) to p_now, or finds it at p_now (the claim committed but
-- its client did not learn so). False, and nothing changed, when the server holds another token: another copy
-- of this client claimed since. The row stays locked until commit, so two copies claiming at once take turns.
CREATE OR REPLACE FUNCTION eventdesk.claim(p_client uuid, p_was uuid, p_now uuid) RETURNS boolean
LANGUAGE plpgsql AS $$
DECLARE
    v_team text := eventdesk.current_team();
    v_lineage uuid;
BEGIN
    IF v_team IS NULL THEN
        RAISE EXCEPTION 'eventdesk: role % is not a member of a team', current_user USING ERRCODE = '42501';
    END IF;
    INSERT INTO eventdesk.clients AS cl (team_id, client_id, member_name, lineage)
        VALUES (v_team, p_client, eventdesk.member_name(), p_now)
        ON CONFLICT (team_id, client_id) DO UPDATE SET member_name = excluded.member_name
        RETURNING cl.lineage INTO v_lineage;
    -- (a client that pushed before version 4 has no token yet: its first claim is the first word)
    IF v_lineage IS NOT NULL AND v_lineage IS DISTINCT FROM p_was AND v_lineage <> p_now THEN
        RETURN false;
    END IF;
    IF v_lineage IS DISTINCT FROM p_now THEN
        UPDATE eventdesk.clients SET lineage = p_now WHERE team_id = v_team AND client_id = p_client;
    END IF;
    RETURN true;
END $$;

REVOKE ALL ON FUNCTION eventdesk.claim(uuid, uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION eventdesk.claim(uuid, uuid, uuid) TO eventdesk_member;
