# Sources of core/assistant (context building, validated proposals; never writes), added to eventdesk_core.
target_sources(eventdesk_core PRIVATE
  assistant/eventcontext.h assistant/eventcontext.cpp
  assistant/agendaproposal.h assistant/agendaproposal.cpp
  assistant/proposalchecker.h assistant/proposalchecker.cpp
  assistant/agendatask.h assistant/agendatask.cpp
  assistant/pendingagendaproposal.h assistant/pendingagendaproposal.cpp
  assistant/assistantsettings.h assistant/assistantsettings.cpp
)
