#include "conflictsdialog.h"

#include "commands/command.h"
#include "commands/resolveconflict.h"
#include "storage/storageworker.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{
enum Column {
    RecordColumn,
    FieldColumn,
    MineColumn,
    MineWhoColumn,
    TheirsColumn,
    TheirsWhoColumn,
    ColumnCount
};

QString whoAndWhen(const QString &who, const QDateTime &utc)
{
    const QString when =
        utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
    if (who.isEmpty())
        return when;
    if (when.isEmpty())
        return who;
    return ConflictsDialog::tr("%1, %2").arg(who, when);
}
} // namespace

ConflictsDialog::ConflictsDialog(StorageWorker &worker, QWidget *parent)
    : QDialog(parent), m_worker(worker), m_pages(new QStackedWidget(this)), m_table(new QTableWidget(this)),
      m_empty(new QLabel(tr("No conflicts."), this)), m_message(new QLabel(this)),
      m_keepMine(new QPushButton(tr("&Keep Mine"), this)),
      m_takeTheirs(new QPushButton(tr("&Take Theirs"), this)), m_edit(new QPushButton(tr("&Edit…"), this))
{
    setObjectName(u"conflictsDialog"_s);
    setWindowTitle(tr("Conflicts"));
    m_table->setObjectName(u"conflictsTable"_s);
    m_table->setAccessibleName(tr("Conflicts"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Record"), tr("Field"), tr("Mine"), tr("Mine: who, when"),
                                        tr("Theirs"), tr("Theirs: who, when")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    // The record and the two values share the width (wrapped, the whole text in their tooltips); who and
    // when, and the field, take what they need: the table never scrolls sideways.
    for (int column = 0; column < ColumnCount; ++column)
        m_table->horizontalHeader()->setSectionResizeMode(
            column, column == RecordColumn || column == MineColumn || column == TheirsColumn
                        ? QHeaderView::Stretch
                        : QHeaderView::ResizeToContents);
    m_table->setWordWrap(true);
    m_empty->setObjectName(u"conflictsEmptyLabel"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_message->setObjectName(u"conflictsMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    m_keepMine->setObjectName(u"keepMineButton"_s);
    m_keepMine->setToolTip(tr("Write your value to the record and mark the conflict resolved"));
    m_takeTheirs->setObjectName(u"takeTheirsButton"_s);
    m_takeTheirs->setToolTip(tr("Keep your teammate's value and mark the conflict resolved"));
    m_edit->setObjectName(u"editValueButton"_s);
    m_edit->setToolTip(tr("Type the value the field gets and mark the conflict resolved"));

    m_pages->addWidget(m_empty);
    m_pages->addWidget(m_table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(u"closeConflictsButton"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_keepMine);
    actions->addWidget(m_takeTheirs);
    actions->addWidget(m_edit);
    actions->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_message);
    layout->addLayout(actions);
    layout->addWidget(buttons);
    resize(900, 420);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ConflictsDialog::updateButtons);
    connect(m_keepMine, &QPushButton::clicked, this, [this] { resolve(ConflictResolver::Choice::KeepMine); });
    connect(m_takeTheirs, &QPushButton::clicked, this,
            [this] { resolve(ConflictResolver::Choice::TakeTheirs); });
    connect(m_edit, &QPushButton::clicked, this, &ConflictsDialog::editValue);
    // The list follows the workspace: edits, undo and redo, and what a sync wrote.
    connect(m_worker.store(), &EventStore::recordsChanged, this, &ConflictsDialog::refresh);
    connect(ConflictResolutionNotifier::instance(), &ConflictResolutionNotifier::changed, this,
            &ConflictsDialog::refresh);
    updateButtons();
    refresh();
}

void ConflictsDialog::refresh()
{
    // One read at a time; a change announced meanwhile reads once more afterwards.
    if (m_loading) {
        m_refreshQueued = true;
        return;
    }
    m_loading = true;
    m_worker.run(
        this,
        [](EventStore &s) -> Result<QList<Row>> {
            ConflictResolver resolver(s);
            auto open = resolver.open();
            if (!open)
                return open.error();
            QList<Row> rows;
            for (const ConflictSides &sides : open.value()) {
                const SyncConflict &c = sides.conflict;
                auto name = resolver.recordName(c.kind, c.recordId);
                const QString label = name ? name.value() : c.recordId.toString(QUuid::WithoutBraces).left(8);
                rows.append({sides, tr("%1 \"%2\"").arg(recordKindDisplayName(c.kind), label)});
            }
            return rows;
        },
        [this](const Result<QList<Row>> &rows) {
            m_loading = false;
            if (!rows) {
                m_message->setText(rows.error().message);
                m_message->show();
            } else {
                display(rows.value());
            }
            if (std::exchange(m_refreshQueued, false))
                refresh();
            else
                emit loaded();
        });
}

void ConflictsDialog::display(const QList<Row> &rows)
{
    if (const Row *row = current())
        m_selected = row->sides.conflict.id;
    m_rows = rows;
    m_table->setRowCount(int(rows.size()));
    int select = rows.isEmpty() ? -1 : 0;
    for (int i = 0; i < rows.size(); ++i) {
        const ConflictSides &s = rows.at(i).sides;
        const SyncConflict &c = s.conflict;
        const QStringList cells{rows.at(i).record,
                                ConflictResolver::fieldLabel(c.field),
                                ConflictResolver::valueText(c, s.mine),
                                whoAndWhen(s.mineBy, s.mineUtc),
                                ConflictResolver::valueText(c, s.theirs),
                                whoAndWhen(s.theirsBy, s.theirsUtc)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_table->setItem(i, column, item);
        }
        if (c.id == m_selected)
            select = i;
    }
    m_table->resizeRowsToContents();
    m_pages->setCurrentWidget(rows.isEmpty() ? static_cast<QWidget *>(m_empty) : m_table);
    if (select >= 0)
        m_table->selectRow(select);
    updateButtons();
}

const ConflictsDialog::Row *ConflictsDialog::current() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return nullptr;
    const int row = selected.first()->row();
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void ConflictsDialog::updateButtons()
{
    const Row *row = current();
    m_keepMine->setEnabled(row);
    m_takeTheirs->setEnabled(row);
    // A deleted record is kept deleted or restored; its fields are edited afterwards.
    m_edit->setEnabled(row && row->sides.conflict.field != u"deleted"_s);
}

void ConflictsDialog::resolve(ConflictResolver::Choice choice, const QJsonValue &value)
{
    const Row *row = current();
    if (!row)
        return;
    m_message->hide();
    m_selected = row->sides.conflict.id;
    Command::push(new ResolveConflict(row->sides.conflict.id, choice, value), this,
                  [this](const Result<void> &result) {
                      if (!result) {
                          m_message->setText(result.error().message);
                          m_message->show();
                      }
                      refresh();
                  });
}

void ConflictsDialog::editValue()
{
    const Row *row = current();
    if (!row)
        return;
    auto *input = new QInputDialog(this);
    input->setObjectName(u"conflictValueDialog"_s);
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setWindowTitle(tr("Resolve Conflict"));
    input->setLabelText(tr("New value of %1 for %2:")
                            .arg(ConflictResolver::fieldLabel(row->sides.conflict.field), row->record));
    const QJsonValue mine = row->sides.mine;
    input->setTextValue(mine.isString()
                            ? mine.toString()
                            : (mine.isDouble() ? QString::number(mine.toDouble(), 'g', 17) : QString()));
    const ConflictSides sides = row->sides;
    connect(input, &QInputDialog::textValueSelected, this, [this, sides](const QString &text) {
        if (!current() || current()->sides.conflict.id != sides.conflict.id)
            return;
        resolve(ConflictResolver::Choice::Value, ConflictResolver::parseTyped(sides, text));
    });
    input->open();
}

} // namespace EventDesk
