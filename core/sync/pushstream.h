#pragma once

#include "storage/syncstate.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

#include <optional>
#include <utility>

namespace EventDesk
{

// One batch of a push on its way to the team server, in one server transaction. With libpq's handle, each
// change is sent as soon as it is added (COPY into the server's batch table, so the server parses these rows
// while the client reads the next ones), and finish() applies the batch (push_staged) and commits. Without
// it, the changes are gathered into one JSON document that finish() sends through Qt's driver
// (eventdesk.push). Either way the transaction first claims the client id for this copy of the workspace
// (claim()), so that a batch is never taken for a replay of another copy's. What is not finished is rolled
// back. Transport only: the caller words the errors (lastError() is the server's or the driver's sentence).
class PushStream
{
public:
    PushStream(QSqlDatabase server, const QUuid &client);
    ~PushStream();
    PushStream(const PushStream &) = delete;
    PushStream &operator=(const PushStream &) = delete;

    // The tokens of the claim, before the first change is added.
    void setLineage(const SyncLineage &lineage) { m_lineage = lineage; }
    // position: the change's place in the batch, from 1 (the server numbers new records in this order);
    // resolves: the ids of the conflicts the change resolves.
    bool add(const OutgoingChange &change, qsizetype position, const QJsonArray &resolves);
    bool finish();
    QString lastError() const { return m_error; }
    // The push failed because another copy of the workspace claimed the client id since this one did.
    bool claimedElsewhere() const { return m_claimedElsewhere; }

    // Moves the server's token of `client` from lineage.was to lineage.next (eventdesk.claim), in the
    // connection's transaction if one is open: true when done (or done before), false when the server holds
    // a token this copy never had (another copy claimed the id), nullopt on an error (set in *error).
    static std::optional<bool> claim(QSqlDatabase server, const QUuid &client, const SyncLineage &lineage,
                                     QString *error);

private:
    bool start();
    // Opens the batch's transaction and claims the client id in it.
    bool beginClaimed();
    bool commit();
    bool flush();
    void abort();

    QSqlDatabase m_server;
    QUuid m_clientId;
    QByteArray m_client;
    SyncLineage m_lineage;
    bool m_copy = false;                                  // through COPY (libpq's handle at hand)
    bool m_started = false;                               // the transaction is open
    bool m_copying = false;                               // the COPY runs
    QByteArray m_rows;                                    // COPY rows not sent yet
    QList<std::pair<qsizetype, QJsonObject>> m_mutations; // without COPY: the whole batch, by position
    QString m_error;
    bool m_claimedElsewhere = false;
};

} // namespace EventDesk
