# Sources of ui/sync (team sync: connecting, the status indicator), added to eventdesk_ui.
target_sources(eventdesk_ui PRIVATE
  sync/teamsync.h sync/teamsync.cpp
  sync/connectteamdialog.h sync/connectteamdialog.cpp
  sync/syncstatuswidget.h sync/syncstatuswidget.cpp
)
