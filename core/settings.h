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
        AssistantTaskProfiles,     // JSON object: task name -> profile name (absent: the default profile)
        AssistantTaskRedaction,    // JSON object: task name -> redact (absent: true)
        AssistantCacheEnabled,     // use the response cache for assistant requests
        AssistantMonthlyBudget,    // US dollars per event and month; 0: none
    };

    static QVariant value(Key key);
    static void setValue(Key key, const QVariant &value);
    static void remove(Key key); // back to the default

    // The workspace file used when none is given: EVENTDESK_DB, else the app-data folder.
    static QString defaultWorkspacePath();

private:
    static QString path(Key key);
    static QVariant defaultValue(Key key);
};

} // namespace EventDesk
