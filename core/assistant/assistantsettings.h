#pragma once

#include "llm/chatrequest.h"
#include "llm/providerprofile.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace EventDesk
{

// The assistant's tasks; each may use its own profile (for example a local model for anything with
// participant data) and its own redaction setting.
enum class AssistantTask { Chat, Agenda, Prefill, Reply, Review };

// The assistant's settings, per task and overall, kept in the application settings (Settings).
// Redaction is on for every task unless the organizer turns it off; the cache is on; no budget is set.
class AssistantSettings
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::AssistantSettings)

public:
    static QList<AssistantTask> allTasks();
    static QString taskName(AssistantTask task);        // chat, agenda, prefill, reply, review
    static QString taskDisplayName(AssistantTask task); // translated
    static std::optional<AssistantTask> taskFromName(const QString &name);

    AssistantSettings();
    static AssistantSettings load();
    void save() const;

    // The profile's name for the task; empty means the default (active) profile.
    QString profileName(AssistantTask task) const { return m_profiles.value(task); }
    void setProfileName(AssistantTask task, const QString &name);
    bool redact(AssistantTask task) const { return m_redact.value(task, true); }
    void setRedact(AssistantTask task, bool on) { m_redact.insert(task, on); }
    bool cacheEnabled() const { return m_cache; }
    void setCacheEnabled(bool on) { m_cache = on; }
    // US dollars a month per event; 0: no budget.
    double monthlyBudget() const { return m_budget; }
    void setMonthlyBudget(double dollars) { m_budget = dollars < 0 ? 0 : dollars; }
    bool overBudget(double monthCost) const { return m_budget > 0 && monthCost >= m_budget; }

    // The profile the task uses: its own when one is chosen (an error when that one is gone or incomplete),
    // else the default profile.
    Result<ProviderProfile> profileFor(AssistantTask task) const;
    // Sets the request's redaction and cache use from these settings.
    void applyTo(AssistantTask task, ChatRequest &request) const;

    bool operator==(const AssistantSettings &) const = default;

private:
    QHash<AssistantTask, QString> m_profiles;
    QHash<AssistantTask, bool> m_redact;
    bool m_cache = true;
    double m_budget = 0;
};

} // namespace EventDesk
