<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guessed (not in the message): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft registrations from e-mail messages (.eml or mbox) with the assistant. Emails and phone numbers are sent as placeholders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the valid drafts that are not duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message files (.eml or mbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one or more message files, e.g. eventdesk-cli assistant prefill inbox.mbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drafts above were extracted before the error; nothing was registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::AgendaHtmlWriter</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is scheduled yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::AgendaProposal</name>
    <message>
        <source>The model gave an empty answer instead of a proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model did not answer with a proposal: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s answer was cut off before the proposal was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s answer is not a readable proposal in JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s proposal lists its placements or new sessions in the wrong form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s answer has neither placements nor new sessions, so it is no proposal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::AssistantAgendaCommands</name>
    <message>
        <source>[ok]      </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[invalid] </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Applied %n item(s).</source>
        <translation>
            <numerusform>Applied %n item.</numerusform>
            <numerusform>Applied %n items.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the valid, conflict-free items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the agenda should become</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to plan, e.g. eventdesk-cli assistant agenda &quot;Fill the unscheduled sessions&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) valid; nothing was written (use --apply).</source>
        <translation>
            <numerusform>%1 of %n item valid; nothing was written (use --apply).</numerusform>
            <numerusform>%1 of %n items valid; nothing was written (use --apply).</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept as proposal %1; apply it with &apos;eventdesk-cli assistant proposal apply %2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the proposal&apos;s id (at least 4 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event has no agenda proposal &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 proposals; give more of the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;assistant proposal&apos; needs one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also the applied and rejected proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal&apos;s id (or a unique prefix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pending agenda proposals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one proposal id, e.g. eventdesk-cli assistant proposal %1 1a2b3c4d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1 was already %2; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected proposal %1; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing could be applied; the proposal stays pending.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::AssistantPrefillCommands</name>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n draft</numerusform>
            <numerusform>%n drafts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Registered %n participant(s).</source>
        <translation>
            <numerusform>Registered %n participant.</numerusform>
            <numerusform>Registered %n participants.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventDesk::AssistantReplyCommands</name>
    <message>
        <source>Print JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration asking (id or prefix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant&apos;s question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the participant&apos;s question, e.g. eventdesk-cli assistant reply &quot;Where is the venue?&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the data: the event&apos;s data does not hold the answer, and the draft says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts used: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings: the schedule looks fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (from the model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the findings the program computes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle minutes between sessions that count as a gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--gap must be a whole number of minutes, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model part was skipped (--no-model).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model part was skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::AssistantSettings</name>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration pre-fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies to participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; chosen for %2 no longer exists; choose another in Tools › Assistant Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::AssistantTurn</name>
    <message>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool result (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool call: %1(%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model kept asking for tools without answering.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::AtomicFile</name>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be saved: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::AutoScheduleCommands</name>
    <message>
        <source>Place the unscheduled sessions (or re-plan them all) with no conflict; prints the proposal and its report, and writes it with --apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-plan every session that is not pinned, moving few</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the unscheduled sessions on this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds the solver may take (default 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the heuristic (default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --replan or --day, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--day needs a date such as 2026-05-04.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--time-limit needs a number of seconds above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of the event&apos;s days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Applied %n change(s).</source>
        <translation>
            <numerusform>Applied %n change.</numerusform>
            <numerusform>Applied %n changes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written (use --apply).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::AutoScheduleReport</name>
    <message>
        <source>Optimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feasible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out, best found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infeasible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n session(s) placed, </source>
        <translation>
            <numerusform>%1: %n session placed, </numerusform>
            <numerusform>%1: %n sessions placed, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved, </source>
        <translation>
            <numerusform>%n moved, </numerusform>
            <numerusform>%n moved, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left unscheduled.</source>
        <translation>
            <numerusform>%n left unscheduled.</numerusform>
            <numerusform>%n left unscheduled.</numerusform>
        </translation>
    </message>
    <message>
        <source>Soft score %1 (greedy start %2): track rooms %3, track gaps %4, popularity %5, speaker gaps %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heuristic only, %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s in all: heuristic %2 s, %3 %4 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::BackupReader</name>
    <message>
        <source>The backup is not valid JSON at offset %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an EventDesk backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was made by a newer EventDesk (backup format %1; this version reads up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was made by a newer EventDesk (workspace version %1; this version has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup has no version or no tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1 of the backup has no name ($.tables[%1]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup can only be restored into an empty workspace; this one already has data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::C3vocJsonReader</name>
    <message>
        <source>This is not a c3voc schedule JSON: it has no &quot;schedule&quot; object at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule has no &quot;conference&quot; object (at schedule.conference).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A room without a name is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link without an address is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person of &quot;%1&quot; has no name and is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two events have the same guid &quot;%1&quot; (at %2 and %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file says it is UTF-16 but is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule JSON is not UTF-8 text (line %1, column %2); save it as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule JSON is not valid JSON at line %1, column %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::Check</name>
    <message>
        <source>%1 must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be negative (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An availability window has an invalid time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An availability window ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::CliRunner</name>
    <message>
        <source>%1 must be a whole number, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (use ISO 8601, e.g. 2026-05-04T09:30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time window (use START/END in ISO 8601).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IANA time zone, e.g. Europe/Berlin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (use YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time (use HH:MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily end time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A speaker&apos;s minimum gap between rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes kept free in a room after each session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict rule severity, e.g. track-parallel=error (error, warning, off; repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not RULE=SEVERITY; rules: %2; severities: error, warning, off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft or published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an event status (draft or published).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability window (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour, #rrggbb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short biography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language code, e.g. en or zh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>talk, workshop, keynote, panel, break or other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a session type (talk, workshop, keynote, panel, break, other).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track id (or none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room id (or none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, ISO 8601 (event time zone if no offset); none unschedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker id (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A room the session may use (repeatable; none: any room, the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time window the session may take place in (repeatable; none: any time, the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin the session in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the registration came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket type id (or none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending, confirmed, waitlisted, cancelled or checked-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registration status (pending, confirmed, waitlisted, cancelled, checked-in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer to a custom question (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form QUESTION=ANSWER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;eventdesk-cli --help&apos; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: eventdesk-cli [--db PATH] COMMAND …

Commands:
  init                               create or upgrade the workspace
  demo                               add a sample conference
  event create|list|show|update|delete   (--rule RULE=SEVERITY, --changeover N, --room-changeover N)
  room|track|speaker add|list|show|update|delete   (delete --force when sessions use it)
  session add|list|show|update|delete   (--allowed-room ID, --allowed-time START/END; none: any)
  participant add|list|show|update|delete
  participant import|export|register|checkin|cancel|confirm|waitlist|history|messages
  ticket add|list|show|update|delete   question add|list|remove
  message template show|set|reset KIND
  llm profiles                       list the language-model profiles
  llm profile add|update|remove|default NAME …
  llm test                           check the default profile&apos;s connection
  llm key set|delete KEYREF          API keys in the system keychain
  ask &quot;QUESTION&quot; [--json] [--no-cache]   ask about the current event
  assistant reply &quot;QUESTION&quot; [--participant ID] [--json]   draft a grounded reply
  assistant review [--json] [--no-model]   findings on the schedule
  assistant proposal list|show|apply|reject [ID]   the agenda proposals kept in the workspace
  import FILE [--format F] [--dry-run] [--json]   a schedule (frab XML, c3voc JSON) or backup
  export --format F [--room R|--track T|--speaker S] [--release N|latest|working] -o PATH
  schedule auto [--replan] [--day DATE] [--time-limit S] [--seed N] [--json] [--apply]
                                     place or re-plan sessions with no conflict
  server init --url URL              install or migrate the team server (PostgreSQL)
  server add-member --url URL --team T --member M   a member&apos;s login in a team
  sync --server URL [--json] [--rejoin]   send and fetch the team&apos;s changes
  conflicts list [--json]            team-sync conflicts: both values, who and when
  conflicts resolve ID --keep mine|theirs|VALUE

Listings take --json; records belong to the only event unless --event ID is given.
Ids may be shortened to a unique prefix of at least 4 characters.
The workspace is --db PATH, else $EVENTDESK_DB, else the app-data folder.
Run &apos;eventdesk-cli NOUN VERB --help&apos; for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no event yet; create one with &apos;eventdesk-cli event create&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has %1 events; choose one with --event ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this UUID instead of a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the new record as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List %1 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include deleted records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record id or unique prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1 show&apos; needs exactly one id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1; only the options given are changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the updated record as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1 update&apos; needs exactly one id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1 %2 (revision %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete it even when sessions refer to it, taking it out of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1 delete&apos; needs exactly one id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 is still in use. %3 Use --force to take it out of them and delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 %2 and took it out of %n record(s).</source>
        <translation>
            <numerusform>Deleted %1 %2 and took it out of %n record.</numerusform>
            <numerusform>Deleted %1 %2 and took it out of %n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspace ready at %1 (schema %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a sample conference with rooms, tracks, speakers, sessions and participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the new event as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A generated FOSDEM-sized schedule instead: 900 sessions in 30 rooms over 2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the sample event &quot;%1&quot; (%2): %3 rooms, %4 sessions, %5 speakers, %6 participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1 %2&apos; is not a command; use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a file path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;init&apos; takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a schedule or a backup. Nothing is written when anything in the file is wrong, or with --dry-run.
Formats:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default: guessed from the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event id to import into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report what would change; write nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;import&apos; needs one file, e.g. &apos;import schedule.xml&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell the format of &quot;%1&quot;; give --format (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an import format; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the event&apos;s schedule or the workspace.
Formats:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this room&apos;s sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this track&apos;s sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this speaker&apos;s sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working (default), latest or a version number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;export&apos; takes no file name; give it with -o PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at most one of --room, --track and --speaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;export&apos; needs --format (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;export&apos; needs -o PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an export format; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 is called or has the id &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 scheduled sessions to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frab / pretalx schedule.xml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c3voc / pretalx schedule JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frab schedule.xml (valid against c3voc&apos;s XSD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c3voc schedule JSON (valid against its schema)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make a PDF: EventDesk&apos;s PDF module is missing or broken; reinstall EventDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several rooms: %2; give the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No track matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several tracks: %2; give the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speaker matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several speakers: %2; give the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n session(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n session).</numerusform>
            <numerusform>Wrote %1 (%n sessions).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup is of the whole workspace; it takes no --event, --room, --track, --speaker or --release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Would restore %n row(s) from the backup of %1.</source>
        <translation>
            <numerusform>Would restore %n row from the backup of %1.</numerusform>
            <numerusform>Would restore %n rows from the backup of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n row(s) from the backup of %1.</source>
        <translation>
            <numerusform>Restored %n row from the backup of %1.</numerusform>
            <numerusform>Restored %n rows from the backup of %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>a full EventDesk backup, restored into an empty workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar (RFC 5545) of the sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a static schedule site, written into the folder -o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printable agenda as PDF (one room: a page per day for its door)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printable agenda as print-ready HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole workspace as a versioned JSON backup (never keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import registrations from a CSV file. Nothing is written when a line cannot be imported, unless --skip-invalid is given; the file itself is never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read COLUMN (header name or 1-based number) as FIELD: %1; as the answers to a custom question with question:LABEL; or as the answers to a new text question with new-question[:LABEL] (the label defaults to the header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding, e.g. UTF-8, GB18030, windows-1252</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only report what would happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the summary as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing email: update (default), skip or keep (both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row is data, not a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the valid lines, skip the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse lines whose ticket type the event does not have, instead of creating it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;participant import&apos; needs exactly one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--duplicates must be update, skip or keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event has no custom question &quot;%1&quot;; see &apos;question list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map needs COLUMN=FIELD with a known field or COLUMN=question:LABEL, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows (%2): %3 new, %4 updated, %5 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported; fix the lines above or use --skip-invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the event&apos;s participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a UTF-8 BOM (for Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only --format csv is supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;participant export&apos; needs -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n participant(s).</source>
        <translation>
            <numerusform>Exported %n participant.</numerusform>
            <numerusform>Exported %n participants.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;participant %1&apos; needs at least one id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set participants to &quot;%1&quot;; cancelling promotes from the waitlist when the event promotes automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant ids or unique prefixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the changed participants as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check participants in. A cancelled or waitlisted registration is refused (nothing is written) unless --force is given; someone already checked in is reported with the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in cancelled and waitlisted registrations too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the checked-in participants as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was checked in; use --force to check in anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete participants; the places of confirmed ones go to the waitlist when the event promotes automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n participant(s).</source>
        <translation>
            <numerusform>Deleted %n participant.</numerusform>
            <numerusform>Deleted %n participants.</numerusform>
        </translation>
    </message>
    <message>
        <source>Promoted from the waitlist: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a participant: confirmed while places are free, else on the waitlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket type id or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer a custom question: QUESTION-ID=VALUE (repeat for each choice of a multiple-choice question)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the registration as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several ticket types: %2; give more of the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ticket type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several questions: %2; give more of the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--answer needs QUESTION-ID=VALUE with a question of this event, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a participant&apos;s status history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant id or unique prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;participant history&apos; needs exactly one id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a message per participant as .eml files (confirmation to the confirmed, waitlist to the waitlisted, reminder to the confirmed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmation, waitlist or reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the .eml files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--template must be confirmation, waitlist or reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;participant messages&apos; needs -o DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n message(s).</source>
        <translation>
            <numerusform>Wrote %n message.</numerusform>
            <numerusform>Wrote %n messages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a ticket type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places (default: unlimited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price in cents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quota and --price must be whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List ticket types with their quotas and places taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket type id (prefix) or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;ticket %1&apos; needs exactly one ticket type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a ticket type with the places taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places: %1 taken of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a ticket type; only the options given are changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places, or none for unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the updated ticket type as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quota (or none) and --price must be whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated ticket type %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a ticket type. While registrations hold it, --force is needed; they then keep no ticket type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete it even when registrations hold it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket type %1 is still in use. %2 Use --force to delete it; they then have no ticket type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted ticket type %1; %n registration(s) no longer hold it.</source>
        <translation>
            <numerusform>Deleted ticket type %1; %n registration no longer holds it.</numerusform>
            <numerusform>Deleted ticket type %1; %n registrations no longer hold it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a custom question to the event&apos;s registration form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text, single, multiple or yesno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A choice (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only when question ID was answered VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type must be text, single, multiple or yesno.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--show-if needs ID=VALUE with a question of this event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the event&apos;s custom questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several questions; give more of the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event has no custom question &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a custom question from the event&apos;s registration form. Answers already given are kept with the registrations; questions shown only after its answer are refused until their condition is changed or removed too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question id (or unique prefix) or label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;question remove&apos; needs exactly one question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is shown only after an answer to &quot;%2&quot;; remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show, change or reset the event&apos;s message template of a kind (confirmation, waitlist or reminder). Placeholders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show, set or reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new subject (set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UTF-8 file with the new text (set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (show)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &apos;message template show|set|reset KIND&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND must be confirmation, waitlist or reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 template is the default again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;message template set&apos; needs --subject and/or --body-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 KB, too large for a message text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the %1 template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overlap in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 speaks in %2 at overlapping times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the schedule&apos;s conflicts, errors first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a session to a room and start time; prints the conflicts it then has (conflicts never block a move).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session id or unique prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room id or prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, ISO 8601 (event time zone if no offset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the moved session and its conflicts as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;session move&apos; needs a session id and --room and/or --start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved &quot;%1&quot; to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the schedule as a named, immutable release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish even when the schedule has errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the release as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;schedule publish&apos; needs --name NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule has %1 conflict errors; run &apos;eventdesk-cli conflicts&apos; to see them, or publish anyway with --force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published release %1 &quot;%2&quot; with %3 sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare two releases (version numbers, names, latest or working).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;schedule diff&apos; needs two releases, e.g. &apos;schedule diff 1 latest&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 moved, %4 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the schedule as JSON: the latest release by default, or --release N|NAME|working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A version number, a release name, latest or working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;schedule export&apos; needs -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 sessions to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::Conflict</name>
    <message>
        <source>Room double-booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker double-booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the event&apos;s days or hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance above room capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same track in parallel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too little changeover time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room not allowed for the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the session&apos;s allowed times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too little time between sessions in a room</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::ConflictChecker</name>
    <message>
        <source>%1 (%2) is outside the event&apos;s days or daily hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expects %2 people but %3 seats %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not available for %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deleted room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in %2 but is allowed only in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is outside the times it is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are both in %3 at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has only %2 minutes between %3 and %4 (%5 needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are in the same track at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 speaks in %2 and %3 at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has only %2 minutes to move between %3 and %4 (%5 needed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::ConflictResolver</name>
    <message>
        <source>&quot;%1&quot; is not a conflict id (give at least 4 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no open conflict with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id prefix %1 matches more than one conflict; give more characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict is no longer open here: it was resolved or settled with the team since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deleted record is kept deleted or restored: keep mine or take theirs, then edit the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution was already sent to the team server, so the conflict cannot be opened again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price (cents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::ConnectionTest</name>
    <message>
        <source>Profile &quot;%1&quot; reached model %2 in %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::CsvReader</name>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: unexpected text after a closing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quote inside an unquoted field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::CsvWriter</name>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::CustomQuestions</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please answer &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to &quot;%1&quot; is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a choice of &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer &quot;%1&quot; with yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A choice question needs at least two options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The condition refers to a question of this event that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the answer to &quot;%1&quot; that shows this question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A yes/no condition needs the value yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The condition must refer to an earlier question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer &quot;%1&quot; with yes or no, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::DashboardStats</name>
    <message>
        <source>No ticket type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::Event</name>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone (use an IANA name such as Europe/Berlin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date is missing or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is missing or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event ends (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily hours are invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each day must end after it starts (%1 is not after %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event capacity cannot be negative (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changeover time must be between 0 and 1440 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room changeover must be between 0 and 1440 minutes (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acronym is too long (at most 100 characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::EventContext</name>
    <message>
        <source>There is no %1 with id %2 in this event.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::EventStore</name>
    <message>
        <source>The workspace could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That proposal is no longer in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record does not belong to an event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 with id %2 in this event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is read-only, so the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file is damaged; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only; EventDesk needs write access to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an EventDesk workspace (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved by a newer EventDesk (schema %2; this version reads up to %3). Please update EventDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not an EventDesk workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version %1 cannot be opened as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 with id %2 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; was changed elsewhere in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A published schedule release cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 is already deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 is not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 id (give at least 4 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id prefix %1 matches more than one %2; give more characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;deleted&quot; is 0 or 1, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 has no field &quot;%2&quot; that can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be upgraded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be upgraded to version %1; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be prepared for sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes from the server could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no open conflict %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::FrabXmlReader</name>
    <message>
        <source>The file has no XML elements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a frab schedule.xml: its root element is &lt;%1&gt;, not &lt;schedule&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not in the encoding the file declares (UTF-8 unless it says otherwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not well-formed XML at line %1, column %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule.xml declares entities in a DTD at line %1; that is refused, as schedule files never need them and they can expand without bound or read other files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule.xml uses the undeclared entity &amp;%1; at line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &lt;room&gt; at line %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; names the room &quot;%2&quot; but sits in another; it stays where it sits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two events have the same guid &quot;%1&quot; (lines %2 and %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 without an address is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person of &quot;%1&quot; has no name and is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule.xml is not UTF-8 text at line %1 (byte %2), though it does not declare another encoding; save it as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::InfeasibilityExplainer</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker %1 has %2 of sessions but %3 of availability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the event&apos;s day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on both days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on all %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event has no rooms for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is allowed only in rooms that no longer exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expects %2 people but %3, the only rooms it is allowed in, seat at most %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expects %2 people but the largest room it may use seats %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No start time within the event&apos;s days and hours suits %1 and its speakers&apos; availability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is allowed only at %2, which leaves no %3 within the event&apos;s days and hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is allowed only at %2, when its speakers are not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rooms %1 may use are not open for %2 at any time it may start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is allowed only in %2 and only at %3, and the room is full then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is allowed only in %2 and only at %3, and those rooms are full then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is allowed only in %2, which is full %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is allowed only in %2, which are all full %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is allowed only at %2, and every room it may use is full then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every room large enough for %1 is full at the times it may start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every room is full at the times %1 may start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clashes with its speakers&apos; or its track&apos;s other sessions at every free time it may start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::KeyStore</name>
    <message>
        <source>No system keychain service is running, so the API key cannot be kept in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds no key under that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain service is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain service is running; using the key from EVENTDESK_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::LlmCall</name>
    <message>
        <source>The language-model service sent an answer larger than %1 MB, which was not read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::LlmCommands</name>
    <message>
        <source>Print JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No language-model profiles yet; add one with &apos;eventdesk-cli llm profile add&apos;, or set EVENTDESK_LLM_BASE_URL and EVENTDESK_LLM_MODEL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(reasoning model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key from EVENTDESK_API_KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key in keychain as &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>openai (also Ollama, llama.cpp, vLLM…), azure or anthropic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s address, e.g. http://localhost:11434/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model name (Azure: the deployment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the API key in the system keychain (&apos;&apos; for none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 to 2, or &apos;default&apos; for the model&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest answer, in tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s context window in tokens; 0 for the provider&apos;s usual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reasoning model: send no temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a reasoning model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy URL, &apos;none&apos;, or &apos;system&apos; for the system&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra trusted CA certificates (PEM), or &apos;&apos; for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure api-version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this profile by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;; use openai, azure or anthropic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--temperature must be a number from 0 to 2, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-tokens must be a whole number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--context-window must be a whole number of tokens, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;llm profile&apos; needs one of: add, update, remove, default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;llm profile %1&apos; is not a command; use add, update, remove or default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;llm profile %1&apos; needs exactly one profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;llm profile add&apos; needs --provider, --base-url and --model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated the profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now the default profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not use or fill the response cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also replace speaker and participant names before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a question, e.g. eventdesk-cli ask &quot;Which room is busiest?&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[answer incomplete]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(answer from the cache)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 input + %2 output tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set or delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain entry a profile&apos;s keyRef names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &apos;llm key set KEYREF&apos; (the key on standard input) or &apos;llm key delete KEYREF&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the key on standard input, e.g. &apos;eventdesk-cli llm key set openai &lt; key.txt&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is stored in the system keychain as &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is removed from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::LlmError</name>
    <message>
        <source>The language-model service rejected the API key; check the key for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language-model service is rate limiting requests; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language-model account has run out of quota or credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language-model service does not know the model named in this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is too long for the model&apos;s context window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language-model service refused the request as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language-model service could not be reached; check the address and network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language-model service stopped responding, so the request timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to the language-model service could not be established.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language-model service had an internal problem; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language-model service sent an answer that could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was cut off before it was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is available for this profile; set EVENTDESK_API_KEY or store the key in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be read from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy could not be reached; check the proxy setting of this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy refused the request because it requires a login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 could not be reached; check the proxy setting of this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 refused the request because it requires a login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted, so no secure connection was made; behind a company proxy that inspects TLS, add its CA certificate to this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 was issued for a different host, so no secure connection was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 has expired or is not yet valid, so no secure connection was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file %1 could not be read or holds no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is about %L1 tokens, more than the %L2-token context window of profile &quot;%3&quot;; shorten it or raise the profile&apos;s context window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::MailReader</name>
    <message>
        <source>Part of the message is not valid %1 as it says; it was read in the encoding it seems to have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some bytes of the message could not be decoded as %1; they are shown as �.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message&apos;s encoding &quot;%1&quot; is unknown; it was read in the encoding it seems to have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some bytes of the message could not be decoded; they are shown as �.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message&apos;s base64 text is damaged; what could be read is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is %1 messages; pre-fill reads at most %2 at a time, so split the mailbox or pick fewer files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no readable text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is longer than %1 characters; only its start is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an e-mail message or mailbox (.eml or mbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 messages; pre-fill reads at most %3 at a time, so split the mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, message %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB; pre-fill reads files of at most %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a message or add .eml or mbox files first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::MessageRenderer</name>
    <message>
        <source>general admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alex Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example Ltd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::MessageTemplate</name>
    <message>
        <source>Your registration for {event} is confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear {name},

your registration for {event} ({ticket}) is confirmed. We look forward to seeing you at {venue} on {start}.

Your registration id: {id}
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are on the waitlist for {event}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear {name},

{event} is fully booked, so you are on the waitlist. We will write to you as soon as a place is free.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder: {event} starts on {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear {name},

this is a reminder that {event} starts on {start} at {venue}.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the participant&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the participant&apos;s email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the participant&apos;s organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registration status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ticket type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first day of the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registration reference (like 7F3A-91C2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses the unknown placeholder %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject must be one line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::Participant</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::ParticipantImport</name>
    <message>
        <source>Created ticket type %1 (1 row).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created ticket type %1 (%2 rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will create ticket type %1 (1 row).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will create ticket type %1 (%2 rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created question &quot;%1&quot; (1 answer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created question &quot;%1&quot; (%2 answers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will create question &quot;%1&quot; (1 answer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will create question &quot;%1&quot; (%2 answers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows (lines %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more skipped rows for other reasons (--json lists every row).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to import (%2 MB; the limit is %3 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown ticket type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registration date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a check-in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email %1 already appears on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::PrefillExtraction</name>
    <message>
        <source>&quot;%1&quot; is not a ticket type of this event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears in an earlier draft too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::ProfileStore</name>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copy %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::ProposalChecker</name>
    <message>
        <source>The kept agenda proposal could not be read; ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would start on %2, outside the event&apos;s dates (%3 to %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would run from %2 to %3, outside the event&apos;s hours (%4–%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room %1 given for %2 is not a room of this event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room id %1 given for %2 matches several rooms: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start %1 of %2 is not a date and time such as 2026-05-04T10:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no length in whole minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A length of %1 minutes for %2 is not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal names a session %1 that this event does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session id %1 matches several sessions: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is placed more than once in this proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new session in the proposal has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the unknown session type %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no room; every new session needs one (a break for all rooms is one session per room).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed since the proposal was checked, so it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room of %1 no longer exists, so it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no valid time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place %1 (no such session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place %1 in %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 from %2, %3 to %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 (%2) in %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::ProviderProfile</name>
    <message>
        <source>A profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL &quot;%1&quot; is not an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password; settings are not a safe place for them, so put the key in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; names no model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Azure profile needs an api-version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The temperature must be between 0 and 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum number of tokens must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The context window must be a number of tokens, or 0 for the provider&apos;s usual size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The context window (%L1 tokens) must be larger than the longest answer (%L2 tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy &quot;%1&quot; is not an address such as http://proxy.example.com:8080, nor &quot;none&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy address must not contain a user name or password, which would be stored in plain text in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No language-model profile is set up; set EVENTDESK_LLM_BASE_URL and EVENTDESK_LLM_MODEL, or add a profile in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::Record</name>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule release</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::RecordReferences</name>
    <message numerus="yes">
        <source>%n session(s) refer to it: %1.</source>
        <translation>
            <numerusform>%n session refers to it: %1.</numerusform>
            <numerusform>%n sessions refer to it: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) hold this ticket type: %1.</source>
        <translation>
            <numerusform>%n registration holds this ticket type: %1.</numerusform>
            <numerusform>%n registrations hold this ticket type: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only rooms, tracks, speakers and ticket types are detached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::RegistrationPrefill</name>
    <message>
        <source>Pre-fill was cancelled; the drafts extracted so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::Registrations</name>
    <message>
        <source>%1 is already registered as %2 (%3, id %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already checked in at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked in: the registration of %1 is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked in: %1 is on the waitlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not registered for this event.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::ReplyGrounding</name>
    <message>
        <source>That registration is not part of this event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s answer held no reply text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft cited %1 &quot;%2&quot;, which matches more than one record; that fact is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft cited %1 &quot;%2&quot;, which is not in the event&apos;s data; that fact is left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::Room</name>
    <message>
        <source>The room name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room capacity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::ScheduleFile</name>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; schedule files larger than %3 are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2; schedule files that large are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule is larger than %1; schedule files that large are refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::ScheduleImport</name>
    <message>
        <source>It was deleted in the workspace; restore it to update it from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; this schedule was imported into before was deleted; restore it, or import into another event with --event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule&apos;s conference cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::ScheduleImportPlan</name>
    <message>
        <source>%1 created, %2 updated, %3 unchanged, %4 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::SchedulePublisher</name>
    <message>
        <source>The schedule has not been published yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no release &quot;%1&quot;; use a version number, a release&apos;s name, latest or working.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::ScheduleRecordBuilder</name>
    <message>
        <source>The event at %1 has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; at %2 has a date that does not parse (&quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; at %2 has a duration that does not parse (&quot;%3&quot;; use HH:MM).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::ScheduleRelease</name>
    <message>
        <source>The release name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release version must be 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::ScheduleReview</name>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expects %2 people but %3 has %4 seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keynote %1 is in %2 with %3 seats, but %4 people are registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no speaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not scheduled yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a time (%2) but no room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is idle from %2 to %3 on %4, between %5 and %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is scheduled for %2 minutes but available for only %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finding of the model about %1 &quot;%2&quot; was dropped: the event has no such record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::ServerConnection</name>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EventDesk could not connect to the team server %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the member name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached; your edits stay on this computer and are sent at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::ServerSchema</name>
    <message>
        <source>The team server could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server uses a newer EventDesk (server schema %1); update EventDesk to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server schema is missing from this build of EventDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server could not be set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server could not be set up; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member needs a team and a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member name may use letters, digits and . _ @ - only (at most 63 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member %1 could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::ServerUrl</name>
    <message>
        <source>The server address must look like postgresql://member@host:5432/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address names no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address names no member (postgresql://member@host/…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::Session</name>
    <message>
        <source>Talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keynote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration must be at least one minute (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration cannot exceed 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scheduled session needs a room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A speaker is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An allowed room is not a valid room id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link has no address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::SiteWriter</name>
    <message>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is scheduled yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to calendar (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has files that are not an EventDesk site; choose an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::Speaker</name>
    <message>
        <source>The speaker name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::StoreInfo</name>
    <message>
        <source>Could not read the SQLite version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::StructuredOutput</name>
    <message>
        <source>The model&apos;s answer contained no readable JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s answer did not have the expected structure, even after a second try.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::SyncCommands</name>
    <message>
        <source>--%1 needs the server&apos;s postgresql:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install or migrate the team server&apos;s schema in a PostgreSQL database, in one transaction. Connect as an administrator; the password comes from EVENTDESK_SERVER_PASSWORD or PGPASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database as an administrator (postgresql://…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed the team server&apos;s schema (version %1) on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrated the team server&apos;s schema from version %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated the team server&apos;s functions to revision %1 of version %2; every EventDesk that syncs with version %2 keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server&apos;s schema is already at version %1; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a member&apos;s login role in a team (or set the password of an existing one). The member&apos;s password comes from EVENTDESK_MEMBER_PASSWORD or the first line of the standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team the member belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member&apos;s login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server add-member needs --team and --member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member needs a password: set EVENTDESK_MEMBER_PASSWORD or give it on the first line of the standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can now sync with the team &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this workspace&apos;s changes to the team server and fetch the team&apos;s; prints what was pushed, pulled and left in conflict. The password comes from EVENTDESK_SERVER_PASSWORD or PGPASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server as this member (postgresql://…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this whole workspace again to a server that was reset or replaced (local data is untouched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace already syncs with this server; --rejoin is only for a server that was reset or replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do so, run sync again with --rejoin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced with the team &quot;%1&quot; as %2: pushed %3, pulled %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another copy of this workspace file has synced since this one last did; this workspace now syncs under a client id of its own, and nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve; see &apos;eventdesk-cli conflicts list&apos;.</source>
        <translation>
            <numerusform>%n conflict to resolve; see &apos;eventdesk-cli conflicts list&apos;.</numerusform>
            <numerusform>%n conflicts to resolve; see &apos;eventdesk-cli conflicts list&apos;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) still wait to be sent.</source>
        <translation>
            <numerusform>%n change still waits to be sent.</numerusform>
            <numerusform>%n changes still wait to be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the team-sync conflicts of this workspace: the record, the field, both values, who and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mine:   %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theirs: %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve a team-sync conflict: keep your value, take your teammate&apos;s, or give the value. The choice is written as an ordinary edit and sent with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict&apos;s id or a unique prefix of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mine, theirs, or the value the field gets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicts resolve needs one conflict id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicts resolve needs --keep mine, --keep theirs or --keep VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: %1 of %2 &quot;%3&quot; is %4; the team gets it at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::SyncSession</name>
    <message>
        <source>This server has no EventDesk team schema yet; an administrator sets it up with eventdesk-cli server init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server has an older EventDesk schema (version %1); an administrator updates it with eventdesk-cli server init. Your edits stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server needs a newer EventDesk (server schema %1, this one knows %2); update EventDesk to sync. Your edits stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member %1 is not in any team on this server; ask an administrator to add you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace syncs with the team &quot;%1&quot;, not &quot;%2&quot;; open another workspace for that team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server was reset or replaced since this workspace last synced; nothing was changed here. Send this workspace to it again only if that is intended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes could not be sent to the team server; they stay here and are sent at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolved conflicts could not be sent to the team server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s changes could not be fetched; what arrived so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s changes could not be fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s conflicts could not be fetched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::SyncWorker</name>
    <message>
        <source>No team server is set up; connect to a team first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::TextDecoder</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an encoding this system knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid %1 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file starts like UTF-8 but is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file starts like UTF-16 but is not valid UTF-16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a text file (it contains binary data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s encoding could not be recognised.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::TicketType</name>
    <message>
        <source>The ticket type name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a three-letter currency code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::Track</name>
    <message>
        <source>The track name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour of the form #rrggbb.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::WorkspaceTables</name>
    <message>
        <source>The workspace could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup has a table this version does not know: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup has a column this version does not know: %1.%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row of %1 in the backup has %2 values for %3 columns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
