# Sources of core/registration, added to eventdesk_core.
target_sources(eventdesk_core PRIVATE
  registration/textdecoder.h registration/textdecoder.cpp
  registration/registrations.h registration/registrations.cpp
  registration/participantimport.h registration/participantimport.cpp
  registration/messagetemplate.h registration/messagetemplate.cpp
  registration/participantfilter.h registration/participantfilter.cpp
  registration/customquestions.h registration/customquestions.cpp
)
