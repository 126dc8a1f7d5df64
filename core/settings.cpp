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
    case Key::ParticipantsHistoryShown:
        return u"Participants/historyShown"_s;
    case Key::LastFileFolder:
        return u"Files/lastFolder"_s;
    case Key::AssistantTaskProfiles:
        return u"Assistant/taskProfiles"_s;
    case Key::AssistantTaskRedaction:
        return u"Assistant/taskRedaction"_s;
    case Key::AssistantCacheEnabled:
        return u"Assistant/cache"_s;
    case Key::AssistantMonthlyBudget:
        return u"Assistant/monthlyBudget"_s;
    case Key::DefaultWorkspace:
        return u"Workspace/default"_s;
    case Key::RememberWindowState:
        return u"MainWindow/remember"_s;
    case Key::SyncServerUrl:
        return u"Sync/serverUrl"_s;
    case Key::SyncMemberName:
        return u"Sync/memberName"_s;
    case Key::ScheduleConflictRules:
        return u"Schedule/conflictRules"_s;
    case Key::ScheduleSnapMinutes:
        return u"Schedule/snapMinutes"_s;
    case Key::ScheduleSpeakerChangeover:
        return u"Schedule/speakerChangeoverMinutes"_s;
    case Key::ScheduleRoomChangeover:
        return u"Schedule/roomChangeoverMinutes"_s;
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
    case Key::RememberWindowState:
        return true;
    case Key::ParticipantsHistoryShown:
        return true;
    case Key::ScheduleConflictRules:
        return u"{}"_s;
    case Key::ScheduleSnapMinutes:
        return 5;
    case Key::ScheduleSpeakerChangeover:
        return 10;
    case Key::ScheduleRoomChangeover:
        return 0;
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
    const QString chosen = value(Key::DefaultWorkspace).toString();
    if (!chosen.isEmpty())
        return chosen;
    return appDataWorkspacePath();
}

QString Settings::appDataWorkspacePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(u"workspace.eventdesk"_s);
}

} // namespace EventDesk
