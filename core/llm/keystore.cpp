#include "keystore.h"

#include "llmerror.h"
#include "logging.h"

#include <QRegularExpression>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{
constexpr auto kUnavailableTag = "keychain-unavailable"_L1;

Error keychainError(QKeychain::Job *job)
{
    // libsecret reports a missing session bus or Secret Service as OtherError with a D-Bus message.
    static const QRegularExpression noService(
        u"(?i)could not connect|d-?bus|secret ?service|not provided by any|serviceunknown|org\\.freedesktop\\.secrets"_s);
    const bool unavailable =
        job->error() == QKeychain::NoBackendAvailable || job->error() == QKeychain::NotImplemented ||
        (job->error() == QKeychain::OtherError && (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") ||
                                                   noService.match(job->errorString()).hasMatch()));
    qCInfo(lcLlm).noquote() << "keychain error" << int(job->error()) << job->errorString();
    if (unavailable)
        return Error{
            ErrorCode::Io,
            KeyStore::tr("No system keychain service is running, so the API key cannot be kept in it."),
            QString(kUnavailableTag) + u' ' + job->errorString()};
    if (job->error() == QKeychain::EntryNotFound)
        return Error{ErrorCode::NotFound, KeyStore::tr("The keychain holds no key under that name."),
                     job->errorString()};
    return LlmError::make(LlmError::Kind::Keychain, job->errorString());
}
} // namespace

KeyStore::KeyStore(const QString &service, QObject *parent) : QObject(parent), m_service(service) {}

bool KeyStore::isUnavailable(const Error &error)
{
    return error.detail.startsWith(kUnavailableTag);
}

void KeyStore::writeKey(const QString &keyRef, const QString &key, std::function<void(Result<void>)> done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plaintext
    job->setKey(keyRef);
    job->setTextData(key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError)
            done({});
        else
            done(keychainError(j));
    });
    job->start();
}

void KeyStore::readKey(const QString &keyRef, std::function<void(Result<QString>)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyRef);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError)
            done(static_cast<QKeychain::ReadPasswordJob *>(j)->textData());
        else
            done(keychainError(j));
    });
    job->start();
}

void KeyStore::deleteKey(const QString &keyRef, std::function<void(Result<void>)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyRef);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError)
            done({});
        else
            done(keychainError(j));
    });
    job->start();
}

void KeyStore::keyFor(const ProviderProfile &profile, std::function<void(Lookup)> done)
{
    const QString envKey = qEnvironmentVariable("EVENTDESK_API_KEY");
    if (profile.keyRef.isEmpty()) {
        done(Lookup{envKey, {}, std::nullopt});
        return;
    }
    readKey(profile.keyRef, [done, envKey](Result<QString> key) {
        if (key) {
            done(Lookup{key.value(), {}, std::nullopt});
            return;
        }
        Lookup l;
        if (isUnavailable(key.error())) {
            l.notice = envKey.isEmpty() ? tr("No system keychain service is running.")
                                        : tr("No system keychain service is running; using the key from "
                                             "EVENTDESK_API_KEY.");
        }
        if (!envKey.isEmpty())
            l.key = envKey;
        else
            l.error = LlmError::make(LlmError::Kind::NoKey, key.error().detail);
        done(l);
    });
}

} // namespace EventDesk
