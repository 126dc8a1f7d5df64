# Sources of core/dashboard, added to eventdesk_core.
target_sources(eventdesk_core PRIVATE
  dashboard/dashboardstats.h dashboard/dashboardstats.cpp
)
