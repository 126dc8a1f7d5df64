# Sources of ui/llm, added to eventdesk_ui.
target_sources(eventdesk_ui PRIVATE
  llm/llmprofilesdialog.h llm/llmprofilesdialog.cpp
)
