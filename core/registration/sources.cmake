# Sources of core/registration, added to eventdesk_core.
target_sources(eventdesk_core PRIVATE
)
