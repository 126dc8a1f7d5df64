#include "recordtablepage.h"

#include "recordtablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace EventDesk {

RecordTablePage::RecordTablePage(StorageWorker &worker, RecordKind kind, const QString &title, QWidget *parent)
    : EventPage(parent), m_title(title), m_model(new RecordTableModel(worker, kind, this)),
      m_table(new QTableView(this))
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
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_table);
    connect(m_model, &RecordTableModel::loaded, this, [this] {
        m_table->resizeColumnsToContents();
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 360));
    });
}

void RecordTablePage::setEvent(const Event &event)
{
    m_model->setEvent(event.meta.id, event.timeZone);
}

} // namespace EventDesk
