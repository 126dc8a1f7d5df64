#include "syncsession.h"

#include "pushstream.h"
#include "serverconnection.h"
#include "serverquery.h"
#include "serverschema.h"
#include "storage/eventstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <future>
#include <limits>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("EventDesk::SyncSession", text);
}

std::optional<RecordKind> kindFromName(const QString &name)
{
    for (RecordKind k :
         {RecordKind::Event, RecordKind::Room, RecordKind::Track, RecordKind::Session, RecordKind::Speaker,
          RecordKind::Participant, RecordKind::TicketType, RecordKind::ScheduleRelease})
        if (recordKindName(k) == name)
            return k;
    return std::nullopt;
}

QJsonValue parseJson(const QString &text)
{
    const QJsonArray wrap = QJsonDocument::fromJson((u'[' + text + u']').toUtf8()).array();
    return wrap.isEmpty() ? QJsonValue() : wrap.first();
}

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}
} // namespace

SyncSession::SyncSession(EventStore &store, QSqlDatabase server)
    : m_store(store), m_state(store), m_server(std::move(server))
{
}

QString SyncSession::channel() const
{
    return u"eventdesk_"_s +
           QString::fromLatin1(QCryptographicHash::hash(m_team.toUtf8(), QCryptographicHash::Md5).toHex());
}

Result<void> SyncSession::check()
{
    if (auto ok = m_state.ensureTables(); !ok)
        return ok;
    auto version = ServerSchema::version(m_server);
    if (!version)
        return version.error();
    if (version.value() == 0)
        return Error{ErrorCode::NotFound,
                     tr("This server has no EventDesk team schema yet; an administrator sets it up with "
                        "eventdesk-cli server init."),
                     {}};
    if (version.value() < ServerSchema::kVersion)
        return Error{
            ErrorCode::NotFound,
            tr("The team server has an older EventDesk schema (version %1); an administrator updates it "
               "with eventdesk-cli server init. Your edits stay on this computer.")
                .arg(version.value()),
            {}};
    if (version.value() > ServerSchema::kVersion)
        return Error{
            ErrorCode::NewerSchema,
            tr("The team server needs a newer EventDesk (server schema %1, this one knows %2); update "
               "EventDesk to sync. Your edits stay on this computer.")
                .arg(version.value())
                .arg(ServerSchema::kVersion),
            {}};
    QSqlQuery q(m_server);
    if (!q.exec(u"SELECT eventdesk.current_team(), eventdesk.member_name()"_s) || !q.next())
        return ServerConnection::error(tr("The team server could not be read."), q.lastError().text());
    if (q.value(0).isNull())
        return Error{ErrorCode::NotFound,
                     tr("The member %1 is not in any team on this server; ask an administrator to add you.")
                         .arg(m_server.userName()),
                     {}};
    m_team = q.value(0).toString();
    m_member = q.value(1).toString();
    auto serverId = ServerSchema::serverId(m_server);
    if (!serverId)
        return serverId.error();
    m_serverId = serverId.value();
    auto known = m_state.value(u"server_id"_s);
    auto knownTeam = m_state.value(u"team"_s);
    if (!known)
        return known.error();
    if (!knownTeam)
        return knownTeam.error();
    if (!knownTeam.value().isEmpty() && knownTeam.value() != m_team)
        return Error{
            ErrorCode::Conflict,
            tr("This workspace syncs with the team \"%1\", not \"%2\"; open another workspace for that "
               "team.")
                .arg(knownTeam.value(), m_team),
            {}};
    if (!known.value().isEmpty() && QUuid::fromString(known.value()) != m_serverId)
        return Error{ErrorCode::Conflict,
                     tr("The team server was reset or replaced since this workspace last synced; nothing was "
                        "changed here. Send this workspace to it again only if that is intended."),
                     {}};
    if (known.value().isEmpty()) {
        if (auto ok = m_state.setValue(u"server_id"_s, uuidText(m_serverId)); !ok)
            return ok;
        if (auto ok = m_state.setValue(u"team"_s, m_team); !ok)
            return ok;
    }
    return {};
}

Result<void> SyncSession::rejoin()
{
    if (auto ok = m_state.ensureTables(); !ok)
        return ok;
    return m_state.rejoin();
}

Result<void> SyncSession::markResolved(const QUuid &conflictId, bool resolved)
{
    if (auto ok = m_state.ensureTables(); !ok)
        return ok;
    return m_state.setResolvedLocally(conflictId, resolved);
}

