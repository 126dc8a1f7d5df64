#include "settings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace EventDesk
{

QString Settings::path(Key key)
{
    switch (key) {
    case Key::MainWindowGeometry:
        return u"MainWindow/geometry"_s;
    case Key::MainWindowState:
        return u"MainWindow/state"_s;
    case Key::LastWorkspace:
        return u"Workspace/last"_s;
    case Key::Language:
        return u"General/language"_s;
    }
    return {};
}

QVariant Settings::defaultValue(Key key)
{
    switch (key) {
    case Key::Language:
        return u"system"_s;
    default:
        return {};
    }
}

QVariant Settings::value(Key key)
{
    QSettings settings;
    return settings.value(path(key), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant &value)
{
    QSettings settings;
    settings.setValue(path(key), value);
}

QString Settings::defaultWorkspacePath()
{
    const QString fromEnv = qEnvironmentVariable("EVENTDESK_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(u"workspace.eventdesk"_s);
}

} // namespace EventDesk
