#pragma once

#include "providerprofile.h"
#include "result.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace EventDesk
{

// API keys in the OS keychain (Secret Service, macOS Keychain, Windows Credential Manager) through
// qtkeychain. Every operation is asynchronous; nothing here blocks the calling thread.
class KeyStore : public QObject
{
    Q_OBJECT

public:
    struct Lookup {
        QString key;    // may be empty: a local server needs none
        QString notice; // one sentence for people, e.g. that no keychain service runs
        std::optional<Error> error;
    };

    explicit KeyStore(const QString &service = QStringLiteral("EventDesk"), QObject *parent = nullptr);

    void writeKey(const QString &keyRef, const QString &key, std::function<void(Result<void>)> done);
    void readKey(const QString &keyRef, std::function<void(Result<QString>)> done);
    void deleteKey(const QString &keyRef, std::function<void(Result<void>)> done);

    // The key for a profile: from the keychain entry named by keyRef; when no keychain service is
    // reachable, say so and use EVENTDESK_API_KEY. A profile without keyRef uses EVENTDESK_API_KEY or none.
    void keyFor(const ProviderProfile &profile, std::function<void(Lookup)> done);

    static bool isUnavailable(const Error &error); // no keychain service could be reached

private:
    QString m_service;
};

} // namespace EventDesk
