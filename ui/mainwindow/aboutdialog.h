#pragma once

#include <QDialog>

class QLabel;

namespace EventDesk
{

class StorageWorker;

// Help › About EventDesk: what EventDesk does and the versions of EventDesk, Qt (running and built
// against), SQLite (asked of the workspace's connection on the storage thread) and the build.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(StorageWorker &worker, QWidget *parent = nullptr);

    // The versions as shown, one per line (for bug reports and tests).
    QString versionsText() const;

signals:
    void sqliteVersionShown(); // once the storage thread answered

private:
    void showVersions(const QString &sqlite);

    QLabel *m_versions = nullptr;
};

} // namespace EventDesk
