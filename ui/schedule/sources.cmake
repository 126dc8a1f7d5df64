# Sources of ui/schedule, added to eventdesk_ui.
target_sources(eventdesk_ui PRIVATE
  schedule/sessionitem.h schedule/sessionitem.cpp
  schedule/proposalghostitem.h schedule/proposalghostitem.cpp
  schedule/schedulescene.h schedule/schedulescene.cpp
  schedule/scheduleview.h schedule/scheduleview.cpp
  schedule/unscheduledlist.h schedule/unscheduledlist.cpp
  schedule/releasediffdialog.h schedule/releasediffdialog.cpp
  schedule/schedulepage.h schedule/schedulepage.cpp
  schedule/walltime.h
  schedule/daylabel.h schedule/daylabel.cpp
  schedule/availabilityeditor.h schedule/availabilityeditor.cpp
  schedule/recorddialog.h schedule/recorddialog.cpp
  schedule/roomdialog.h schedule/roomdialog.cpp
  schedule/trackdialog.h schedule/trackdialog.cpp
  schedule/speakerdialog.h schedule/speakerdialog.cpp
  schedule/sessiondialog.h schedule/sessiondialog.cpp
  schedule/schedulerecordeditor.h schedule/schedulerecordeditor.cpp
  schedule/conflictrulesdialog.h schedule/conflictrulesdialog.cpp
  schedule/autoscheduledialog.h schedule/autoscheduledialog.cpp
)
