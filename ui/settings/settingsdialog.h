#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace EventDesk
{
class SettingsPage;

// Edit › Preferences…: pages (General, Assistant, Team sync, Schedule) in a list on the left. Each page shows
// the stored settings; OK writes every page through Settings and emits applied(); Cancel writes nothing.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void showPage(const QString &objectName);

public slots:
    void accept() override;

signals:
    void applied();

private:
    QListWidget *m_list;
    QStackedWidget *m_stack;
    QLabel *m_problem;
    QList<SettingsPage *> m_pages;
};

} // namespace EventDesk
