# Sources of core/llm, added to eventdesk_core.
target_sources(eventdesk_core PRIVATE
)
