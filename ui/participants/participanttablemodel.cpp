#include "participanttablemodel.h"

#include "storage/customquestionstore.h"
#include "storage/storageworker.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{
Result<ParticipantTableModel::Data> loadData(EventStore &s, const QUuid &eventId)
{
    ParticipantTableModel::Data d;
    auto event = s.get<Event>(eventId);
    if (!event)
        return event.error();
    d.event = event.value();
    auto tickets = s.list<TicketType>(eventId);
    if (!tickets)
        return tickets.error();
    d.tickets = tickets.value();
    auto participants = s.list<Participant>(eventId);
    if (!participants)
        return participants.error();
    d.participants = participants.value();
    // The table's default order (name, as people read it), sorted once here off the GUI thread so that
    // filtering by keystroke never sorts. The store lists in registration order.
    QCollator collator;
    collator.setNumericMode(true);
    QList<std::pair<QCollatorSortKey, qsizetype>> keys;
    keys.reserve(d.participants.size());
    for (qsizetype i = 0; i < d.participants.size(); ++i)
        keys.append({collator.sortKey(d.participants.at(i).name), i});
    std::stable_sort(keys.begin(), keys.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<Participant> byName;
    byName.reserve(d.participants.size());
    for (const auto &k : std::as_const(keys))
        byName.append(std::move(d.participants[k.second]));
    d.participants = std::move(byName);
    auto questions = CustomQuestionStore(s).list(eventId);
    if (!questions)
        return questions.error();
    d.questions = questions.value();
    return d;
}
} // namespace

ParticipantTableModel::ParticipantTableModel(StorageWorker &worker, QObject *parent)
    : QAbstractTableModel(parent), m_worker(worker)
{
    connect(worker.store(), &EventStore::recordsChanged, this, [this](RecordKind kind) {
        if (kind == RecordKind::Participant || kind == RecordKind::TicketType || kind == RecordKind::Event)
            reload();
    });
}

void ParticipantTableModel::setEvent(const QUuid &eventId)
{
    if (eventId == m_eventId && m_loaded)
        return;
    m_eventId = eventId;
    m_loaded = false;
    reload();
}

void ParticipantTableModel::reload()
{
    if (m_eventId.isNull())
        return;
    const quint64 generation = ++m_generation;
    const QUuid eventId = m_eventId;
    m_worker.run(
        this, [eventId](EventStore &s) { return loadData(s, eventId); },
        [this, generation](const Result<Data> &result) {
            if (generation != m_generation || !result)
                return;
            beginResetModel();
            m_event = result.value().event;
            m_tickets = result.value().tickets;
            m_questions = result.value().questions;
            m_ticketNames.clear();
            for (const TicketType &t : std::as_const(m_tickets))
                m_ticketNames.insert(t.meta.id, t.name);
            m_all = result.value().participants;
            m_index.reset(m_all);
            m_checkedIn = int(std::count_if(m_all.cbegin(), m_all.cend(), [](const Participant &p) {
                return p.status == ParticipantStatus::CheckedIn;
            }));
            m_expected = int(std::count_if(m_all.cbegin(), m_all.cend(), [](const Participant &p) {
                return p.status == ParticipantStatus::CheckedIn || p.status == ParticipantStatus::Confirmed;
            }));
            m_matchedFilter.reset();
            applyFilter();
            m_loaded = true;
            endResetModel();
            emit loaded(int(m_rows.size()));
        });
}

void ParticipantTableModel::setFilter(const ParticipantFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    applyFilter();
    endResetModel();
}

void ParticipantTableModel::applyFilter()
{
    if (m_matchedFilter && ParticipantIndex::narrows(*m_matchedFilter, m_filter))
        m_matches = m_index.filter(m_filter, m_matches);
    else
        m_matches = m_index.filter(m_filter);
    m_matchedFilter = m_filter;
    m_rows = m_matches;
    if (m_sortColumn == NameColumn && m_sortOrder == Qt::AscendingOrder)
        return; // loadData sorted by name already
    QCollator collator;
    collator.setNumericMode(true);
    auto key = [this](int i) -> QString {
        const Participant &p = m_all.at(i);
        switch (m_sortColumn) {
        case EmailColumn:
            return p.email;
        case OrganisationColumn:
            return p.organisation;
        case TicketColumn:
            return m_ticketNames.value(p.ticketTypeId);
        case StatusColumn:
            return QString::number(int(p.status));
        case PhoneColumn:
            return p.phone;
        case RegisteredColumn:
            return p.meta.createdUtc.toString(Qt::ISODateWithMs);
        default:
            return p.name;
        }
    };
    QList<std::pair<QString, int>> keyed;
    keyed.reserve(m_rows.size());
    for (int i : std::as_const(m_rows))
        keyed.append({key(i), i});
    std::stable_sort(keyed.begin(), keyed.end(), [&](const auto &a, const auto &b) {
        const int c = collator.compare(a.first, b.first);
        return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    for (qsizetype k = 0; k < keyed.size(); ++k)
        m_rows[k] = keyed.at(k).second;
}

void ParticipantTableModel::sort(int column, Qt::SortOrder order)
{
    beginResetModel();
    m_sortColumn = column;
    m_sortOrder = order;
    applyFilter();
    endResetModel();
}

int ParticipantTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ParticipantTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParticipantTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Participant &p = participantAt(index.row());
    if (role == IdRole)
        return p.meta.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return p.name;
    case EmailColumn:
        return p.email;
    case OrganisationColumn:
        return p.organisation;
    case TicketColumn:
        return m_ticketNames.value(p.ticketTypeId);
    case StatusColumn:
        return participantStatusDisplayName(p.status);
    case PhoneColumn:
        return p.phone;
    case RegisteredColumn:
        return QLocale().toString(p.meta.createdUtc.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QString ParticipantTableModel::columnKey(int column)
{
    switch (column) {
    case NameColumn:
        return u"name"_s;
    case EmailColumn:
        return u"email"_s;
    case OrganisationColumn:
        return u"organisation"_s;
    case TicketColumn:
        return u"ticket"_s;
    case StatusColumn:
        return u"status"_s;
    case PhoneColumn:
        return u"phone"_s;
    case RegisteredColumn:
        return u"registered"_s;
    default:
        return {};
    }
}

QVariant ParticipantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case OrganisationColumn:
        return tr("Organisation");
    case TicketColumn:
        return tr("Ticket type");
    case StatusColumn:
        return tr("Status");
    case PhoneColumn:
        return tr("Phone");
    case RegisteredColumn:
        return tr("Registered");
    default:
        return {};
    }
}

std::optional<Participant> ParticipantTableModel::findById(const QUuid &id) const
{
    for (const Participant &p : m_all)
        if (p.meta.id == id)
            return p;
    return std::nullopt;
}

int ParticipantTableModel::rowOf(const QUuid &id) const
{
    for (qsizetype r = 0; r < m_rows.size(); ++r)
        if (m_all.at(m_rows.at(r)).meta.id == id)
            return int(r);
    return -1;
}

} // namespace EventDesk
