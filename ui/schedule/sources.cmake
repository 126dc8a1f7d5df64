# Sources of ui/schedule, added to eventdesk_ui.
target_sources(eventdesk_ui PRIVATE
)
