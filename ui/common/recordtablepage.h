#pragma once

#include "eventpage.h"

class QLabel;
class QTableView;

namespace EventDesk {
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

private:
    QString m_title;
    RecordTableModel *m_model;
    QTableView *m_table;
};

} // namespace EventDesk