Result<QUuid> SyncSession::renewClient()
{
    // (Nothing is lost and nothing needs the organizer: the copy's edits go out under its new id.)
    m_renewed = true;
    return m_state.renewClientId();
}

Result<void> SyncSession::claimClient()
{
    auto client = m_state.clientId();
    if (!client)
        return client.error();
    bool renewed = false;
    while (true) {
        auto lineage = m_state.lineage();
        if (!lineage)
            return lineage.error();
        QString error;
        const auto claimed = PushStream::claim(m_server, client.value(), lineage.value(), &error);
        if (!claimed)
            return ServerConnection::error(tr("The team server could not be read."), error);
        if (*claimed) {
            if (auto ok = m_state.claimed(lineage.value().next); !ok)
                return ok;
            // A token kept from an earlier claim is in every copy made of the workspace since: claim again
            // with a new one, so that such a copy finds a token it never had.
            if (!lineage.value().kept)
                return {};
            continue;
        }
        if (renewed) // (a new id is unknown to the server: claimed at once)
            return ServerConnection::error(tr("The team server could not be read."),
                                           u"a new client id was claimed already"_s);
        renewed = true;
        client = renewClient();
        if (!client)
            return client.error();
    }
}

Result<qint64> SyncSession::push(const Progress &progress, bool *cancelled, Step *afterPush)
{
    m_pushedHere.clear();
    auto client = m_state.clientId();
    if (!client)
        return client.error();
    // The server takes a mutation id it already has from this client for a replay. A workspace restored from
    // a backup made before its server had client claims (schema 4) numbers its new edits again from where the
    // backup stood: when the server has seen more of this client than the workspace holds, the unpushed edits
    // are numbered above what the server has, so none of them is skipped. (A later backup finds a claim it
    // never saw and takes a new client id instead.)
    QSqlQuery seen(m_server);
    seen.prepare(u"SELECT last_mutation FROM eventdesk.clients WHERE client_id = ?::uuid"_s);
    seen.addBindValue(uuidText(client.value()));
    if (!seen.exec())
        return ServerConnection::error(tr("The team server could not be read."), seen.lastError().text());
    if (seen.next()) {
        auto here = m_state.lastMutation();
        if (!here)
            return here.error();
        if (seen.value(0).toLongLong() > here.value())
            if (auto ok = m_state.renumberPending(seen.value(0).toLongLong()); !ok)
                return ok.error();
    }
    auto total = m_state.pendingCount();
    if (!total)
        return total.error();
    auto conflicts = m_state.conflicts();
    if (!conflicts)
        return conflicts.error();
    QList<SyncConflict> resolvedHere;
    for (const SyncConflict &c : conflicts.value())
        if (c.resolvedLocally)
            resolvedHere.append(c);
    auto failed = [](const QString &detail) {
        return ServerConnection::error(tr("Your changes could not be sent to the team server; they stay here "
                                          "and are sent at the next sync."),
                                       detail);
    };
    auto resolvesOf = [&resolvedHere](const OutgoingChange &o) {
        QJsonArray r;
        for (const SyncConflict &c : std::as_const(resolvedHere))
            if (c.kind == o.kind && c.recordId == o.recordId &&
                (c.field == u"deleted"_s || o.fieldObject().contains(c.field)))
                r.append(uuidText(c.id));
        return r;
    };
    qint64 done = 0;
    bool renewed = false;
    while (true) {
        // Each batch in one server transaction, which claims the client id first; its entries are sent while
        // the next ones are read. The claim's token is made when the batch has a first entry, so that a
        // workspace with nothing to push keeps none for its copies to share.
        PushStream stream(m_server, client.value());
        std::optional<SyncLineage> lineage;
        // Another copy of the workspace claimed the id since this sync began: the batch goes again, as a
        // client of its own.
        auto renewAfter = [&](const Error &failure) -> std::optional<Error> {
            if (!stream.claimedElsewhere() || renewed)
                return failure;
            renewed = true;
            client = renewClient();
            return client ? std::nullopt : std::optional<Error>(client.error());
        };
        auto batch = m_state.outgoing(
            batchSize,
            [&](const QList<OutgoingChange> &all, const QList<qsizetype> &positions) -> Result<void> {
                if (!lineage) {
                    auto made = m_state.lineage();
                    if (!made)
                        return made.error();
                    lineage = made.value();
                    stream.setLineage(*lineage);
                }
                for (const qsizetype at : positions)
                    if (!stream.add(all.at(at), at + 1, resolvesOf(all.at(at))))
                        return failed(stream.lastError());
                return {};
            });
        if (!batch) {
            if (auto error = renewAfter(batch.error()))
                return *error;
            continue;
        }
        if (batch.value().isEmpty())
            break;
        if (!stream.finish()) {
            if (auto error = renewAfter(failed(stream.lastError())))
                return *error;
            continue;
        }
        QList<qint64> ids;
        for (const OutgoingChange &o : batch.value()) {
            m_pushedHere.insert(o.recordId);
            if (ids.isEmpty() || ids.last() != o.mutationId)
                ids.append(o.mutationId);
        }
        // What this workspace notes of the batch: its entries pushed, and the claim's token.
        auto noteBatch = [this, ids, next = lineage->next]() -> Result<void> {
            if (auto ok = m_state.markPushed(ids); !ok)
                return ok.error();
            return m_state.claimed(next);
        };
        done += ids.size();
        // The batch that emptied the outbox (nothing was written after it meanwhile) is noted by the pull
        // after it, while the server reads the pull's first part.
        auto more = m_state.pendingAfter(ids.last());
        if (!more)
            return more.error();
        const bool last = !more.value();
        if (last && afterPush) {
            *afterPush = std::move(noteBatch);
        } else if (auto ok = noteBatch(); !ok) {
            return ok.error();
        }
        if (progress && !progress(done, total.value(), Phase::Push)) {
            *cancelled = true;
            return done;
        }
        if (last && afterPush)
            break;
    }
    if (!resolvedHere.isEmpty()) {
        QStringList ids;
        for (const SyncConflict &c : resolvedHere)
            ids.append(uuidText(c.id));
        QSqlQuery r(m_server);
        r.prepare(u"SELECT eventdesk.resolve(?::uuid[])"_s);
        r.addBindValue(QString(u'{' + ids.join(u',') + u'}'));
        if (!r.exec())
            return ServerConnection::error(tr("The resolved conflicts could not be sent to the team server."),
                                           r.lastError().text());
    }
    return done;
}

