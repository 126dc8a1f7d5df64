#pragma once

#include <QDialog>
#include <QUuid>

class QComboBox;
class QPlainTextEdit;

namespace EventDesk
{
class StorageWorker;

// Compares two releases (or a release and the working copy): added, removed, moved and changed sessions.
class ReleaseDiffDialog : public QDialog
{
    Q_OBJECT

public:
    ReleaseDiffDialog(StorageWorker &worker, const QUuid &eventId, QWidget *parent = nullptr);

private:
    void compare();

    StorageWorker &m_worker;
    QUuid m_eventId;
    QComboBox *m_from;
    QComboBox *m_to;
    QPlainTextEdit *m_result;
};

} // namespace EventDesk
