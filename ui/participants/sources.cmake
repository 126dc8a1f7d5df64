# Sources of ui/participants, added to eventdesk_ui.
target_sources(eventdesk_ui PRIVATE
)
