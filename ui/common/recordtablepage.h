#pragma once

#include "eventpage.h"

#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace EventDesk
{
class RecordTableModel;
class StorageWorker;

// A table of one kind of record of the current event, with a search box that filters its rows, and (with
// setEditing) Add, Edit and Delete: buttons, the table's context menu and the Delete key. Edit and Delete are
// enabled only while a record is selected.
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

    QList<QUuid> selectedIds() const;
    QLineEdit *searchBox() const { return m_search; }

private:
    void updateActions();

    QString m_title;
    QUuid m_eventId;
    std::function<void(const QUuid &, const QUuid &)> m_open;
    std::function<void(const QList<QUuid> &)> m_remove;

    RecordTableModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_search;
    QTableView *m_table;
    QWidget *m_buttons;
    QPushButton *m_editButton;
    QPushButton *m_deleteButton;
    QAction *m_addAction;
    QAction *m_editAction;
    QAction *m_deleteAction;
};

} // namespace EventDesk
