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

namespace
{
// Starts a qtkeychain job for keyRef that never falls back to plaintext; done gets the finished job or
// its error in one sentence, unless the store is gone by then. The job has no parent and deletes itself once
// the keychain answered: the keychain's answer comes back to the job (libsecret keeps a pointer to it), so a
// job deleted with its store before the answer would be written to after its deletion.
template <typename Job>
void runJob(Job *job, const QString &keyRef, const KeyStore *store, std::function<void(Result<Job *>)> done)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plaintext
    job->setKey(keyRef);
    QObject::connect(job, &QKeychain::Job::finished, store, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError)
            done(static_cast<Job *>(j));
        else
            done(keychainError(j));
    });
    job->start();
}
} // namespace

void KeyStore::writeKey(const QString &keyRef, const QString &key, std::function<void(Result<void>)> done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setTextData(key);
    runJob<QKeychain::WritePasswordJob>(job, keyRef, this,
                                        [done](auto r) { done(r ? Result<void>() : r.error()); });
}

void KeyStore::readKey(const QString &keyRef, std::function<void(Result<QString>)> done)
{
    runJob<QKeychain::ReadPasswordJob>(new QKeychain::ReadPasswordJob(m_service), keyRef, this,
                                       [done](auto r) {
                                           if (r)
                                               done(r.value()->textData());
                                           else
                                               done(r.error());
                                       });
}

void KeyStore::deleteKey(const QString &keyRef, std::function<void(Result<void>)> done)
{
    runJob<QKeychain::DeletePasswordJob>(new QKeychain::DeletePasswordJob(m_service), keyRef, this,
                                         [done](auto r) { done(r ? Result<void>() : r.error()); });
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
