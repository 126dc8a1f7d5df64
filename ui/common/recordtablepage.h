#pragma once

#include "eventpage.h"

#include <functional>

class QLabel;
class QTableView;

namespace EventDesk
{
class RecordTableModel;
class StorageWorker;

// A read-only table of one kind of record of the current event.
class RecordTablePage : public EventPage
{
    Q_OBJECT

public:
    RecordTablePage(StorageWorker &worker, RecordKind kind, const QString &title, QWidget *parent = nullptr);
    QString title() const override { return m_title; }
    void setEvent(const Event &event) override;
    RecordTableModel *model() const { return m_model; }
    // Turns on Add/Edit/Delete: open(id) opens the form (a null id: a new record), remove deletes.
    void setEditing(std::function<void(const QUuid &eventId, const QUuid &id)> open,
                    std::function<void(const QList<QUuid> &ids)> remove);

private:
    QList<QUuid> selectedIds() const;

    QString m_title;
    QUuid m_eventId;
    std::function<void(const QUuid &, const QUuid &)> m_open;
    std::function<void(const QList<QUuid> &)> m_remove;

    RecordTableModel *m_model;
    QTableView *m_table;
    QWidget *m_buttons;
};

} // namespace EventDesk
