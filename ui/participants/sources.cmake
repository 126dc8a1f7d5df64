# Sources of ui/participants, added to eventdesk_ui.
target_sources(eventdesk_ui PRIVATE
  participants/participanttablemodel.h participants/participanttablemodel.cpp
  participants/participantspage.h participants/participantspage.cpp
  participants/registrationdialog.h participants/registrationdialog.cpp
  participants/importdialog.h participants/importdialog.cpp
  participants/checkinpage.h participants/checkinpage.cpp
  participants/customquestionsdialog.h participants/customquestionsdialog.cpp
  participants/messagetemplatesdialog.h participants/messagetemplatesdialog.cpp
)
