#include "tempworkspace.h"

using namespace Qt::StringLiterals;

namespace EventDesk::Test
{

TempWorkspace::TempWorkspace() : m_path(m_dir.filePath(u"workspace.eventdesk"_s)) {}

QString TempWorkspace::filePath(const QString &name) const
{
    return m_dir.filePath(name);
}

} // namespace EventDesk::Test
