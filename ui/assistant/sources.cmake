# Sources of ui/assistant, added to eventdesk_ui.
target_sources(eventdesk_ui PRIVATE
  assistant/agendaproposalpanel.h assistant/agendaproposalpanel.cpp
  assistant/prefillreviewdialog.h assistant/prefillreviewdialog.cpp
  assistant/replydraftdialog.h assistant/replydraftdialog.cpp
  assistant/reviewpanel.h assistant/reviewpanel.cpp
  assistant/assistantdock.h assistant/assistantdock.cpp
  assistant/assistanttranscript.h assistant/assistanttranscript.cpp
  assistant/assistantsettingsform.h assistant/assistantsettingsform.cpp
  assistant/assistantsettingsdialog.h assistant/assistantsettingsdialog.cpp
  assistant/requestpreviewdialog.h assistant/requestpreviewdialog.cpp
  assistant/assistanttasks.h assistant/assistanttasks.cpp
)
