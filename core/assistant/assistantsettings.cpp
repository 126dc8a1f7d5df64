#include "assistantsettings.h"

#include "settings.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace EventDesk
{

QList<AssistantTask> AssistantSettings::allTasks()
{
    return {AssistantTask::Chat, AssistantTask::Agenda, AssistantTask::Prefill, AssistantTask::Reply,
            AssistantTask::Review};
}

QString AssistantSettings::taskName(AssistantTask task)
{
    switch (task) {
    case AssistantTask::Chat:
        return u"chat"_s;
    case AssistantTask::Agenda:
        return u"agenda"_s;
    case AssistantTask::Prefill:
        return u"prefill"_s;
    case AssistantTask::Reply:
        return u"reply"_s;
    case AssistantTask::Review:
        return u"review"_s;
    }
    return {};
}

QString AssistantSettings::taskDisplayName(AssistantTask task)
{
    switch (task) {
    case AssistantTask::Chat:
        return tr("Chat");
    case AssistantTask::Agenda:
        return tr("Agenda proposals");
    case AssistantTask::Prefill:
        return tr("Registration pre-fill");
    case AssistantTask::Reply:
        return tr("Replies to participants");
    case AssistantTask::Review:
        return tr("Schedule review");
    }
    return {};
}

std::optional<AssistantTask> AssistantSettings::taskFromName(const QString &name)
{
    for (AssistantTask t : allTasks())
        if (taskName(t) == name)
            return t;
    return std::nullopt;
}

AssistantSettings::AssistantSettings()
{
    for (AssistantTask t : allTasks())
        m_redact.insert(t, true);
}

AssistantSettings AssistantSettings::load()
{
    AssistantSettings s;
    const QJsonObject profiles =
        QJsonDocument::fromJson(Settings::value(Settings::Key::AssistantTaskProfiles).toString().toUtf8())
            .object();
    const QJsonObject redact =
        QJsonDocument::fromJson(Settings::value(Settings::Key::AssistantTaskRedaction).toString().toUtf8())
            .object();
    for (AssistantTask t : allTasks()) {
        const QString name = profiles.value(taskName(t)).toString();
        if (!name.isEmpty())
            s.m_profiles.insert(t, name);
        if (redact.value(taskName(t)).isBool())
            s.m_redact.insert(t, redact.value(taskName(t)).toBool());
    }
    s.m_cache = Settings::value(Settings::Key::AssistantCacheEnabled).toBool();
    s.setMonthlyBudget(Settings::value(Settings::Key::AssistantMonthlyBudget).toDouble());
    return s;
}

void AssistantSettings::save() const
{
    QJsonObject profiles, redact;
    for (AssistantTask t : allTasks()) {
        if (!profileName(t).isEmpty())
            profiles.insert(taskName(t), profileName(t));
        redact.insert(taskName(t), this->redact(t));
    }
    Settings::setValue(Settings::Key::AssistantTaskProfiles,
                       QString::fromUtf8(QJsonDocument(profiles).toJson(QJsonDocument::Compact)));
    Settings::setValue(Settings::Key::AssistantTaskRedaction,
                       QString::fromUtf8(QJsonDocument(redact).toJson(QJsonDocument::Compact)));
    Settings::setValue(Settings::Key::AssistantCacheEnabled, m_cache);
    Settings::setValue(Settings::Key::AssistantMonthlyBudget, m_budget);
}

void AssistantSettings::setProfileName(AssistantTask task, const QString &name)
{
    if (name.trimmed().isEmpty())
        m_profiles.remove(task);
    else
        m_profiles.insert(task, name.trimmed());
}

Result<ProviderProfile> AssistantSettings::profileFor(AssistantTask task) const
{
    const QString name = profileName(task);
    if (name.isEmpty())
        return ProviderProfile::active();
    for (const ProviderProfile &p : ProviderProfile::loadAll()) {
        if (p.name != name)
            continue;
        const QStringList problems = p.validate();
        if (!problems.isEmpty())
            return Error{ErrorCode::Validation, problems.first(), {}};
        return p;
    }
    return Error{ErrorCode::NotFound,
                 tr("The profile \"%1\" chosen for %2 no longer exists; choose another in Tools › Assistant "
                    "Settings.")
                     .arg(name, taskDisplayName(task).toLower()),
                 {}};
}

void AssistantSettings::applyTo(AssistantTask task, ChatRequest &request) const
{
    request.redact = redact(task);
    request.useCache = request.useCache && m_cache;
}

} // namespace EventDesk
