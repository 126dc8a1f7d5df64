# Sources of ui/interop, added to eventdesk_ui: File › Import… and File › Export….
target_sources(eventdesk_ui PRIVATE
  interop/interopformats.h
  interop/interopguiformats.cpp
  interop/publishguiformats.cpp
  interop/interopimportdialog.h interop/interopimportdialog.cpp
  interop/interopexportdialog.h interop/interopexportdialog.cpp
)
