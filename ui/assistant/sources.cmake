# Sources of ui/assistant (the chat dock, the request preview, the assistant's settings), added to eventdesk_ui.
target_sources(eventdesk_ui PRIVATE
  assistant/assistantdock.h assistant/assistantdock.cpp
  assistant/assistanttranscript.h assistant/assistanttranscript.cpp
  assistant/assistantsettingsdialog.h assistant/assistantsettingsdialog.cpp
  assistant/requestpreviewdialog.h assistant/requestpreviewdialog.cpp
)
