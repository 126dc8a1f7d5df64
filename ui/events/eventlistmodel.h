#pragma once

#include "model/event.h"

#include <QAbstractListModel>

namespace EventDesk
{
class StorageWorker;

// The workspace's live events, loaded on the storage thread and refreshed after every commit.
class EventListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1 };
    explicit EventListModel(StorageWorker &worker, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    const Event *eventAt(int row) const;
    int rowOf(const QUuid &id) const;
    bool isLoaded() const { return m_loaded; }

public slots:
    void reload();

signals:
    void loaded();
    void loadFailed(const QString &message);

private:
    StorageWorker &m_worker;
    QList<Event> m_events;
    bool m_loaded = false;
};

} // namespace EventDesk
