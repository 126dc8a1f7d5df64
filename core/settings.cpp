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
    case Key::LlmProfiles:
        return u"Llm/profiles"_s;
    case Key::LlmActiveProfile:
        return u"Llm/activeProfile"_s;
    case Key::LlmCacheTtlHours:
        return u"Llm/cacheTtlHours"_s;
    case Key::LlmCacheMaxMb:
        return u"Llm/cacheMaxMb"_s;
    case Key::ParticipantsHiddenColumns:
        return u"Participants/hiddenColumns"_s;
    case Key::ParticipantsHeaderState:
        return u"Participants/headerState"_s;
    case Key::AssistantTaskProfiles:
        return u"Assistant/taskProfiles"_s;
    case Key::AssistantTaskRedaction:
        return u"Assistant/taskRedaction"_s;
    case Key::AssistantCacheEnabled:
        return u"Assistant/cache"_s;
    case Key::AssistantMonthlyBudget:
        return u"Assistant/monthlyBudget"_s;
    }
    return {};
}

QVariant Settings::defaultValue(Key key)
{
    switch (key) {
    case Key::Language:
        return u"system"_s;
    case Key::LlmActiveProfile:
        return u"default"_s;
    case Key::LlmCacheTtlHours:
        return 24 * 7;
    case Key::LlmCacheMaxMb:
        return 50;
    case Key::AssistantCacheEnabled:
        return true;
    case Key::AssistantMonthlyBudget:
        return 0.0;
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

void Settings::remove(Key key)
{
    QSettings settings;
    settings.remove(path(key));
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
