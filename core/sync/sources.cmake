# Sources of core/sync (team sync through PostgreSQL), added to eventdesk_core.
target_sources(eventdesk_core PRIVATE
  sync/serverurl.h sync/serverurl.cpp
  sync/conflictresolver.h sync/conflictresolver.cpp
  sync/serverconnection.h sync/serverconnection.cpp
  sync/serverquery.h sync/serverquery.cpp
  sync/pushstream.h sync/pushstream.cpp
  sync/serverschema.h sync/serverschema.cpp
  sync/syncsession.h sync/syncsession.cpp
  sync/syncworker.h sync/syncworker.cpp
  sync/sync.qrc
)

# ServerQuery's fast path passes sync's big statements to libpq on the handle of Qt's QPSQL driver. That is
# sound only when the driver uses the same libpq as we link: Debian's Qt does (its plugin links the system
# libpq5). So the option is ON by default only when libpq is found (Debian: libpq-dev) and Qt's QPSQL plugin
# is a shared object that needs libpq (checked with readelf), as for SqliteStatement's fast path; elsewhere
# the statements run through QSqlQuery, and tests can force that at run time.
pkg_check_modules(LIBPQ IMPORTED_TARGET libpq)
set(eventdesk_libpq_default OFF)
if(NOT TARGET Qt6::QPSQLDriverPlugin)
  find_package(Qt6QPSQLDriverPlugin CONFIG QUIET HINTS "${Qt6Sql_DIR}")
endif()
if(LIBPQ_FOUND AND CMAKE_SYSTEM_NAME STREQUAL "Linux" AND TARGET Qt6::QPSQLDriverPlugin AND CMAKE_READELF)
  get_target_property(eventdesk_qpsql_plugin Qt6::QPSQLDriverPlugin LOCATION)
  if(eventdesk_qpsql_plugin AND EXISTS "${eventdesk_qpsql_plugin}")
    execute_process(COMMAND "${CMAKE_READELF}" -d "${eventdesk_qpsql_plugin}"
      OUTPUT_VARIABLE eventdesk_qpsql_needed ERROR_QUIET RESULT_VARIABLE eventdesk_readelf_result)
    if(eventdesk_readelf_result EQUAL 0 AND eventdesk_qpsql_needed MATCHES "NEEDED[^\n]*libpq")
      set(eventdesk_libpq_default ON)
    endif()
  endif()
endif()
option(EVENTDESK_LIBPQ_FASTPATH
  "Pass sync's statements to libpq under Qt's QPSQL driver (only if it uses the system libpq)"
  ${eventdesk_libpq_default})
if(EVENTDESK_LIBPQ_FASTPATH)
  if(NOT LIBPQ_FOUND)
    message(FATAL_ERROR "EVENTDESK_LIBPQ_FASTPATH needs libpq (the library Qt's QPSQL driver uses)")
  endif()
  target_link_libraries(eventdesk_core PRIVATE PkgConfig::LIBPQ)
  set_source_files_properties(sync/serverquery.cpp PROPERTIES COMPILE_DEFINITIONS EVENTDESK_LIBPQ_FASTPATH=1)
endif()
message(STATUS "libpq fast path (EVENTDESK_LIBPQ_FASTPATH): ${EVENTDESK_LIBPQ_FASTPATH}")
