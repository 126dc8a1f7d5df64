#include "buildinfo.h"

#include "eventdesk_version.h"

#include <QStringList>
#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace EventDesk::BuildInfo
{

QString version()
{
    return QStringLiteral(EVENTDESK_VERSION_STRING);
}

QString buildType()
{
    return QStringLiteral(EVENTDESK_BUILD_TYPE);
}

QString compiler()
{
    return QStringLiteral(EVENTDESK_COMPILER);
}

QString gitCommit()
{
    return QStringLiteral(EVENTDESK_GIT_COMMIT);
}

QString qtBuildVersion()
{
    return QStringLiteral(QT_VERSION_STR);
}

QString buildLine()
{
    QStringList parts;
    if (!buildType().isEmpty())
        parts.append(buildType());
    parts.append(compiler());
    if (!gitCommit().isEmpty())
        parts.append(u"commit "_s + gitCommit());
    return parts.join(u", "_s);
}

} // namespace EventDesk::BuildInfo
