#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace EventDesk
{

// The only place that touches QSettings. Keys map to a path and a default.
class Settings
{
public:
    enum class Key {
        MainWindowGeometry,
        MainWindowState,
        LastWorkspace,
        Language,
        LlmProfiles,               // JSON array of ProviderProfile objects (no keys)
        LlmActiveProfile,          // name of the profile in use
        LlmCacheTtlHours,          // response cache lifetime
        LlmCacheMaxMb,             // response cache size cap
        ParticipantsHiddenColumns, // comma-separated column keys of the participant table ("" = none)
        ParticipantsHeaderState,   // QHeaderView::saveState() of the participant table: order, widths
        ParticipantsHistoryShown,  // the participants page shows the status history beside its table
        LastFileFolder,            // where the last file dialog's pick was ("": none yet, Documents)
        AssistantTaskProfiles,     // JSON object: task name -> profile name (absent: the default profile)
        AssistantTaskRedaction,    // JSON object: task name -> redact (absent: true)
        AssistantCacheEnabled,     // use the response cache for assistant requests
        AssistantMonthlyBudget,    // US dollars per event and month; 0: none
        DefaultWorkspace,          // the workspace file opened when none is given ("": the app-data folder)
        RememberWindowState,       // restore the main window's size and docks at start
        SyncServerUrl,  // team sync: the server Connect to Team… offers (each workspace keeps its own)
        SyncMemberName, // team sync: this member's name
        ScheduleConflictRules,     // JSON object: rule name -> severity, for new events ("{}": the defaults)
        ScheduleSnapMinutes,       // the schedule grid's snapping step
        ScheduleSpeakerChangeover, // a new event's minimum gap for a speaker between rooms, in minutes
        ScheduleRoomChangeover,    // a new event's minutes kept free in a room after each session
    };

    static QVariant value(Key key);
    static void setValue(Key key, const QVariant &value);
    static void remove(Key key); // back to the default

    // The workspace file used when none is given: EVENTDESK_DB, else the DefaultWorkspace setting, else the
    // app-data folder.
    static QString defaultWorkspacePath();
    static QString appDataWorkspacePath(); // the app-data folder's workspace file

private:
    static QString path(Key key);
    static QVariant defaultValue(Key key);
};

} // namespace EventDesk
