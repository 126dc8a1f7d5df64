#pragma once

#include "model/record.h"

#include <QAbstractTableModel>
#include <QUuid>

namespace EventDesk
{
class StorageWorker;

// A read-only table of one kind of record of an event (rooms, tracks, sessions, speakers, participants),
// loaded on the storage thread and refreshed when the store reports a change of that kind.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    RecordTableModel(StorageWorker &worker, RecordKind kind, QObject *parent = nullptr);

    void setEvent(const QUuid &eventId, const QString &timeZone);
    RecordKind kind() const { return m_kind; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // What a column sorts by: the number or time behind the text ("45" after "120" no more; a Monday after
    // the Sunday before it), else the text.
    static constexpr int SortRole = Qt::UserRole + 1;

    struct Table {
        QStringList headers;
        QList<QStringList> rows;
        QList<QList<QVariant>>
            sortKeys;       // per row and column where the text does not sort right; may be empty
        QList<QUuid> ids;   // one per row
        int stretch = -1;   // the column that takes the table's spare width (-1: the last)
        QList<int> numeric; // columns of numbers, aligned right
    };
    // The column that takes the spare width: the name where the others are short (a room's capacity).
    int stretchColumn() const { return m_table.stretch < 0 ? columnCount() - 1 : m_table.stretch; }
    QUuid idAt(int row) const { return m_table.ids.value(row); }

public slots:
    void reload();

signals:
    void loaded(int rows);

private:
    StorageWorker &m_worker;
    RecordKind m_kind;
    QUuid m_eventId;
    QString m_timeZone;
    Table m_table;
    quint64 m_generation = 0;
};

} // namespace EventDesk
