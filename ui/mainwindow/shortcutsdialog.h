#pragma once

#include <QDialog>

class QAction;
class QLineEdit;
class QMainWindow;
class QTreeWidget;

namespace EventDesk
{

// Help › Keyboard Shortcuts: every action of the window that has a shortcut (its menus, its pages' actions,
// the ones that work only in one view), with its menu, found at run time so the list cannot fall behind.
// The filter matches the command, the shortcut and the menu.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QMainWindow *window, QWidget *parent = nullptr);

    // The actions the list shows, in its order: the menu bar's menus first, then the others.
    static QList<QAction *> actionsWithShortcuts(QMainWindow *window);
    // An action's text as a person reads it: without "&" accelerators, "(&N)" suffixes and a trailing "…".
    static QString plainText(const QString &text);
    // All of an action's shortcuts in the platform's notation ("Ctrl+N, Ctrl+Y").
    static QString shortcutText(const QAction *action);

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_list = nullptr;
};

} // namespace EventDesk
