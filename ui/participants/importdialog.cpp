#include "importdialog.h"

#include "commands/command.h"
#include "model/event.h"
#include "registration/textdecoder.h"
#include "storage/customquestionstore.h"
#include "storage/storageworker.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QThreadPool>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{
constexpr int kPreviewRows = 8;
}

ImportDialog::ImportDialog(StorageWorker &worker, const QUuid &eventId, const QString &path, QWidget *parent)
    : QDialog(parent), m_worker(worker), m_eventId(eventId), m_path(path), m_fileLabel(new QLabel(this)),
      m_encoding(new QComboBox(this)), m_header(new QCheckBox(tr("First row is a &header"), this)),
      m_preview(new QTableWidget(this)), m_mapping(new QTableWidget(this)),
      m_ticketsLabel(new QLabel(tr("Ticket types the event does not have yet"), this)),
      m_tickets(new QTableWidget(this)), m_duplicates(new QComboBox(this)),
      m_summary(new QPlainTextEdit(this)), m_progress(new QProgressBar(this)),
      m_dryRun(new QPushButton(tr("&Dry run"), this)), m_import(new QPushButton(tr("&Import"), this)),
      m_cancelButton(new QPushButton(tr("Cancel"), this))
{
    setObjectName(u"importDialog"_s);
    setWindowTitle(tr("Import participants"));
    m_fileLabel->setObjectName(u"importFileLabel"_s);
    m_encoding->setObjectName(u"encodingCombo"_s);
    m_encoding->addItem(tr("Detect automatically"), QString());
    for (const QString &e : TextDecoder::knownEncodings())
        m_encoding->addItem(e, e);
    m_header->setObjectName(u"headerCheck"_s);
    m_header->setChecked(true);
    m_preview->setObjectName(u"previewTable"_s);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_mapping->setObjectName(u"mappingTable"_s);
    m_mapping->setColumnCount(2);
    m_mapping->setHorizontalHeaderLabels({tr("Column"), tr("Field")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->hide();
    m_tickets->setObjectName(u"ticketTypesTable"_s);
    m_tickets->setColumnCount(3);
    m_tickets->setHorizontalHeaderLabels({tr("Ticket type in the file"), tr("Rows"), tr("Or read as")});
    m_tickets->horizontalHeader()->setStretchLastSection(true);
    m_tickets->verticalHeader()->hide();
    m_ticketsLabel->setVisible(false);
    m_tickets->setVisible(false);
    m_duplicates->setObjectName(u"duplicatesCombo"_s);
    m_duplicates->addItem(tr("Update the existing registration"), int(DuplicatePolicy::Update));
    m_duplicates->addItem(tr("Skip the line"), int(DuplicatePolicy::Skip));
    m_duplicates->addItem(tr("Keep both"), int(DuplicatePolicy::KeepBoth));
    m_summary->setObjectName(u"summaryText"_s);
    m_summary->setReadOnly(true);
    m_summary->setPlaceholderText(tr("Run a dry run to see what the import would do."));
    m_progress->setObjectName(u"importProgress"_s);
    m_progress->setVisible(false);
    m_dryRun->setObjectName(u"dryRunButton"_s);
    m_import->setObjectName(u"importButton"_s);
    m_cancelButton->setObjectName(u"cancelImportButton"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("File:"), m_fileLabel);
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(QString(), m_header);
    form->addRow(tr("When the email is already &registered:"), m_duplicates);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addStretch();
    buttons->addWidget(m_dryRun);
    buttons->addWidget(m_import);
    buttons->addWidget(m_cancelButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Preview"), this));
    layout->addWidget(m_preview, 2);
    layout->addWidget(new QLabel(tr("Columns"), this));
    layout->addWidget(m_mapping, 2);
    layout->addWidget(m_ticketsLabel);
    layout->addWidget(m_tickets, 1);
    layout->addWidget(m_summary, 1);
    layout->addLayout(buttons);
    resize(820, 640);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportDialog::readFile);
    connect(m_header, &QCheckBox::toggled, this, &ImportDialog::showSource);
    connect(m_dryRun, &QPushButton::clicked, this, &ImportDialog::dryRun);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_busy && m_cancel)
            m_cancel->store(true);
        else
            reject();
    });
    struct EventSetup {
        QList<CustomQuestion> questions;
        QList<TicketType> tickets;
        QString timeZone;
    };
    m_worker.run(
        this,
        [eventId](EventStore &s) -> Result<EventSetup> {
            auto questions = CustomQuestionStore(s).list(eventId);
            if (!questions)
                return questions.error();
            auto tickets = s.list<TicketType>(eventId);
            if (!tickets)
                return tickets.error();
            auto event = s.get<Event>(eventId);
            return EventSetup{questions.value(), tickets.value(), event ? event.value().timeZone : QString()};
        },
        [this](const Result<EventSetup> &setup) {
            if (setup) {
                m_questions = setup.value().questions;
                m_ticketTypes = setup.value().tickets;
                m_timeZone = setup.value().timeZone;
            }
            m_questionsLoaded = true;
            if (m_ready) {
                showSource();
                emit ready();
            }
        });
    readFile();
}

