# Sources of core/assistant (context building, validated proposals; never writes), added to eventdesk_core.
target_sources(eventdesk_core PRIVATE
  assistant/eventcontext.h assistant/eventcontext.cpp
  assistant/assistantturn.h assistant/assistantturn.cpp
  assistant/assistantusage.h assistant/assistantusage.cpp
  assistant/assistantsettings.h assistant/assistantsettings.cpp
)
