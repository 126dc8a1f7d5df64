# Sources of core/io, added to eventdesk_core: one reader and one writer class per format.
target_sources(eventdesk_core PRIVATE
  io/csvreader.h io/csvreader.cpp
  io/csvwriter.h io/csvwriter.cpp
  io/schedulefile.h io/schedulefile.cpp
  io/schedulerecordbuilder.h io/schedulerecordbuilder.cpp
  io/frabxmlreader.h io/frabxmlreader.cpp
  io/frabxmlwriter.h io/frabxmlwriter.cpp
  io/c3vocjsonreader.h io/c3vocjsonreader.cpp
  io/c3vocjsonwriter.h io/c3vocjsonwriter.cpp
  io/scheduleimport.h io/scheduleimport.cpp
  io/scheduleexport.h io/scheduleexport.cpp
)
