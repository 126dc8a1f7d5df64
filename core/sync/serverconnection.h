#pragma once

#include "result.h"
#include "serverurl.h"

#include <QSqlDatabase>

namespace EventDesk
{

// One QPSQL connection to the team server, closed and removed with this object. Lives on the thread that
// opened it.
class ServerConnection
{
public:
    explicit ServerConnection(ServerUrl url);
    ~ServerConnection();
    ServerConnection(const ServerConnection &) = delete;
    ServerConnection &operator=(const ServerConnection &) = delete;

    Result<void> open();
    bool isOpen() const;
    QSqlDatabase db() const;
    const ServerUrl &url() const { return m_url; }

    // One sentence for a failed server call: unreachable, wrong password, or the detail otherwise.
    static Error error(const QString &what, const QString &detail);

private:
    ServerUrl m_url;
    QString m_name;
};

} // namespace EventDesk
