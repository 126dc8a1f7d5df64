# Sources of core/schedule, added to eventdesk_core.
target_sources(eventdesk_core PRIVATE
  schedule/scheduledata.h schedule/scheduledata.cpp
  schedule/conflict.h schedule/conflict.cpp
  schedule/conflictchecker.h schedule/conflictchecker.cpp
  schedule/scheduledefaults.h schedule/scheduledefaults.cpp
  schedule/releasediff.h schedule/releasediff.cpp
  schedule/schedulepublisher.h schedule/schedulepublisher.cpp
  schedule/schedulegenerator.h schedule/schedulegenerator.cpp
  schedule/autoscheduleoptions.h
  schedule/schedulingproblem.h schedule/schedulingproblem.cpp
  schedule/placementstate.h schedule/placementstate.cpp
  schedule/schedulescore.h schedule/schedulescore.cpp
  schedule/heuristicscheduler.h schedule/heuristicscheduler.cpp
  schedule/mipmodel.h schedule/mipmodel.cpp
  schedule/cbcsolver.h schedule/cbcsolver.cpp
  schedule/infeasibilityexplainer.h schedule/infeasibilityexplainer.cpp
  schedule/autoschedulereport.h schedule/autoschedulereport.cpp
  schedule/autoscheduler.h schedule/autoscheduler.cpp
)
