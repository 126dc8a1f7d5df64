#pragma once

#include <QString>

// What this build of EventDesk is: the version from CMake's project(VERSION) and how it was built. The values
// come from a header CMake generates at configure time (eventdesk_version.h), seen only by buildinfo.cpp.
namespace EventDesk::BuildInfo
{
QString version();   // "0.1.0"
QString buildType(); // "RelWithDebInfo"; empty for a multi-config generator
QString compiler();  // "GNU 12.2.0"
QString gitCommit(); // the short commit the build was configured at; empty outside a git checkout
QString
qtBuildVersion(); // the Qt the code was compiled against (QT_VERSION_STR); qVersion() is the one running
// One line: "RelWithDebInfo, GNU 12.2.0, commit 0123abcd"
QString buildLine();
} // namespace EventDesk::BuildInfo