Result<void> SyncSession::fetchAbsentOwn(QList<IncomingChange> &page)
{
    QList<IncomingChange> unknown;
    for (const IncomingChange &c : std::as_const(page))
        if (c.own && !m_pushedHere.contains(c.recordId))
            unknown.append(c);
    if (unknown.isEmpty())
        return {};
    auto absent = m_state.absentOwn(unknown);
    if (!absent)
        return absent.error();
    if (absent.value().isEmpty())
        return {};
    QStringList ids;
    for (const QUuid &id : absent.value())
        ids.append(uuidText(id));
    ServerQuery q(m_server,
                  u"SELECT id::text, data::text, updated_utc FROM eventdesk.records_of(?::uuid[])"_s);
    q.bind(QString(u'{' + ids.join(u',') + u'}').toLatin1());
    if (!q.exec())
        return ServerConnection::error(
            tr("The team's changes could not be fetched; what arrived so far is kept."), q.lastError());
    QHash<QUuid, std::pair<QByteArray, QString>> whole;
    while (q.next())
        whole.insert(QUuid::fromString(QLatin1StringView(q.value(0))),
                     {q.value(1), QString::fromUtf8(q.value(2))});
    for (IncomingChange &c : page) {
        const auto found = whole.constFind(c.recordId);
        if (c.own && found != whole.cend()) {
            c.columns = found->first;
            c.updatedUtc = found->second;
            c.own = false;
        }
    }
    return {};
}

