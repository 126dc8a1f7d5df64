# Sources of core/assistant (context building, validated proposals; never writes), added to eventdesk_core.
target_sources(eventdesk_core PRIVATE
  assistant/eventcontext.h assistant/eventcontext.cpp
  assistant/eventsnapshot.h assistant/eventsnapshot.cpp
  assistant/shortids.h assistant/shortids.cpp
  assistant/assistanttools.h assistant/assistanttools.cpp
  assistant/agendaproposal.h assistant/agendaproposal.cpp
  assistant/proposalchecker.h assistant/proposalchecker.cpp
  assistant/agendaapplyplan.h assistant/agendaapplyplan.cpp
  assistant/autoscheduleproposal.h assistant/autoscheduleproposal.cpp
  assistant/agendatask.h assistant/agendatask.cpp
  assistant/assistantturn.h assistant/assistantturn.cpp
  assistant/assistantusage.h assistant/assistantusage.cpp
  assistant/assistantsettings.h assistant/assistantsettings.cpp
  assistant/recordindex.h assistant/recordindex.cpp
  assistant/structuredcall.h assistant/structuredcall.cpp
  assistant/replygrounding.h assistant/replygrounding.cpp
  assistant/schedulereview.h assistant/schedulereview.cpp
)
target_sources(eventdesk_core PRIVATE
  assistant/mailreader.h assistant/mailreader.cpp
  assistant/prefillextraction.h assistant/prefillextraction.cpp
  assistant/registrationprefill.h assistant/registrationprefill.cpp
  assistant/pendingagendaproposal.h assistant/pendingagendaproposal.cpp
)