void ImportDialog::readFile()
{
    setBusy(true);
    m_ready = false;
    const QString path = m_path;
    const QString encoding = m_encoding->currentData().toString();
    // Reading and parsing a big file takes seconds: it runs on a pool thread, neither on the GUI thread nor
    // on the storage thread (which keeps serving the rest of the window meanwhile).
    QPointer<ImportDialog> guard(this);
    const int read = ++m_reads;
    QThreadPool::globalInstance()->start([guard, path, encoding, read] {
        auto source = ParticipantImport::readFile(path, encoding);
        QMetaObject::invokeMethod(
            qApp,
            [guard, read, source = std::move(source)] {
                if (guard && guard->m_reads == read) // else the file is being read again (another encoding)
                    guard->showRead(source);
            },
            Qt::QueuedConnection);
    });
}

void ImportDialog::showRead(const Result<ParticipantImport::Source> &source)
{
    setBusy(false);
    if (!source) {
        m_source.reset();
        m_summary->setPlainText(source.error().message);
        m_import->setEnabled(false);
        m_dryRun->setEnabled(false);
    } else {
        m_source = source.value();
        m_header->setChecked(ParticipantImport::looksLikeHeader(m_source->table.rows.value(0)));
    }
    showSource();
    m_ready = true;
    if (m_questionsLoaded)
        emit ready();
}

void ImportDialog::showSource()
{
    m_fileLabel->setText(QFileInfo(m_path).fileName());
    m_preview->clear();
    m_mapping->setRowCount(0);
    if (!m_source)
        return;
    const CsvTable &t = m_source->table;
    m_fileLabel->setText(tr("%1 — %2, delimiter \"%3\", %n row(s)", nullptr, dataRows())
                             .arg(QFileInfo(m_path).fileName(), m_source->encoding,
                                  t.delimiter == u'\t' ? tr("tab") : QString(t.delimiter)));
    const bool header = m_header->isChecked();
    const QStringList first = t.rows.value(0);
    const int columns = int(first.size());
    m_preview->setColumnCount(columns);
    QStringList labels;
    for (int c = 0; c < columns; ++c)
        labels.append(header ? first.at(c) : tr("Column %1").arg(c + 1));
    m_preview->setHorizontalHeaderLabels(labels);
    const int start = header ? 1 : 0;
    const int shown = int(qMin<qsizetype>(kPreviewRows, t.rows.size() - start));
    m_preview->setRowCount(qMax(shown, 0));
    for (int r = 0; r < shown; ++r)
        for (int c = 0; c < columns; ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(t.rows.at(start + r).value(c)));
    m_preview->resizeColumnsToContents();

    const QList<ImportField> suggested =
        header ? ParticipantImport::suggestFields(first) : QList<ImportField>(columns, ImportField::Ignore);
    m_mapping->setRowCount(columns);
    for (int c = 0; c < columns; ++c) {
        auto *name = new QTableWidgetItem(labels.at(c));
        name->setFlags(Qt::ItemIsEnabled);
        m_mapping->setItem(c, 0, name);
        auto *combo = new QComboBox(m_mapping);
        combo->setObjectName(u"mapCombo_%1"_s.arg(c));
        for (ImportField f : allImportFields())
            combo->addItem(importFieldDisplayName(f), int(f));
        if (!m_questions.isEmpty())
            combo->insertSeparator(combo->count());
        for (const CustomQuestion &q : std::as_const(m_questions)) {
            combo->addItem(tr("Question: %1").arg(q.label), int(ImportField::Question));
            combo->setItemData(combo->count() - 1, q.id, QuestionRole);
        }
        combo->insertSeparator(combo->count());
        combo->addItem(
            header ? tr("New question \"%1\"").arg(ParticipantImport::questionLabelFromHeader(first.at(c)))
                   : tr("New question"),
            int(ImportField::NewQuestion));
        combo->setCurrentIndex(combo->findData(int(suggested.value(c))));
        if (header && suggested.value(c) == ImportField::Ignore) {
            if (const auto q = ParticipantImport::suggestQuestion(
                    ParticipantImport::questionLabelFromHeader(first.at(c)), m_questions))
                combo->setCurrentIndex(combo->findData(q->id, QuestionRole));
            else if (ParticipantImport::isQuestionHeader(first.at(c)))
                combo->setCurrentIndex(combo->findData(int(ImportField::NewQuestion)));
        }
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::showTicketValues);
        m_mapping->setCellWidget(c, 1, combo);
    }
    showTicketValues();
    m_mapping->resizeColumnToContents(0);
    m_dryRun->setEnabled(true);
    m_import->setEnabled(true);
}

