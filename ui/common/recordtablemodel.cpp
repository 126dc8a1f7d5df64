#include "recordtablemodel.h"

#include "storage/storageworker.h"

#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

#include <limits>

namespace EventDesk
{

namespace
{

QString names(const QHash<QUuid, QString> &byId, const QList<QUuid> &ids)
{
    QStringList out;
    for (const QUuid &id : ids)
        out.append(byId.value(id));
    return out.join(u", "_s);
}

template <typename T> QHash<QUuid, QString> nameIndex(EventStore &s, const QUuid &eventId)
{
    QHash<QUuid, QString> out;
    if (auto list = s.list<T>(eventId))
        for (const T &r : list.value())
            out.insert(r.meta.id, r.name);
    return out;
}

Result<RecordTableModel::Table> loadTable(EventStore &s, RecordKind kind, const QUuid &eventId,
                                          const QString &tz)
{
    using Table = RecordTableModel::Table;
    const QLocale locale;
    Table t;
    auto fail = [](const Error &e) { return Result<Table>(e); };
    switch (kind) {
    case RecordKind::Room: {
        auto list = s.list<Room>(eventId);
        if (!list)
            return fail(list.error());
        t.headers = {RecordTableModel::tr("Name"), RecordTableModel::tr("Capacity")};
        t.stretch = 0;
        t.numeric = {1};
        for (const Room &r : list.value()) {
            t.ids.append(r.meta.id);
            t.rows.append(
                {r.name, r.capacity > 0 ? locale.toString(r.capacity) : RecordTableModel::tr("Not set")});
            t.sortKeys.append({r.name, r.capacity});
        }
        break;
    }
    case RecordKind::Track: {
        auto list = s.list<Track>(eventId);
        if (!list)
            return fail(list.error());
        t.headers = {RecordTableModel::tr("Name"), RecordTableModel::tr("Colour")};
        t.stretch = 0;
        for (const Track &r : list.value()) {
            t.ids.append(r.meta.id);
            t.rows.append({r.name, r.color});
        }
        break;
    }
    case RecordKind::Speaker: {
        auto list = s.list<Speaker>(eventId);
        if (!list)
            return fail(list.error());
        t.headers = {RecordTableModel::tr("Name"), RecordTableModel::tr("Email"),
                     RecordTableModel::tr("Organisation")};
        for (const Speaker &r : list.value()) {
            t.ids.append(r.meta.id);
            t.rows.append({r.name, r.email, r.organisation});
        }
        break;
    }
    case RecordKind::Session: {
        auto list = s.list<Session>(eventId);
        if (!list)
            return fail(list.error());
        const auto rooms = nameIndex<Room>(s, eventId);
        const auto tracks = nameIndex<Track>(s, eventId);
        const auto speakers = nameIndex<Speaker>(s, eventId);
        const QTimeZone zone(tz.toUtf8());
        t.headers = {RecordTableModel::tr("Start"), RecordTableModel::tr("Minutes"),
                     RecordTableModel::tr("Room"),  RecordTableModel::tr("Title"),
                     RecordTableModel::tr("Track"), RecordTableModel::tr("Speakers")};
        for (const Session &r : list.value()) {
            t.ids.append(r.meta.id);
            t.rows.append({r.start.isValid()
                               ? locale.toString(r.start.toTimeZone(zone), u"ddd yyyy-MM-dd HH:mm"_s)
                               : RecordTableModel::tr("Unscheduled"),
                           locale.toString(r.durationMinutes), rooms.value(r.roomId), r.title,
                           tracks.value(r.trackId), names(speakers, r.speakerIds)});
            // (unscheduled sessions after the scheduled ones)
            const QStringList &row = t.rows.last();
            t.sortKeys.append(
                {r.start.isValid() ? r.start.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max(),
                 r.durationMinutes, row.at(2), row.at(3), row.at(4), row.at(5)});
        }
        break;
    }
    case RecordKind::Participant: {
        auto list = s.list<Participant>(eventId);
        if (!list)
            return fail(list.error());
        const auto tickets = nameIndex<TicketType>(s, eventId);
        t.headers = {RecordTableModel::tr("Name"), RecordTableModel::tr("Email"),
                     RecordTableModel::tr("Organisation"), RecordTableModel::tr("Ticket"),
                     RecordTableModel::tr("Status")};
        for (const Participant &r : list.value()) {
            t.ids.append(r.meta.id);
            t.rows.append({r.name, r.email, r.organisation, tickets.value(r.ticketTypeId),
                           participantStatusDisplayName(r.status)});
        }
        break;
    }
    case RecordKind::Event:
    case RecordKind::TicketType:
    case RecordKind::ScheduleRelease:
        break;
    }
    return t;
}

} // namespace

RecordTableModel::RecordTableModel(StorageWorker &worker, RecordKind kind, QObject *parent)
    : QAbstractTableModel(parent), m_worker(worker), m_kind(kind)
{
    connect(worker.store(), &EventStore::recordsChanged, this, [this](RecordKind changed) {
        if (changed == m_kind || (m_kind == RecordKind::Session && changed != RecordKind::Participant))
            reload();
    });
}

void RecordTableModel::setEvent(const QUuid &eventId, const QString &timeZone)
{
    m_eventId = eventId;
    m_timeZone = timeZone;
    reload();
}

void RecordTableModel::reload()
{
    if (m_eventId.isNull())
        return;
    const quint64 generation = ++m_generation;
    const RecordKind kind = m_kind;
    const QUuid eventId = m_eventId;
    const QString tz = m_timeZone;
    m_worker.run(
        this, [kind, eventId, tz](EventStore &s) { return loadTable(s, kind, eventId, tz); },
        [this, generation](const Result<Table> &result) {
            if (generation != m_generation || !result)
                return; // a newer load is on its way, or the read failed and the old rows stay
            beginResetModel();
            m_table = result.value();
            endResetModel();
            emit loaded(int(m_table.rows.size()));
        });
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.headers.size());
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == Qt::TextAlignmentRole && m_table.numeric.contains(index.column()))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole && index.row() < m_table.sortKeys.size())
        return m_table.sortKeys.at(index.row()).value(index.column());
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    return m_table.rows.value(index.row()).value(index.column());
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_table.headers.value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace EventDesk