Result<qint64> SyncSession::pull(const Progress &progress, bool *cancelled, const Step &first, int ownAhead)
{
    auto client = m_state.clientId();
    if (!client)
        return client.error();
    auto cursor = m_state.cursor();
    if (!cursor)
        return cursor.error();
    // How many changes there are (for the progress) is known after the first part: counting what is left
    // after it scans the rest, so a pull of one part counts nothing.
    qint64 total = -1;
    ServerQuery count(m_server, u"SELECT eventdesk.pull_count(?::xid8, ?)"_s);
    ServerQuery q(m_server, u"SELECT txid::text, seq, kind, id::text, data::text, updated_utc "
                            "FROM eventdesk.pull(?::uuid, ?::xid8, ?, ?)"_s);
    const QByteArray clientText = uuidText(client.value()).toLatin1();
    // A page (a transaction here, and a cursor) is read in parts, so that the next part is read while this
    // thread writes the one before, from the page's start.
    const int maxPart = std::max(1, pageSize);
    const int partRows = std::clamp(partSize, 1, maxPart);
    struct Part {
        QList<IncomingChange> changes;
        int limit = 0;      // rows asked for: fewer came when it is the pull's last part
        qsizetype rows = 0; // rows read (a record kind this EventDesk does not know is skipped)
        SyncCursor end;     // the position of its last row
        qint64 rest = -1;   // how many changes come after the part before it, when asked
    };
    // Reads the part after a position, and first, if asked, counts what comes after it. It uses nothing but
    // the server's connection, so that it reads the next part on a thread of its own while this one writes
    // the part before it (on a large pull the two take about as long).
    auto read = [&](const SyncCursor &from, bool countRest, int limit) -> Result<Part> {
        Part page;
        page.end = from;
        page.limit = limit;
        if (countRest) {
            count.bind(from.txid.toLatin1());
            count.bind(QByteArray::number(from.seq));
            if (!count.exec() || !count.next())
                return ServerConnection::error(tr("The team's changes could not be fetched."),
                                               count.lastError());
            page.rest = count.value(0).toLongLong();
        }
        q.bind(clientText);
        q.bind(from.txid.toLatin1());
        q.bind(QByteArray::number(from.seq));
        q.bind(QByteArray::number(limit));
        if (!q.send() || !q.receive())
            return ServerConnection::error(
                tr("The team's changes could not be fetched; what arrived so far is kept."), q.lastError());
        page.changes.reserve(limit);
        // A part's rows share a few transactions and kinds: each is read as text once.
        QByteArray txid;
        QString txidText;
        QByteArray kindText;
        std::optional<RecordKind> kind;
        while (q.next()) {
            IncomingChange c;
            if (const QByteArray t = q.value(0); t != txid) {
                txid = t;
                txidText = QString::fromLatin1(t);
            }
            c.cursor.txid = txidText;
            c.cursor.seq = q.value(1).toLongLong();
            if (const QByteArray k = q.value(2); k != kindText) {
                kindText = k;
                kind = kindFromName(QString::fromLatin1(k));
            }
            c.recordId = QUuid::fromString(QLatin1StringView(q.value(3)));
            // Without data: this client's own change, which merged nothing else; this client has it all.
            c.own = q.isNull(4);
            if (!c.own) {
                c.columns = q.value(4);
                c.updatedUtc = QString::fromUtf8(q.value(5));
            }
            page.end = c.cursor;
            ++page.rows;
            if (!kind)
                continue; // a record kind this EventDesk does not know: the server schema check prevents it
            c.kind = *kind;
            page.changes.append(std::move(c));
        }
        return page;
    };
    // On a thread of its own only with libpq's handle (Qt's connection belongs to this thread); otherwise the
    // next part is read after this one is written.
    const auto launch = q.usesHandle() && count.usesHandle() ? std::launch::async : std::launch::deferred;
    qint64 done = 0;    // changes read, for the progress
    qint64 written = 0; // teammates' changes written here (own ones come back as bare positions)
    // The first part is read while this thread does what it was given (the push's last notes). This client's
    // own changes come back bare, with nothing to write: the first part is as large as what it pushed (its
    // reading hides behind those notes), and a part of own changes only is followed by a whole page.
    std::future<Result<Part>> reading =
        std::async(launch, read, cursor.value(), false, std::clamp(std::max(partRows, ownAhead), 1, maxPart));
    if (first) {
        if (auto ok = first(); !ok)
            return ok.error(); // (the read on its thread is waited for as its future goes)
    }
    bool last = false;      // the part handed over last was the pull's last
    qsizetype pageRows = 0; // rows of the page being written
    SyncCursor pageEnd = cursor.value();
    // The part read meanwhile, with what its count adds to the total.
    auto receive = [&]() -> Result<Part> {
        Result<Part> got = reading.get();
        if (got && got.value().rest >= 0)
            total += std::exchange(got.value().rest, -1);
        return got;
    };
    std::optional<Result<Part>> ahead; // received before the page it starts (for the progress's total)
    // The page's next part: the one read meanwhile, while the part after it is read.
    auto nextPart = [&]() -> Result<std::optional<QList<IncomingChange>>> {
        if (last || pageRows >= pageSize)
            return std::optional<QList<IncomingChange>>();
        Result<Part> got = ahead ? std::move(*ahead) : receive();
        ahead.reset();
        if (!got)
            return got.error();
        Part part = std::move(got.value());
        if (auto ok = fetchAbsentOwn(part.changes); !ok)
            return ok.error();
        last = part.rows < part.limit;
        const bool allOwn = std::all_of(part.changes.cbegin(), part.changes.cend(),
                                        [](const IncomingChange &c) { return c.own; });
        if (!last)
            reading =
                std::async(launch, read, part.end, total < 0, allOwn && part.rows > 0 ? maxPart : partRows);
        if (total < 0)
            total = part.rows;
        pageRows += part.rows;
        pageEnd = part.end;
        written += std::count_if(part.changes.cbegin(), part.changes.cend(),
                                 [](const IncomingChange &c) { return !c.own; });
        return std::optional<QList<IncomingChange>>(std::move(part.changes));
    };
    while (true) {
        pageRows = 0;
        if (auto applied = m_state.apply(nextPart, pageEnd); !applied)
            return applied.error();
        done += pageRows;
        if (!last)
            ahead = receive(); // (the total is known after the part that follows the first)
        // (cancelled: the next part may have been read, not written; the cursor stays at this page's end)
        if (progress && !progress(done, std::max(total, done), Phase::Pull) && !last) {
            *cancelled = true;
            return written;
        }
        if (last)
            break;
    }
    return written;
}

