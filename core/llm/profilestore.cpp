#include "profilestore.h"

#include "settings.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace EventDesk
{

ProfileStore::ProfileStore(QList<ProviderProfile> profiles, QString defaultName)
    : m_profiles(std::move(profiles)), m_default(std::move(defaultName))
{
}

ProfileStore ProfileStore::load()
{
    ProfileStore store;
    const QJsonArray stored =
        QJsonDocument::fromJson(Settings::value(Settings::Key::LlmProfiles).toString().toUtf8()).array();
    for (const QJsonValue &v : stored)
        store.m_profiles.append(ProviderProfile::fromJson(v.toObject()));
    store.m_default = Settings::value(Settings::Key::LlmActiveProfile).toString();
    return store;
}

void ProfileStore::save() const
{
    QJsonArray a;
    for (const ProviderProfile &p : m_profiles)
        a.append(p.toJson());
    Settings::setValue(Settings::Key::LlmProfiles,
                       QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)));
    Settings::setValue(Settings::Key::LlmActiveProfile, m_default);
}

std::optional<ProviderProfile> ProfileStore::find(const QString &name) const
{
    const qsizetype i = indexOf(name);
    if (i < 0)
        return std::nullopt;
    return m_profiles.at(i);
}

qsizetype ProfileStore::indexOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_profiles.size(); ++i)
        if (m_profiles.at(i).name == name)
            return i;
    return -1;
}

Error ProfileStore::unknown(const QString &name) const
{
    return Error{ErrorCode::NotFound, tr("There is no profile named \"%1\".").arg(name), {}};
}

Result<void> ProfileStore::check(const ProviderProfile &profile)
{
    const QStringList problems = profile.validate();
    if (!problems.isEmpty())
        return Error{ErrorCode::Validation, problems.first(), {}};
    return {};
}

Result<void> ProfileStore::add(const ProviderProfile &profile, bool makeDefault)
{
    if (auto ok = check(profile); !ok)
        return ok;
    if (contains(profile.name))
        return Error{
            ErrorCode::DuplicateId, tr("A profile named \"%1\" already exists.").arg(profile.name), {}};
    m_profiles.append(profile);
    if (makeDefault || !contains(m_default))
        m_default = profile.name;
    return {};
}

Result<void> ProfileStore::update(const QString &name, const ProviderProfile &changed)
{
    const qsizetype i = indexOf(name);
    if (i < 0)
        return unknown(name);
    if (auto ok = check(changed); !ok)
        return ok;
    if (changed.name != name && contains(changed.name))
        return Error{
            ErrorCode::DuplicateId, tr("A profile named \"%1\" already exists.").arg(changed.name), {}};
    m_profiles[i] = changed;
    if (m_default == name)
        m_default = changed.name;
    return {};
}

Result<void> ProfileStore::remove(const QString &name)
{
    const qsizetype i = indexOf(name);
    if (i < 0)
        return unknown(name);
    m_profiles.removeAt(i);
    if (m_default == name)
        m_default = m_profiles.isEmpty() ? QString() : m_profiles.first().name;
    return {};
}

Result<void> ProfileStore::setDefault(const QString &name)
{
    if (!contains(name))
        return unknown(name);
    m_default = name;
    return {};
}

QString ProfileStore::unusedName(const QString &base) const
{
    QString name = tr("%1 copy").arg(base);
    for (int n = 2; contains(name); ++n)
        name = tr("%1 copy %2").arg(base).arg(n);
    return name;
}

} // namespace EventDesk
