#include "recordtablepage.h"

#include "recordtablemodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace EventDesk
{

RecordTablePage::RecordTablePage(StorageWorker &worker, RecordKind kind, const QString &title,
                                 QWidget *parent)
    : EventPage(parent), m_title(title), m_model(new RecordTableModel(worker, kind, this)),
      m_filter(new QSortFilterProxyModel(this)), m_search(new QLineEdit(this)), m_table(new QTableView(this)),
      m_buttons(new QWidget(this))
{
    const QString kindName = recordKindName(kind);
    setObjectName(kindName + u"Page"_s);
    auto *heading = new QLabel(title, this);
    m_search->setObjectName(kindName + u"Search"_s);
    m_search->setPlaceholderText(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search %1").arg(title));
    setFocusProxy(m_search); // Go › section puts the cursor here
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(-1); // any column
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setSortRole(RecordTableModel::SortRole);
    m_filter->setSortLocaleAware(true);
    m_table->setObjectName(kindName + u"Table"_s);
    m_table->setAccessibleName(title);
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    // A click on a column's header (or Space on it) sorts by it; first by the first column, ascending.
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    auto *add = new QPushButton(tr("&Add…"), m_buttons);
    add->setObjectName(kindName + u"AddButton"_s);
    m_editButton = new QPushButton(tr("Ed&it…"), m_buttons);
    m_editButton->setObjectName(kindName + u"EditButton"_s);
    m_deleteButton = new QPushButton(tr("&Delete"), m_buttons);
    m_deleteButton->setObjectName(kindName + u"DeleteButton"_s);
    auto *buttonLayout = new QHBoxLayout(m_buttons);
    buttonLayout->setContentsMargins(0, 0, 0, 0);
    buttonLayout->addWidget(add);
    buttonLayout->addWidget(m_editButton);
    buttonLayout->addWidget(m_deleteButton);
    m_buttons->hide();
    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addWidget(m_search, 1);
    top->addWidget(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table);

    // The same commands in the table's context menu (the Delete key works in the table only).
    m_addAction = new QAction(tr("Add…"), this);
    m_addAction->setObjectName(kindName + u"AddAction"_s);
    m_editAction = new QAction(tr("Edit…"), this);
    m_editAction->setObjectName(kindName + u"EditAction"_s);
    m_deleteAction = new QAction(tr("Delete"), this);
    m_deleteAction->setObjectName(kindName + u"DeleteAction"_s);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto addNew = [this] {
        if (m_open)
            m_open(m_eventId, QUuid());
    };
    connect(add, &QPushButton::clicked, this, addNew);
    connect(m_addAction, &QAction::triggered, this, addNew);
    auto editCurrent = [this] {
        const QList<QUuid> ids = selectedIds();
        if (m_open && !ids.isEmpty())
            m_open(m_eventId, ids.first());
    };
    connect(m_editButton, &QPushButton::clicked, this, editCurrent);
    connect(m_editAction, &QAction::triggered, this, editCurrent);
    connect(m_table, &QTableView::doubleClicked, this, editCurrent);
    auto removeSelected = [this] {
        const QList<QUuid> ids = selectedIds();
        if (m_remove && !ids.isEmpty())
            m_remove(ids);
    };
    connect(m_deleteButton, &QPushButton::clicked, this, removeSelected);
    connect(m_deleteAction, &QAction::triggered, this, removeSelected);
    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RecordTablePage::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RecordTablePage::updateActions);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &RecordTablePage::updateActions);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &RecordTablePage::updateActions);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &RecordTablePage::updateActions);
    connect(m_model, &RecordTableModel::loaded, this, [this] {
        m_table->resizeColumnsToContents();
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 360));
        // The spare width goes to the kind's main column (a room's name, not its capacity).
        const int stretch = m_model->stretchColumn();
        const bool last = stretch == m_model->columnCount() - 1;
        m_table->horizontalHeader()->setStretchLastSection(last);
        if (!last)
            m_table->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
        updateActions();
    });
    updateActions();
}

void RecordTablePage::setEditing(std::function<void(const QUuid &, const QUuid &)> open,
                                 std::function<void(const QList<QUuid> &)> remove)
{
    m_open = std::move(open);
    m_remove = std::move(remove);
    m_buttons->setVisible(bool(m_open));
    const QList<QAction *> actions = m_table->actions();
    for (QAction *a : actions)
        m_table->removeAction(a);
    if (m_open)
        m_table->addActions({m_addAction, m_editAction, m_deleteAction});
    updateActions();
}

void RecordTablePage::updateActions()
{
    const bool selected = !selectedIds().isEmpty();
    m_editButton->setEnabled(selected && m_open);
    m_editAction->setEnabled(selected && m_open);
    m_deleteButton->setEnabled(selected && m_remove);
    m_deleteAction->setEnabled(selected && m_remove);
}

QList<QUuid> RecordTablePage::selectedIds() const
{
    QList<QUuid> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(m_model->idAt(m_filter->mapToSource(index).row()));
    if (ids.isEmpty() && m_table->selectionModel()->hasSelection() && m_table->currentIndex().isValid())
        ids.append(m_model->idAt(m_filter->mapToSource(m_table->currentIndex()).row()));
    ids.removeAll(QUuid());
    return ids;
}

void RecordTablePage::setEvent(const Event &event)
{
    m_eventId = event.meta.id;
    m_model->setEvent(event.meta.id, event.timeZone);
}

} // namespace EventDesk
