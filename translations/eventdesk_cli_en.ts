<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>EventDesk::AssistantAgendaCommands</name>
    <message numerus="yes">
        <source>Applied %n item(s).</source>
        <translation>
            <numerusform>Applied %n item.</numerusform>
            <numerusform>Applied %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) valid; nothing was written (use --apply).</source>
        <translation>
            <numerusform>%1 of %n item valid; nothing was written (use --apply).</numerusform>
            <numerusform>%1 of %n items valid; nothing was written (use --apply).</numerusform>
        </translation>
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
    <name>EventDesk::AutoScheduleCommands</name>
    <message numerus="yes">
        <source>Applied %n change(s).</source>
        <translation>
            <numerusform>Applied %n change.</numerusform>
            <numerusform>Applied %n changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventDesk::AutoScheduleReport</name>
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
</context>
<context>
    <name>EventDesk::CliRunner</name>
    <message numerus="yes">
        <source>Deleted %1 %2 and took it out of %n record(s).</source>
        <translation>
            <numerusform>Deleted %1 %2 and took it out of %n record.</numerusform>
            <numerusform>Deleted %1 %2 and took it out of %n records.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Exported %n participant(s).</source>
        <translation>
            <numerusform>Exported %n participant.</numerusform>
            <numerusform>Exported %n participants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n participant(s).</source>
        <translation>
            <numerusform>Deleted %n participant.</numerusform>
            <numerusform>Deleted %n participants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n message(s).</source>
        <translation>
            <numerusform>Wrote %n message.</numerusform>
            <numerusform>Wrote %n messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted ticket type %1; %n registration(s) no longer hold it.</source>
        <translation>
            <numerusform>Deleted ticket type %1; %n registration no longer holds it.</numerusform>
            <numerusform>Deleted ticket type %1; %n registrations no longer hold it.</numerusform>
        </translation>
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
</context>
<context>
    <name>EventDesk::SiteWriter</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventDesk::SyncCommands</name>
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
</context>
</TS>
