# Sources of core/schedule, added to eventdesk_core.
target_sources(eventdesk_core PRIVATE
  schedule/scheduledata.h schedule/scheduledata.cpp
  schedule/conflict.h schedule/conflict.cpp
  schedule/conflictchecker.h schedule/conflictchecker.cpp
  schedule/releasediff.h schedule/releasediff.cpp
  schedule/schedulepublisher.h schedule/schedulepublisher.cpp
  schedule/schedulegenerator.h schedule/schedulegenerator.cpp
)