Result<qint64> SyncSession::refreshConflicts()
{
    QSqlQuery q(m_server);
    if (!q.exec(
            u"SELECT id::text, kind, record_id::text, field, kept::text, kept_by, kept_at, proposed::text, "
            "proposed_by, proposed_client::text, proposed_at FROM eventdesk.conflicts WHERE resolved_at IS "
            "NULL "
            "ORDER BY proposed_at, id"_s))
        return ServerConnection::error(tr("The team's conflicts could not be fetched."),
                                       q.lastError().text());
    QList<SyncConflict> open;
    while (q.next()) {
        SyncConflict c;
        c.id = QUuid::fromString(q.value(0).toString());
        c.kind = kindFromName(q.value(1).toString()).value_or(RecordKind::Event);
        c.recordId = QUuid::fromString(q.value(2).toString());
        c.field = q.value(3).toString();
        c.kept = parseJson(q.value(4).toString());
        c.keptBy = q.value(5).toString();
        c.keptUtc = q.value(6).toDateTime().toUTC();
        c.proposed = parseJson(q.value(7).toString());
        c.proposedBy = q.value(8).toString();
        c.proposedClient = QUuid::fromString(q.value(9).toString());
        c.proposedUtc = q.value(10).toDateTime().toUTC();
        open.append(c);
    }
    if (auto ok = m_state.replaceConflicts(open); !ok)
        return ok.error();
    return open.size();
}

Result<SyncReport> SyncSession::sync(const Progress &progress)
{
    m_renewed = false;
    if (auto ok = check(); !ok)
        return ok.error();
    if (auto ok = claimClient(); !ok)
        return ok.error();
    SyncReport report;
    Step afterPush;
    auto pushed = push(progress, &report.cancelled, &afterPush);
    if (!pushed)
        return pushed.error();
    report.pushed = pushed.value();
    if (report.cancelled && afterPush) {
        if (auto ok = afterPush(); !ok)
            return ok.error();
    }
    if (!report.cancelled) {
        auto pulled = pull(progress, &report.cancelled, afterPush,
                           int(std::min<qint64>(report.pushed, std::numeric_limits<int>::max())));
        if (!pulled)
            return pulled.error();
        report.pulled = pulled.value();
    }
    auto conflicts = refreshConflicts();
    if (!conflicts)
        return conflicts.error();
    report.conflicts = conflicts.value();
    auto pending = m_state.pendingCount();
    if (!pending)
        return pending.error();
    report.pending = pending.value();
    report.newClientId = m_renewed;
    report.finishedUtc = QDateTime::currentDateTimeUtc();
    if (auto ok = m_state.setValue(u"last_sync_utc"_s, report.finishedUtc.toString(Qt::ISODateWithMs)); !ok)
        return ok.error();
    return report;
}

} // namespace EventDesk
