#include "availabilityeditor.h"

#include "walltime.h"

#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace EventDesk
{

AvailabilityEditor::AvailabilityEditor(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(0, 2, this))
{
    m_table->setObjectName(u"availabilityTable"_s);
    m_table->setHorizontalHeaderLabels({tr("From"), tr("Until")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setMinimumHeight(90);
    // A form label's Alt key goes to the windows (a label asks its buddy's own policy; Tab skips a proxy's
    // owner).
    setFocusProxy(m_table);
    setFocusPolicy(Qt::StrongFocus);
    auto *add = new QPushButton(tr("&Add window"), this);
    add->setObjectName(u"addWindowButton"_s);
    auto *remove = new QPushButton(tr("Re&move"), this);
    remove->setObjectName(u"removeWindowButton"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        const QDateTime start = m_defaultStart.isValid() ? m_defaultStart : QDateTime::currentDateTimeUtc();
        addRow({start, start.addSecs(4 * 3600)});
        emit changed();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0) {
            m_table->removeRow(m_table->currentRow());
            emit changed();
        }
    });
}

void AvailabilityEditor::setWindows(const QList<TimeWindow> &windows, const QTimeZone &zone,
                                    const QDateTime &defaultStart)
{
    m_zone = zone;
    m_defaultStart = defaultStart;
    m_table->setRowCount(0);
    for (const TimeWindow &w : windows)
        addRow(w);
}

void AvailabilityEditor::addRow(const TimeWindow &window)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int column = 0; column < 2; ++column) {
        auto *edit = new QDateTimeEdit(m_table);
        edit->setTimeSpec(Qt::UTC);
        edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
        edit->setDateTime(toWallTime(column == 0 ? window.start : window.end, m_zone));
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &AvailabilityEditor::changed);
        m_table->setCellWidget(row, column, edit);
    }
}

QList<TimeWindow> AvailabilityEditor::windows() const
{
    QList<TimeWindow> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto *from = static_cast<QDateTimeEdit *>(m_table->cellWidget(row, 0));
        auto *until = static_cast<QDateTimeEdit *>(m_table->cellWidget(row, 1));
        out.append({fromWallTime(from->dateTime(), m_zone), fromWallTime(until->dateTime(), m_zone)});
    }
    return out;
}

} // namespace EventDesk
