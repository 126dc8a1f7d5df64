# Sources of ui/schedule, added to eventdesk_ui.
target_sources(eventdesk_ui PRIVATE
  schedule/sessionitem.h schedule/sessionitem.cpp
  schedule/schedulescene.h schedule/schedulescene.cpp
  schedule/scheduleview.h schedule/scheduleview.cpp
  schedule/unscheduledlist.h schedule/unscheduledlist.cpp
  schedule/releasediffdialog.h schedule/releasediffdialog.cpp
  schedule/schedulepage.h schedule/schedulepage.cpp
)
