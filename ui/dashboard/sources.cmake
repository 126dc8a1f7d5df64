# Sources of ui/dashboard, added to eventdesk_ui. Charts: Qt Charts (Debian: qt6-charts-dev).
find_package(Qt6 6.4 REQUIRED COMPONENTS Charts)
target_link_libraries(eventdesk_ui PUBLIC Qt6::Charts)
target_sources(eventdesk_ui PRIVATE
  dashboard/dashboardcharts.h dashboard/dashboardcharts.cpp
  dashboard/dashboardexport.h dashboard/dashboardexport.cpp
  dashboard/dashboardpage.h dashboard/dashboardpage.cpp
)