int ImportDialog::dataRows() const
{
    if (!m_source)
        return 0;
    const int rows = int(m_source->table.rows.size());
    return m_header->isChecked() ? qMax(rows - 1, 0) : rows;
}

void ImportDialog::showTicketValues()
{
    m_tickets->setRowCount(0);
    int column = -1;
    for (int r = 0; r < m_mapping->rowCount(); ++r)
        if (auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(r, 1));
            combo && ImportField(combo->currentData().toInt()) == ImportField::TicketType)
            column = r;
    if (!m_source || column < 0) {
        m_ticketsLabel->setVisible(false);
        m_tickets->setVisible(false);
        return;
    }
    // Counting one column's values of the rows read is quick, also for a large file.
    QSet<QString> known;
    for (const TicketType &t : std::as_const(m_ticketTypes))
        known.insert(t.name.trimmed().toLower());
    QList<QString> order;
    QHash<QString, std::pair<QString, int>> unknown; // lower case -> (as written first, rows)
    const CsvTable &t = m_source->table;
    for (qsizetype r = m_header->isChecked() ? 1 : 0; r < t.rows.size(); ++r) {
        const QString value = t.rows.at(r).value(column).trimmed();
        const QString key = value.toLower();
        if (value.isEmpty() || known.contains(key))
            continue;
        auto it = unknown.find(key);
        if (it == unknown.end()) {
            order.append(key);
            it = unknown.insert(key, {value, 0});
        }
        ++it->second;
    }
    m_tickets->setRowCount(int(order.size()));
    for (int i = 0; i < order.size(); ++i) {
        const auto &[value, rows] = unknown.value(order.at(i));
        auto *create = new QCheckBox(tr("Create \"%1\"").arg(value), m_tickets);
        create->setObjectName(u"newTicketCheck_%1"_s.arg(i));
        create->setProperty("ticketValue", order.at(i));
        create->setChecked(true);
        m_tickets->setCellWidget(i, 0, create);
        auto *count = new QTableWidgetItem(QString::number(rows));
        count->setFlags(Qt::ItemIsEnabled);
        m_tickets->setItem(i, 1, count);
        auto *as = new QComboBox(m_tickets);
        as->setObjectName(u"ticketMapCombo_%1"_s.arg(i));
        as->addItem(tr("(skip these rows)"), QUuid());
        for (const TicketType &type : std::as_const(m_ticketTypes))
            as->addItem(type.name, type.meta.id);
        as->setEnabled(false);
        connect(create, &QCheckBox::toggled, as, [as](bool on) { as->setEnabled(!on); });
        m_tickets->setCellWidget(i, 2, as);
    }
    m_tickets->resizeColumnToContents(0);
    m_ticketsLabel->setVisible(!order.isEmpty());
    m_tickets->setVisible(!order.isEmpty());
}

