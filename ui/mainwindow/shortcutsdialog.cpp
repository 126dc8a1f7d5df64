#include "shortcutsdialog.h"

#include "common/eventpage.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{

// The menu path of every action in the menu bar ("Edit", "View › Language").
void collectMenu(const QMenu *menu, const QString &path, QList<QAction *> &order,
                 QHash<QAction *, QString> &where)
{
    for (QAction *a : menu->actions()) {
        if (a->isSeparator())
            continue;
        if (a->menu()) {
            collectMenu(a->menu(), path + u" › "_s + ShortcutsDialog::plainText(a->text()), order, where);
            continue;
        }
        if (!where.contains(a)) {
            where.insert(a, path);
            order.append(a);
        }
    }
}

// Where an action outside the menus acts: the page or dock it belongs to ("Sessions page"), else nothing.
QString placeOf(const QAction *action)
{
    for (const QObject *o = action->parent(); o; o = o->parent()) {
        if (const auto *page = qobject_cast<const EventPage *>(o))
            return ShortcutsDialog::tr("%1 page").arg(page->title());
        if (const auto *dock = qobject_cast<const QDockWidget *>(o))
            return dock->windowTitle();
    }
    return {};
}

void collectMenuBar(QMainWindow *window, QList<QAction *> &order, QHash<QAction *, QString> &where)
{
    if (QMenuBar *bar = window->menuBar())
        for (QAction *top : bar->actions())
            if (top->menu())
                collectMenu(top->menu(), ShortcutsDialog::plainText(top->text()), order, where);
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QMainWindow *window, QWidget *parent) : QDialog(parent)
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"shortcutFilter"_s);
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Type a command or a key"));
    auto *filterLabel = new QLabel(tr("&Search:"), this);
    filterLabel->setBuddy(m_filter);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"shortcutList"_s);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Command"), tr("Shortcut"), tr("Menu or page")});

    QList<QAction *> menuOrder;
    QHash<QAction *, QString> where;
    collectMenuBar(window, menuOrder, where);
    for (QAction *a : actionsWithShortcuts(window)) {
        const QString place = where.contains(a) ? where.value(a) : placeOf(a);
        auto *item = new QTreeWidgetItem(m_list, {plainText(a->text()), shortcutText(a), place});
        item->setData(0, Qt::UserRole, a->objectName());
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);

    auto *top = new QHBoxLayout;
    top->addWidget(filterLabel);
    top->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(560, 520);
    m_filter->setFocus();
}

QList<QAction *> ShortcutsDialog::actionsWithShortcuts(QMainWindow *window)
{
    QList<QAction *> order;
    QHash<QAction *, QString> where;
    collectMenuBar(window, order, where);
    // Actions outside the menus: the window's own and its views' (a grid's, a table's context actions).
    QList<QAction *> others = window->actions();
    others += window->findChildren<QAction *>();
    QSet<QAction *> seen(order.cbegin(), order.cend());
    QList<QAction *> rest;
    for (QAction *a : std::as_const(others))
        if (!seen.contains(a) && !a->isSeparator() && !a->menu()) {
            seen.insert(a);
            rest.append(a);
        }
    std::stable_sort(rest.begin(), rest.end(), [](const QAction *a, const QAction *b) {
        return plainText(a->text()).localeAwareCompare(plainText(b->text())) < 0;
    });
    order += rest;
    QList<QAction *> out;
    for (QAction *a : std::as_const(order))
        if (!a->shortcuts().isEmpty() && !plainText(a->text()).isEmpty())
            out.append(a);
    return out;
}

QString ShortcutsDialog::plainText(const QString &text)
{
    static const QRegularExpression chineseAccelerator(u"\\(&[^)]\\)"_s);
    QString out = text;
    out.remove(chineseAccelerator);
    out.replace(u"&&"_s, QString(QChar(0x1)));
    out.remove(u'&');
    out.replace(QChar(0x1), u'&');
    if (out.endsWith(u"…"_s))
        out.chop(1);
    else if (out.endsWith(u"..."_s))
        out.chop(3);
    return out.trimmed();
}

QString ShortcutsDialog::shortcutText(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &k : action->shortcuts())
        keys.append(k.toString(QKeySequence::NativeText));
    return keys.join(u", "_s);
}

void ShortcutsDialog::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        bool match = needle.isEmpty();
        for (int c = 0; !match && c < m_list->columnCount(); ++c)
            match = item->text(c).contains(needle, Qt::CaseInsensitive);
        item->setHidden(!match);
    }
}

} // namespace EventDesk
