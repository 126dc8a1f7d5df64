<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>EventDesk</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This form has changes that are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::AboutDialog</name>
    <message>
        <source>About EventDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EventDesk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan events, schedules and registrations, offline first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(asking…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build: %1</source>
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
    <name>EventDesk::AgendaProposalPanel</name>
    <message>
        <source>What should change? (for Revise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the checked items to the schedule, as one undo step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the proposal; nothing changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the model for a new proposal, with the problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assistant profile is set up, so no proposal can be asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s proposal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Applied %n item(s) as one undo step.</source>
        <translation>
            <numerusform>Applied %n item as one undo step.</numerusform>
            <numerusform>Applied %n items as one undo step.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal rejected; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assistant profile is set up, so the proposal cannot be revised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organizer asks for a different proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the model to revise the proposal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer came from the response cache, at no cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) can be applied; %1 cannot.</source>
        <translation>
            <numerusform>%n item can be applied; %1 cannot.</numerusform>
            <numerusform>%n items can be applied; %1 cannot.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply Pr&amp;oposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revis&amp;e Proposal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::ApplyAgendaProposal</name>
    <message>
        <source>None of the chosen items could be applied. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::AssistantDock</name>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask about this event… (Enter sends, Shift+Enter starts a new line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to the assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the last answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the last message again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assistant needs a language-model profile: a service such as OpenAI or Anthropic with your key, or a model on this computer (Ollama, llama.cpp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Up a &amp;Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft agenda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill unscheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the unscheduled sessions into free rooms and times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add lunch and coffee breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-fill registrations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 · model %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation: %1 tokens, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event this month: %1 tokens, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over budget: the assistant has cost %1 for this event this month; the monthly budget is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep the conversation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the conversation about this event? The assistant forgets it, and it cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft &amp;Agenda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fill Unscheduled Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-fill &amp;Registrations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft Rep&amp;ly…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retr&amp;y Last Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Last Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Co&amp;nversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What Will Be Sent…</source>
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
    <name>EventDesk::AssistantSettingsDialog</name>
    <message>
        <source>Assistant Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::AssistantSettingsForm</name>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace emails and phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails and phone numbers leave this computer as placeholders and come back restored in the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reuse identical answers from the response cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dock warns when an event&apos;s assistant use in a month reaches this amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly &amp;budget per event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::AssistantSettingsPage</name>
    <message>
        <source>Profiles name a provider, a model and an API key; they are saved on their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::AssistantTasks</name>
    <message>
        <source>Choose an event first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should the agenda hold? For example: &quot;a one-day meetup with the accepted talks, keynote first, lunch at 12:30&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft an agenda from the unscheduled sessions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::AssistantTranscript</name>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool %1 `%2`: running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool %1 `%2`: %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
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
    <name>EventDesk::AutoScheduleDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place all unscheduled sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place unscheduled sessions on one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-plan everything, moving few sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal is shown on the grid.</source>
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
    <name>EventDesk::AvailabilityEditor</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
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
        <source>Two events have the same guid &quot;%1&quot; (at %2 and %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person of &quot;%1&quot; has no name and is left out.</source>
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
    <name>EventDesk::CheckInPage</name>
    <message>
        <source>&amp;Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, email or registration id — Enter checks in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registration matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n registrations match: choose one in the list or type more.</source>
        <translation>
            <numerusform>%n registration matches: choose it in the list or type more.</numerusform>
            <numerusform>%n registrations match: choose one in the list or type more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find the participant to check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check In</source>
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
    <message>
        <source>Edit the registration questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the message templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n participant(s)</source>
        <translation>
            <numerusform>Import %n participant</numerusform>
            <numerusform>Import %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) cannot be imported; nothing was imported. Run a dry run to see them, then choose Import again to import the other lines.</source>
        <translation>
            <numerusform>%n line cannot be imported; nothing was imported. Run a dry run to see them, then choose Import again to import the other lines.</numerusform>
            <numerusform>%n lines cannot be imported; nothing was imported. Run a dry run to see them, then choose Import again to import the other lines.</numerusform>
        </translation>
    </message>
    <message>
        <source>The registration questions of the event were changed elsewhere in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message templates of the event were changed elsewhere in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Apply the assistant&apos;s proposal (%n item(s))</source>
        <translation>
            <numerusform>Apply the assistant&apos;s proposal (%n item)</numerusform>
            <numerusform>Apply the assistant&apos;s proposal (%n items)</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve a conflict (keep mine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve a conflict (take theirs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve a conflict (new value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict is no longer open: it was resolved or settled with the team since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;. Undo with %2.</source>
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
        <source>%1 and %2 are both in %3 at %4.</source>
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
        <source>%1 has only %2 minutes between %3 and %4 (%5 needed).</source>
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
    <name>EventDesk::ConflictRulesDialog</name>
    <message>
        <source>Conflict rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker &amp;changeover time:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::ConflictsDialog</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine: who, when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs: who, when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your value to the record and mark the conflict resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your teammate&apos;s value and mark the conflict resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the value the field gets and mark the conflict resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value of %1 for %2:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::ConnectTeamDialog</name>
    <message>
        <source>Connect to Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your team&apos;s EventDesk server is a PostgreSQL database. Your edits stay on this computer and are sent whenever the server can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login on the team server; teammates see it beside your changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in your system&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the team server&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your member name on the team server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this workspace to the server again? Nothing here is deleted either way.</source>
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
        <source>A yes/no condition needs the value yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Choose the answer to &quot;%1&quot; that shows this question.</source>
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
    <name>EventDesk::CustomQuestionsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the form asks, e.g. &quot;Dietary needs?&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One option per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show only when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no question yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(always shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a removed question)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (comes later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some questions need attention (shown in red).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer &amp;is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::DashboardCharts</name>
    <message>
        <source>Registrations over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations by ticket type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket quotas used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room use: expected attendance and capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How full each day is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts by rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest expected attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean expected attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled share of room time (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::DashboardExport</name>
    <message>
        <source>Dashboard of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 registrations, %2 confirmed or checked in, %3 waitlisted; %4 of %5 sessions scheduled; %n conflict(s).</source>
        <translation>
            <numerusform>%1 registrations, %2 confirmed or checked in, %3 waitlisted; %4 of %5 sessions scheduled; %n conflict.</numerusform>
            <numerusform>%1 registrations, %2 confirmed or checked in, %3 waitlisted; %4 of %5 sessions scheduled; %n conflicts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventDesk::DashboardPage</name>
    <message>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every chart of the dashboard in one PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click to save this chart as a PNG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the chart as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the dashboard as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashboard.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard charts</source>
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
    <name>EventDesk::DayLabel</name>
    <message>
        <source>Day %1 · %2</source>
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
        <source>Load &amp;sample event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w event</source>
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
        <source>New event</source>
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
        <source>Daily start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily end time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes kept free in a room after each session, e.g. to set up the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dail&amp;y hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ven&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room &amp;changeover:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
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
        <source>A published schedule release cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; was changed elsewhere in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That proposal is no longer in the workspace.</source>
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
    <message>
        <source>%1 cannot be read.</source>
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
    <message>
        <source>The file is not well-formed XML at line %1, column %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::GeneralSettingsPage</name>
    <message>
        <source>&amp;Restore the window&apos;s size and panels at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time EventDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file EventDesk opens when none is given. Empty: the one in the application&apos;s data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EventDesk workspaces (*.eventdesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::ImportDialog</name>
    <message>
        <source>First row is a &amp;header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the existing registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a dry run to see what the import would do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the email is already &amp;registered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, delimiter &quot;%3&quot;, %n row(s)</source>
        <translation>
            <numerusform>%1 — %2, delimiter &quot;%3&quot;, %n row</numerusform>
            <numerusform>%1 — %2, delimiter &quot;%3&quot;, %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new registration(s)</source>
        <translation>
            <numerusform>%n new registration</numerusform>
            <numerusform>%n new registrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) updated</source>
        <translation>
            <numerusform>%n registration updated</numerusform>
            <numerusform>%n registrations updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped</source>
        <translation>
            <numerusform>%n line skipped</numerusform>
            <numerusform>%n lines skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run — nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket types the event does not have yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket type in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New question &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(skip these rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n row read</numerusform>
            <numerusform>%n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checked in (with the time of the file)</source>
        <translation>
            <numerusform>%n checked in (with the time of the file)</numerusform>
            <numerusform>%n checked in (with the time of the file)</numerusform>
        </translation>
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
        <source>The event has no rooms for %1.</source>
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
        <source>The rooms %1 may use are not open for %2 at any time it may start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the event&apos;s day</source>
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
    <message>
        <source>on both days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on all %1 days</source>
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
        <source>%1 is allowed only at %2, which leaves no %3 within the event&apos;s days and hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is allowed only at %2, when its speakers are not available.</source>
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
</context>
<context>
    <name>EventDesk::InteropExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists already. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported; choose another file or replace this one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::InteropImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import will do (nothing is written yet):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into the &amp;current event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
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
    <name>EventDesk::LlmProfilesDialog</name>
    <message>
        <source>Assistant Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use by &amp;Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI-compatible (OpenAI, Ollama, llama.cpp, vLLM, DeepSeek, Qwen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. gpt-4o-mini, llama3.1, claude-sonnet-4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure API &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max. t&amp;okens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning model (sends no temperature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty for the system proxy; none; or http://proxy.example.com:8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only behind a proxy that inspects TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra &amp;CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server on this computer needs no key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key goes into the system keychain when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keychain as &quot;%1&quot;; type a new key to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another profile is called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the key in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is stored in the system keychain as &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many tokens the model reads and writes in one request. A request estimated larger is not sent; a local server is asked for this size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conte&amp;xt window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual for this provider (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prov&amp;ider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;emperature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prox&amp;y:</source>
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
        <source>EventDesk</source>
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
        <source>%1 — EventDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant &amp;Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eve&amp;nt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the event &quot;%1&quot; with its %2 and %3? You can undo it with %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n registration</numerusform>
            <numerusform>%n registrations</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard This Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an event to export first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::MessageRenderer</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved: %2.</source>
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
        <source>general admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the venue</source>
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
    <message>
        <source>the registration reference (like 7F3A-91C2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::MessageTemplatesDialog</name>
    <message>
        <source>Regular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to &amp;default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a placeholder to insert it into the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview (sample participant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;To:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Subject:&lt;/b&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own text for this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
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
    <message>
        <source>Custom question</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Registration date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New question</source>
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
</context>
<context>
    <name>EventDesk::ParticipantTableModel</name>
    <message>
        <source>Name</source>
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
        <source>Ticket type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::ParticipantsPage</name>
    <message>
        <source>&amp;Cancel registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, email, organisation or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (UTF-8)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel (UTF-8 with BOM)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to the selected: save as .eml files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to the selected participant in the mail program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All ticket types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shown of %2 · %3 confirmed or checked in · %4 checked in · %5 selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: registered as %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Confirm %n participant(s)</source>
        <translation>
            <numerusform>Confirm %n participant</numerusform>
            <numerusform>Confirm %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n participant(s) and promote from the waitlist</source>
        <translation>
            <numerusform>Cancel %n participant and promote from the waitlist</numerusform>
            <numerusform>Cancel %n participants and promote from the waitlist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n participant(s)</source>
        <translation>
            <numerusform>Cancel %n participant</numerusform>
            <numerusform>Cancel %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n participant(s) to the waitlist</source>
        <translation>
            <numerusform>Move %n participant to the waitlist</numerusform>
            <numerusform>Move %n participants to the waitlist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check in %n participant(s)</source>
        <translation>
            <numerusform>Check in %n participant</numerusform>
            <numerusform>Check in %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n participant(s) to pending</source>
        <translation>
            <numerusform>Set %n participant to pending</numerusform>
            <numerusform>Set %n participants to pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n participant(s)</source>
        <translation>
            <numerusform>Delete %n participant</numerusform>
            <numerusform>Delete %n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Register %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save messages into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message &amp;templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the questions of the registration form (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the confirmation, waitlist and reminder messages (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-fill from &amp;Messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft Reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the assistant draft registrations from e-mails; you review them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft a reply to the selected participant&apos;s question with the assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confi&amp;rm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to w&amp;aitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me&amp;ssages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Participants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Pa&amp;rticipants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported participants from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n participant(s) to %1.</source>
        <translation>
            <numerusform>Exported %n participant to %1.</numerusform>
            <numerusform>Exported %n participants to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Status &amp;History</source>
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
    <name>EventDesk::PrefillReviewDialog</name>
    <message>
        <source>Add &amp;Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Extract Registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-fill Registrations from Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste one or more messages here, or drop .eml or mbox files on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails and phone numbers are replaced by placeholders before the messages are sent to the model. Nothing is registered until you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redaction is off for pre-fill in the assistant settings: emails and phone numbers are sent to the model as they are. Nothing is registered until you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages (*.eml *.mbox *.mbx *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extracting registrations: request %1 of %2 (up to %3 messages each)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n draft(s) extracted so far are kept; Retry sends the remaining messages.</source>
        <translation>
            <numerusform>The %n draft extracted so far is kept; Retry sends the remaining messages.</numerusform>
            <numerusform>The %n drafts extracted so far are kept; Retry sends the remaining messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No registrations were found in the %n message(s).</source>
        <translation>
            <numerusform>No registrations were found in the %n message.</numerusform>
            <numerusform>No registrations were found in the %n messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) from the messages. Check them, untick what should not be registered, then Confirm.</source>
        <translation>
            <numerusform>%n draft from the messages. Check it, untick it if it should not be registered, then Confirm.</numerusform>
            <numerusform>%n drafts from the messages. Check them, untick what should not be registered, then Confirm.</numerusform>
        </translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guess: the message does not contain this value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Registering %n participant(s)…</source>
        <translation>
            <numerusform>Registering %n participant…</numerusform>
            <numerusform>Registering %n participants…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Register %n participant(s) from messages</source>
        <translation>
            <numerusform>Register %n participant from messages</numerusform>
            <numerusform>Register %n participants from messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Confirm %n Registration(s)</source>
        <translation>
            <numerusform>&amp;Confirm %n Registration</numerusform>
            <numerusform>&amp;Confirm %n Registrations</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry sends the messages again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;etry</source>
        <comment>extract the rest; the Alt key of Extract Registrations</comment>
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
        <source>The base URL &quot;%1&quot; is not an http or https address.</source>
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
        <source>No language-model profile is set up; set EVENTDESK_LLM_BASE_URL and EVENTDESK_LLM_MODEL, or add a profile in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
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
        <source>The proxy &quot;%1&quot; is not an address such as http://proxy.example.com:8080, nor &quot;none&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password; settings are not a safe place for them, so put the key in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy address must not contain a user name or password, which would be stored in plain text in the settings.</source>
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
</context>
<context>
    <name>EventDesk::PublishGuiFormats</name>
    <message numerus="yes">
        <source>Wrote %1 (%n session(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n session).</numerusform>
            <numerusform>Wrote %1 (%n sessions).</numerusform>
        </translation>
    </message>
    <message>
        <source>Printable agenda (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup of the whole workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EventDesk backup (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restores %n row(s) from the backup of %1 into this empty workspace.</source>
        <translation>
            <numerusform>Restores %n row from the backup of %1 into this empty workspace.</numerusform>
            <numerusform>Restores %n rows from the backup of %1 into this empty workspace.</numerusform>
        </translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restored %n row(s) from the backup of %1.</source>
        <translation>
            <numerusform>Restored %n row from the backup of %1.</numerusform>
            <numerusform>Restored %n rows from the backup of %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup (restore into this empty workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar (iCalendar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule website (folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printable agenda (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
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
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::RecordTablePage</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::RegistrationDialog</name>
    <message>
        <source>(no ticket type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (quota %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ticket type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New registrations are confirmed while places are free, else waitlisted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already registered as %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open e&amp;xisting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
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
    <name>EventDesk::ReleaseDiffDialog</name>
    <message>
        <source>Compare releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::ReplyDraftDialog</name>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as .eml…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft a Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the participant&apos;s question here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registration picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not in the data:&lt;/b&gt; the event&apos;s data does not hold the answer. The draft says so; check it before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft reply appears here; edit it before you send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facts the draft uses; activate one to show its record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assistant profile is set up (Tools › Assistant Profiles…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft ready; check it before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft ready: the event&apos;s data does not hold the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The draft uses no facts from the event&apos;s data.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply.eml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email messages (*.eml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re: your question about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repl&amp;y:</source>
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
    <name>EventDesk::RequestPreviewDialog</name>
    <message>
        <source>What Will Be Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the text the profile &quot;%1&quot; will receive with your message, after emails and phone numbers are replaced by placeholders (when redaction is on for the chat).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::ReviewPanel</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the model too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the findings the program computes, the model looks for others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review lists conflicts, rooms too small, missing speakers or rooms, unscheduled sessions, gaps and speakers over their availability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model was not asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model part was skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the model for more findings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s part was cancelled; the computed findings are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) computed, %1 from the model.</source>
        <translation>
            <numerusform>%n finding computed, %1 from the model.</numerusform>
            <numerusform>%n findings computed, %1 from the model.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) computed.</source>
        <translation>
            <numerusform>%n finding computed.</numerusform>
            <numerusform>%n findings computed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review Schedule</source>
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
    <name>EventDesk::RoomDialog</name>
    <message>
        <source>New room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;vailable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
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
    <name>EventDesk::ScheduleImportDialog</name>
    <message>
        <source>Into the event &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported into &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n scheduled sessions to %1.</source>
        <translation>
            <numerusform>Exported %n scheduled session to %1.</numerusform>
            <numerusform>Exported %n scheduled sessions to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule XML (frab, pretalx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule XML (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule JSON (c3voc, pretalx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule XML (frab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule JSON (c3voc)</source>
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
    <name>EventDesk::SchedulePage</name>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;releases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity of each conflict rule, and the speaker changeover time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unschedule %n session(s)</source>
        <translation>
            <numerusform>Unschedule %n session</numerusform>
            <numerusform>Unschedule %n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish with conflicts?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The schedule has %n conflict error(s). Publish it anyway?</source>
        <translation>
            <numerusform>The schedule has %n conflict error. Publish it anyway?</numerusform>
            <numerusform>The schedule has %n conflict errors. Publish it anyway?</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published release %1 &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-&amp;schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the schedule as a numbered release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour of each track on the cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place or re-plan sessions with no conflict, as a proposal to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n proposed)</source>
        <translation>
            <numerusform>%1 (%n proposed)</numerusform>
            <numerusform>%1 (%n proposed)</numerusform>
        </translation>
    </message>
    <message>
        <source>No track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule published</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Published release %1 &quot;%2&quot; with %n session(s).</source>
        <translation>
            <numerusform>Published release %1 &quot;%2&quot; with %n session.</numerusform>
            <numerusform>Published release %1 &quot;%2&quot; with %n sessions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pu&amp;blish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms across, times down. Arrow keys go from session to session; Alt+arrow keys move the selected sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unscheduled sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;ighlight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unschedule&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unschedule&amp;d (%1)</source>
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
    <name>EventDesk::ScheduleRecordEditor</name>
    <message numerus="yes">
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>Delete %n record</numerusform>
            <numerusform>Delete %n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
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
    <name>EventDesk::ScheduleScene</name>
    <message>
        <source>Resize session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n session(s)</source>
        <translation>
            <numerusform>Move %n session</numerusform>
            <numerusform>Move %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Schedule %n session(s)</source>
        <translation>
            <numerusform>Schedule %n session</numerusform>
            <numerusform>Schedule %n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move: %1 (from %2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::ScheduleSettingsPage</name>
    <message>
        <source>Conflict rules of new events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker &amp;changeover time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes kept free in a room after each session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room changeover time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events that exist keep their own rules: Event › Conflict Rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dragged and resized sessions on the schedule grid land on multiples of this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid &amp;snapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::Sentences</name>
    <message>
        <source>%1 %2</source>
        <comment>one sentence after another</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a list so far, and its next item</comment>
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
    <name>EventDesk::SessionDialog</name>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned: the assistant never moves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no track)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seats)</source>
        <translation>
            <numerusform>%1 (%n seat)</numerusform>
            <numerusform>%1 (%n seats)</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter speakers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;bstract:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trac&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;peakers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpected attendance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rooms this session may use; none checked: any room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When this session may take place; no window: any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allo&amp;wed rooms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed t&amp;imes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::SessionItem</name>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a command or a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu or page</source>
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
    <name>EventDesk::SpeakerDialog</name>
    <message>
        <source>New speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;vailable:</source>
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
    <name>EventDesk::SyncSession</name>
    <message>
        <source>This server has no EventDesk team schema yet; an administrator sets it up with eventdesk-cli server init.</source>
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
        <source>The team&apos;s changes could not be fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s changes could not be fetched; what arrived so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s conflicts could not be fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server has an older EventDesk schema (version %1); an administrator updates it with eventdesk-cli server init. Your edits stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::SyncSettingsPage</name>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How your teammates see your changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server and member name that File › Connect to Team… offers. Connecting checks them, keeps the password in the system keychain and the server in the workspace: each workspace syncs with the server it was connected to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::SyncStatusWidget</name>
    <message>
        <source>Team sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this sync; what arrived so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to see the conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync cancelled</source>
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
    <name>EventDesk::TeamSync</name>
    <message>
        <source>Connect to &amp;Team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect from Tea&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain service is running, so the team server&apos;s password cannot be read; connect to the team again to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server&apos;s password is not in the keychain; connect to the team again to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync cancelled; what arrived so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain service is running, so the password cannot be kept; EventDesk syncs until it closes and asks again after that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be kept in the keychain; EventDesk syncs until it closes and asks again after that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected from the team; your data stays in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another copy of this workspace file has synced since this one last did; this workspace now syncs under a client id of its own, and nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cance&amp;l Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this sync; what arrived so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click here to connect again.</source>
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
    <name>EventDesk::TrackDialog</name>
    <message>
        <source>New track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
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
<context>
    <name>main</name>
    <message>
        <source>EventDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
