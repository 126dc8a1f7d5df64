#include "pushstream.h"

#include "serverquery.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{
// Rows are sent 128 KB at a time: the server parses them while the next are read and encoded, and has little
// left to parse after the last (sent a megabyte at a time, 10,000 edits left it about 10 ms of them).
constexpr qsizetype kSendAt = 1 << 17;

QByteArray uuidText(const QUuid &id)
{
    return id.toByteArray(QUuid::WithoutBraces);
}

// COPY's text format: tab-separated, \N for null; compact JSON has no raw tab or newline, only backslashes.
void appendEscaped(QByteArray &rows, const QByteArray &text)
{
    if (text.contains('\\'))
        rows += QByteArray(text).replace('\\', "\\\\");
    else
        rows += text;
}
} // namespace

PushStream::PushStream(QSqlDatabase server, const QUuid &client)
    : m_server(std::move(server)), m_clientId(client), m_client(uuidText(client)),
      m_copy(ServerQuery::canCopy(m_server))
{
}

std::optional<bool> PushStream::claim(QSqlDatabase server, const QUuid &client, const SyncLineage &lineage,
                                      QString *error)
{
    ServerQuery q(server, u"SELECT eventdesk.claim(?::uuid, ?::uuid, ?::uuid)::int"_s);
    q.bind(uuidText(client));
    q.bind(lineage.was.isNull() ? QByteArray() : uuidText(lineage.was)); // (null: none yet)
    q.bind(uuidText(lineage.next));
    if (!q.exec() || !q.next()) {
        *error = q.lastError();
        return std::nullopt;
    }
    return q.value(0) == "1";
}

bool PushStream::beginClaimed()
{
    if (!m_server.transaction()) {
        m_error = m_server.lastError().text();
        return false;
    }
    m_started = true;
    const auto claimed = claim(m_server, m_clientId, m_lineage, &m_error);
    if (!claimed)
        return false;
    if (!*claimed) {
        m_claimedElsewhere = true;
        m_error = u"another copy of this workspace claimed its client id"_s;
        return false;
    }
    return true;
}

PushStream::~PushStream()
{
    abort();
}

bool PushStream::start()
{
    if (!m_copy || m_started)
        return true;
    if (!beginClaimed())
        return false;
    ServerQuery begin(m_server, u"SELECT eventdesk.push_begin()"_s);
    if (!begin.exec()) {
        m_error = begin.lastError();
        return false;
    }
    m_copying = ServerQuery::copyBegin(
        m_server,
        u"COPY pg_temp.eventdesk_batch (o, m, kind, id, base, fields, resolves, updated_utc) FROM STDIN"_s,
        &m_error);
    return m_copying;
}

bool PushStream::add(const OutgoingChange &o, qsizetype position, const QJsonArray &resolves)
{
    if (!m_copy) {
        QJsonObject m{{u"m"_s, o.mutationId},
                      {u"kind"_s, recordKindName(o.kind)},
                      {u"id"_s, QString::fromLatin1(uuidText(o.recordId))},
                      {u"base"_s, o.base},
                      {u"fields"_s, o.fieldObject()}};
        if (!o.updatedUtc.isEmpty())
            m.insert(u"updated_utc"_s, o.updatedUtc);
        if (!resolves.isEmpty())
            m.insert(u"resolves"_s, resolves);
        m_mutations.append({position, m});
        return true;
    }
    if (!m_started && !start())
        return false;
    if (m_rows.isEmpty())
        m_rows.reserve(kSendAt + 4096);
    m_rows += QByteArray::number(position) + '\t' + QByteArray::number(o.mutationId) + '\t' +
              recordKindName(o.kind).toLatin1() + '\t' + uuidText(o.recordId) + '\t' +
              QByteArray::number(o.base) + '\t';
    appendEscaped(m_rows, o.fields);
    m_rows += '\t';
    if (resolves.isEmpty())
        m_rows += "\\N";
    else
        appendEscaped(m_rows, QJsonDocument(resolves).toJson(QJsonDocument::Compact));
    m_rows += '\t';
    if (o.updatedUtc.isEmpty())
        m_rows += "\\N";
    else
        appendEscaped(m_rows, o.updatedUtc.toUtf8());
    m_rows += '\n';
    return m_rows.size() < kSendAt || flush();
}

bool PushStream::flush()
{
    const bool ok = ServerQuery::copyPut(m_server, m_rows, &m_error);
    m_rows.clear();
    return ok;
}

bool PushStream::finish()
{
    if (!m_copy) {
        if (m_mutations.isEmpty())
            return true;
        // One document through Qt's driver, in one statement, in the batch's order (the server numbers new
        // records in the order of the array; the changes come a group of alike entries at a time).
        std::sort(m_mutations.begin(), m_mutations.end(),
                  [](const auto &x, const auto &y) { return x.first < y.first; });
        QJsonArray batch;
        for (const auto &[position, m] : std::as_const(m_mutations))
            batch.append(m);
        m_mutations.clear();
        if (!beginClaimed())
            return false;
        ServerQuery q(m_server, u"SELECT eventdesk.push(?::uuid, ?::jsonb)"_s);
        q.bind(m_client);
        q.bind(QJsonDocument(batch).toJson(QJsonDocument::Compact));
        if (!q.exec()) {
            m_error = q.lastError();
            return false;
        }
        return commit();
    }
    if (!m_started)
        return true;
    if (!flush())
        return false;
    m_copying = false;
    if (!ServerQuery::copyEnd(m_server, &m_error))
        return false;
    ServerQuery apply(m_server, u"SELECT eventdesk.push_staged(?::uuid)"_s);
    apply.bind(m_client);
    if (!apply.exec()) {
        m_error = apply.lastError();
        return false;
    }
    return commit();
}

bool PushStream::commit()
{
    m_started = false;
    if (!m_server.commit()) {
        m_error = m_server.lastError().text();
        m_server.rollback();
        return false;
    }
    return true;
}

void PushStream::abort()
{
    if (!m_started)
        return;
    m_started = false;
    if (m_copying) {
        m_copying = false;
        QString ignored;
        ServerQuery::copyEnd(m_server, &ignored, "the push was stopped");
    }
    m_server.rollback();
}

} // namespace EventDesk
