<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>EventDesk::Command</name>
    <message>
        <source>Create event &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete event &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::EmptyStateWidget</name>
    <message>
        <source>This workspace has no events yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an event to start planning, or load a sample conference to look around.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;sample event</source>
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
</context>
<context>
    <name>EventDesk::EventForm</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. OpenTech Summit 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily &amp;hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::EventListModel</name>
    <message>
        <source>%1 – %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::EventStore</name>
    <message>
        <source>The workspace could not be upgraded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be upgraded to version %1; it was left unchanged.</source>
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
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an EventDesk workspace (it is not an SQLite database).</source>
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
        <source>The change could not be saved.</source>
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
        <source>A %1 with id %2 appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 was changed elsewhere in the meantime (revision %2, you edited %3); reload it and try again.</source>
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
</context>
<context>
    <name>EventDesk::MainWindow</name>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EventDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;Sample Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time EventDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About EventDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About EventDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EventDesk %1 — plan events, schedules and registrations, offline first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the sample conference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample conference created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;. Undo with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — EventDesk</source>
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
</context>
<context>
    <name>EventDesk::RecordTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
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
        <source>Unscheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
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
</context>
<context>
    <name>EventDesk::Speaker</name>
    <message>
        <source>The speaker name</source>
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
    <name>main</name>
    <message>
        <source>EventDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
