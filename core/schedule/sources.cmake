# Sources of core/schedule, added to eventdesk_core.
target_sources(eventdesk_core PRIVATE
)
