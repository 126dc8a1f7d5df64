#pragma once

#include "providerprofile.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace EventDesk
{

// The language-model profiles kept in settings, as people edit them (CLI and dialog alike): names are
// unique and every stored profile is valid. The only code that reads or writes the profiles in settings;
// environment overrides are not applied here (see ProviderProfile::loadAll), so they are never persisted.
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(EventDesk::ProfileStore)

public:
    ProfileStore() = default;
    ProfileStore(QList<ProviderProfile> profiles, QString defaultName);

    static ProfileStore load();
    void save() const;

    const QList<ProviderProfile> &profiles() const { return m_profiles; }
    QString defaultName() const { return m_default; } // may name no stored profile (environment only)
    std::optional<ProviderProfile> find(const QString &name) const;
    bool contains(const QString &name) const { return indexOf(name) >= 0; }

    // Each checks the rules and changes nothing when it fails; the error's message is one sentence.
    // The first profile added becomes the default, as does any added with makeDefault.
    Result<void> add(const ProviderProfile &profile, bool makeDefault = false);
    // Replaces the profile called name; changed.name may rename it (the default follows).
    Result<void> update(const QString &name, const ProviderProfile &changed);
    // Removing the default makes the first remaining profile the default.
    Result<void> remove(const QString &name);
    Result<void> setDefault(const QString &name);

    // "NAME copy", "NAME copy 2", … : a name no profile has yet.
    QString unusedName(const QString &base) const;

private:
    qsizetype indexOf(const QString &name) const;
    Error unknown(const QString &name) const;
    static Result<void> check(const ProviderProfile &profile);

    QList<ProviderProfile> m_profiles;
    QString m_default;
};

} // namespace EventDesk
