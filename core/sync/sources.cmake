# Sources of core/sync (team sync through PostgreSQL), added to eventdesk_core.
target_sources(eventdesk_core PRIVATE
  sync/serverurl.h sync/serverurl.cpp
  sync/conflictresolver.h sync/conflictresolver.cpp
  sync/serverconnection.h sync/serverconnection.cpp
  sync/serverschema.h sync/serverschema.cpp
  sync/syncsession.h sync/syncsession.cpp
  sync/syncworker.h sync/syncworker.cpp
  sync/sync.qrc
)