ImportOptions ImportDialog::options() const
{
    ImportOptions o;
    o.hasHeader = m_header->isChecked();
    o.createTicketTypes = true;
    for (int i = 0; i < m_tickets->rowCount(); ++i) {
        auto *create = qobject_cast<QCheckBox *>(m_tickets->cellWidget(i, 0));
        auto *as = qobject_cast<QComboBox *>(m_tickets->cellWidget(i, 2));
        if (!create || !as || create->isChecked())
            continue;
        const QString value = create->property("ticketValue").toString();
        const QUuid id = as->currentData().toUuid();
        if (id.isNull())
            o.skipTicketTypes.insert(value);
        else
            o.ticketTypeMap.insert(value, id);
    }

    o.duplicates = DuplicatePolicy(m_duplicates->currentData().toInt());
    for (int r = 0; r < m_mapping->rowCount(); ++r) {
        auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(r, 1));
        o.columns.append(combo ? ImportField(combo->currentData().toInt()) : ImportField::Ignore);
        if (o.columns.last() == ImportField::Question) {
            const QUuid id = combo->currentData(QuestionRole).toUuid();
            for (const CustomQuestion &q : m_questions)
                if (q.id == id)
                    o.questions.insert(r, q);
            if (!o.questions.contains(r))
                o.columns.last() = ImportField::Ignore;
        } else if (o.columns.last() == ImportField::NewQuestion) {
            const QString header =
                o.hasHeader && m_source ? m_source->table.rows.value(0).value(r) : tr("Column %1").arg(r + 1);
            o.newQuestions.insert(r, ParticipantImport::questionLabelFromHeader(header));
        }
    }
    if (const QTimeZone zone(m_timeZone.toUtf8()); !m_timeZone.isEmpty() && zone.isValid())
        o.timeZone = zone; // times without an offset are the event's local times
    return o;
}

QString ImportDialog::summary(const ImportPlan &plan, bool committed) const
{
    int checkedIn = 0;
    for (const QDateTime &at : plan.checkedInUtc)
        checkedIn += at.isValid();
    QStringList lines{tr("%n row(s) read", nullptr, plan.rowCount),
                      tr("%n new registration(s)", nullptr, int(plan.added.size())),
                      tr("%n registration(s) updated", nullptr, int(plan.updated.size())),
                      tr("%n line(s) skipped", nullptr, int(plan.skipped.size()))};
    if (checkedIn > 0)
        lines.append(tr("%n checked in (with the time of the file)", nullptr, checkedIn));
    // Each reason once, with its count and first lines.
    lines += ParticipantImport::reportLines(plan, committed);
    return lines.join(u'\n');
}

void ImportDialog::dryRun()
{
    if (!m_source)
        return;
    setBusy(true);
    const CsvTable table = m_source->table;
    const ImportOptions o = options();
    const QUuid eventId = m_eventId;
    m_worker.run(
        this, [table, o, eventId](EventStore &s) { return ParticipantImport::plan(s, table, o, eventId); },
        [this](const Result<ImportPlan> &plan) {
            setBusy(false);
            m_summary->setPlainText(plan ? tr("Dry run — nothing was imported.") + u'\n' +
                                               summary(plan.value(), false)
                                         : plan.error().message);
            m_skipsReviewed = plan.ok();
            emit planned();
        });
}

void ImportDialog::startImport()
{
    if (!m_source)
        return;
    setBusy(true);
    m_progress->setVisible(true);
    m_progress->setValue(0);
    ParticipantImportRequest request;
    request.eventId = m_eventId;
    request.table = m_source->table;
    request.options = options();
    request.allowSkippedLines = m_skipsReviewed;
    m_cancel = request.cancel;
    QPointer<QProgressBar> bar = m_progress;
    request.progress = [bar](int done, int total) {
        QMetaObject::invokeMethod(
            bar,
            [bar, done, total] {
                if (bar) {
                    bar->setMaximum(total);
                    bar->setValue(done);
                }
            },
            Qt::QueuedConnection);
    };
    // The facade writes the import and pushes its undo step when it committed, also when this dialog was
    // closed in the meantime (closing cancels it, see reject()).
    Command::importParticipants(std::move(request), this, [this](const Result<ImportPlan> &result) {
        setBusy(false);
        m_progress->setVisible(false);
        if (!result) {
            m_summary->setPlainText(result.error().message);
            emit importFinished(false);
            return;
        }
        // The dialog stays open with what was imported; Close ends it.
        m_summary->setPlainText(tr("Imported.") + u'\n' + summary(result.value(), true));
        m_source.reset();
        setBusy(false);
        m_imported = true;
        emit importFinished(true);
    });
}

void ImportDialog::reject()
{
    // Closing while the import is written cancels it: it then writes nothing, unless it committed already,
    // and then its undo step is on the stack. Either way no row is left without its undo step.
    if (m_busy && m_cancel)
        m_cancel->store(true);
    QDialog::reject();
}

void ImportDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_dryRun->setEnabled(!busy && m_source);
    m_import->setEnabled(!busy && m_source);
    m_encoding->setEnabled(!busy);
    m_cancelButton->setText(busy ? tr("Cancel import") : tr("Close"));
    if (m_imported) {
        m_dryRun->setEnabled(false);
        m_import->setEnabled(false);
    }
}

} // namespace EventDesk
