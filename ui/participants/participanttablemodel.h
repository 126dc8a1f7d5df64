#pragma once

#include "model/customquestion.h"
#include "model/event.h"
#include "model/participant.h"
#include "model/tickettype.h"
#include "registration/participantfilter.h"

#include <QAbstractTableModel>

namespace EventDesk
{
class StorageWorker;

// The registrations of one event, loaded on the storage thread into plain records and filtered in place
// (search, status, ticket type) and sorted without copying into an item model. Reloads when the store
// reports a change of participants or ticket types.
class ParticipantTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        EmailColumn,
        OrganisationColumn,
        TicketColumn,
        StatusColumn,
        PhoneColumn,
        RegisteredColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit ParticipantTableModel(StorageWorker &worker, QObject *parent = nullptr);

    // A stable name per column (name, email, …) for remembering the user's choice of columns.
    static QString columnKey(int column);

    void setEvent(const QUuid &eventId);
    QUuid eventId() const { return m_eventId; }
    void setFilter(const ParticipantFilter &filter);
    const ParticipantFilter &filter() const { return m_filter; }
    bool isLoaded() const { return m_loaded; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

    const Participant &participantAt(int row) const { return m_all.at(m_rows.at(row)); }
    const QList<Participant> &allParticipants() const { return m_all; }
    const QList<TicketType> &ticketTypes() const { return m_tickets; }
    const Event &event() const { return m_event; }
    const QList<CustomQuestion> &questions() const { return m_questions; }
    QString ticketName(const QUuid &id) const { return m_ticketNames.value(id); }
    std::optional<Participant> findById(const QUuid &id) const;
    int rowOf(const QUuid &id) const; // -1 when not shown
    int checkedInCount() const { return m_checkedIn; }
    int expectedCount() const { return m_expected; } // confirmed or checked in

    struct Data {
        Event event;
        QList<TicketType> tickets;
        QList<Participant> participants;
        QList<CustomQuestion> questions;
    };

public slots:
    void reload();

signals:
    void loaded(int rows);

private:
    void applyFilter();

    StorageWorker &m_worker;
    QUuid m_eventId;
    Event m_event;
    QList<TicketType> m_tickets;
    QList<CustomQuestion> m_questions;
    QHash<QUuid, QString> m_ticketNames;
    QList<Participant> m_all;
    ParticipantIndex m_index;
    QList<int> m_rows; // indices into m_all, filtered and sorted
    ParticipantFilter m_filter;
    // The last filter's matches in m_all order, so that a keystroke narrowing it scans only those.
    QList<int> m_matches;
    std::optional<ParticipantFilter> m_matchedFilter; // empty after a reload
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    quint64 m_generation = 0;
    bool m_loaded = false;
    // Counted when the participants load (the footer shows them after every keystroke).
    int m_checkedIn = 0;
    int m_expected = 0;
};

} // namespace EventDesk
