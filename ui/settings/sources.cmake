# Sources of ui/settings, added to eventdesk_ui.
target_sources(eventdesk_ui PRIVATE
  settings/settingspage.h
  settings/generalsettingspage.h settings/generalsettingspage.cpp
  settings/assistantsettingspage.h settings/assistantsettingspage.cpp
  settings/syncsettingspage.h settings/syncsettingspage.cpp
  settings/schedulesettingspage.h settings/schedulesettingspage.cpp
  settings/settingsdialog.h settings/settingsdialog.cpp
)
