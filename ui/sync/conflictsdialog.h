#pragma once

#include "sync/conflictresolver.h"

#include <QDialog>

class QInputDialog;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace EventDesk
{

class StorageWorker;

// Edit › Conflicts…: the team-sync conflicts of the workspace, each with the record, the field, both values
// and who wrote them when. Keep Mine, Take Theirs and Edit… resolve the selected one as one undo step
// (ResolveConflict, through the Command facade); the list follows the workspace's changes. Reads on the
// storage thread.
class ConflictsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConflictsDialog(StorageWorker &worker, QWidget *parent = nullptr);

    int conflictCount() const { return int(m_rows.size()); }

public slots:
    // Reads the open conflicts again (a sync that changed them: SyncWorker::conflictsChanged).
    void refresh();

signals:
    // A refresh landed.
    void loaded();

private:
    struct Row {
        ConflictSides sides;
        QString record;
    };
    void display(const QList<Row> &rows);
    void updateButtons();
    const Row *current() const;
    void resolve(ConflictResolver::Choice choice, const QJsonValue &value = {});
    void editValue();

    StorageWorker &m_worker;
    QList<Row> m_rows;
    QStackedWidget *m_pages;
    QTableWidget *m_table;
    QLabel *m_empty;
    QLabel *m_message;
    QPushButton *m_keepMine;
    QPushButton *m_takeTheirs;
    QPushButton *m_edit;
    QUuid m_selected;
    bool m_refreshQueued = false;
    bool m_loading = false;
};

} // namespace EventDesk
