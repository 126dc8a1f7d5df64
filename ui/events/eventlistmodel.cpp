#include "eventlistmodel.h"

#include "storage/storageworker.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace EventDesk
{

EventListModel::EventListModel(StorageWorker &worker, QObject *parent)
    : QAbstractListModel(parent), m_worker(worker)
{
    connect(worker.store(), &EventStore::recordsChanged, this, [this](RecordKind kind) {
        if (kind == RecordKind::Event)
            reload();
    });
}

void EventListModel::reload()
{
    m_worker.run(
        this, [](EventStore &s) { return s.list<Event>(); },
        [this](const Result<QList<Event>> &result) {
            if (!result) {
                emit loadFailed(result.error().message);
                return;
            }
            beginResetModel();
            m_events = result.value();
            m_loaded = true;
            endResetModel();
            emit loaded();
        });
}

int EventListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

QVariant EventListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const Event &e = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return e.name;
    case Qt::ToolTipRole: // the whole name (the list cuts a long one), then when and where
        return QString(e.name + u'\n' +
                       tr("%1 – %2, %3")
                           .arg(QLocale().toString(e.startDate, QLocale::ShortFormat),
                                QLocale().toString(e.endDate, QLocale::ShortFormat), e.venueName));
    case IdRole:
        return e.meta.id;
    default:
        return {};
    }
}

const Event *EventListModel::eventAt(int row) const
{
    return row >= 0 && row < m_events.size() ? &m_events.at(row) : nullptr;
}

int EventListModel::rowOf(const QUuid &id) const
{
    for (qsizetype i = 0; i < m_events.size(); ++i)
        if (m_events.at(i).meta.id == id)
            return int(i);
    return -1;
}

} // namespace EventDesk
