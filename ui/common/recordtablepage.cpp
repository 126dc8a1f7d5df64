#include "recordtablepage.h"

#include "recordtablemodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace EventDesk
{

RecordTablePage::RecordTablePage(StorageWorker &worker, RecordKind kind, const QString &title,
                                 QWidget *parent)
    : EventPage(parent), m_title(title), m_model(new RecordTableModel(worker, kind, this)),
      m_table(new QTableView(this)), m_buttons(new QWidget(this))
{
    setObjectName(recordKindName(kind) + u"Page"_s);
    auto *heading = new QLabel(title, this);
    m_table->setObjectName(recordKindName(kind) + u"Table"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    const QString kindName = recordKindName(kind);
    auto *add = new QPushButton(tr("&Add…"), m_buttons);
    add->setObjectName(kindName + u"AddButton"_s);
    auto *edit = new QPushButton(tr("&Edit…"), m_buttons);
    edit->setObjectName(kindName + u"EditButton"_s);
    auto *remove = new QPushButton(tr("&Delete"), m_buttons);
    remove->setObjectName(kindName + u"DeleteButton"_s);
    auto *buttonLayout = new QHBoxLayout(m_buttons);
    buttonLayout->setContentsMargins(0, 0, 0, 0);
    buttonLayout->addWidget(add);
    buttonLayout->addWidget(edit);
    buttonLayout->addWidget(remove);
    buttonLayout->addStretch();
    m_buttons->hide();
    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table);
    connect(add, &QPushButton::clicked, this, [this] {
        if (m_open)
            m_open(m_eventId, QUuid());
    });
    auto editCurrent = [this] {
        const QList<QUuid> ids = selectedIds();
        if (m_open && !ids.isEmpty())
            m_open(m_eventId, ids.first());
    };
    connect(edit, &QPushButton::clicked, this, editCurrent);
    connect(m_table, &QTableView::doubleClicked, this, editCurrent);
    auto removeSelected = [this] {
        if (m_remove)
            m_remove(selectedIds());
    };
    connect(remove, &QPushButton::clicked, this, removeSelected);
    auto *deleteAction = new QAction(this);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(deleteAction);
    connect(deleteAction, &QAction::triggered, this, removeSelected);
    connect(m_model, &RecordTableModel::loaded, this, [this] {
        m_table->resizeColumnsToContents();
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 360));
    });
}

void RecordTablePage::setEditing(std::function<void(const QUuid &, const QUuid &)> open,
                                 std::function<void(const QList<QUuid> &)> remove)
{
    m_open = std::move(open);
    m_remove = std::move(remove);
    m_buttons->setVisible(bool(m_open));
}

QList<QUuid> RecordTablePage::selectedIds() const
{
    QList<QUuid> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(m_model->idAt(index.row()));
    if (ids.isEmpty() && m_table->currentIndex().isValid())
        ids.append(m_model->idAt(m_table->currentIndex().row()));
    return ids;
}

void RecordTablePage::setEvent(const Event &event)
{
    m_eventId = event.meta.id;
    m_model->setEvent(event.meta.id, event.timeZone);
}

} // namespace EventDesk
