# Sources of core/assistant (context building, validated proposals; never writes), added to eventdesk_core.
target_sources(eventdesk_core PRIVATE
  assistant/eventcontext.h assistant/eventcontext.cpp
  assistant/assistantsettings.h assistant/assistantsettings.cpp
  assistant/recordindex.h assistant/recordindex.cpp
  assistant/structuredcall.h assistant/structuredcall.cpp
  assistant/replygrounding.h assistant/replygrounding.cpp
  assistant/schedulereview.h assistant/schedulereview.cpp
)
