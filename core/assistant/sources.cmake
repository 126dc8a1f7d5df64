# Sources of core/assistant, added to eventdesk_core.
target_sources(eventdesk_core PRIVATE
)
