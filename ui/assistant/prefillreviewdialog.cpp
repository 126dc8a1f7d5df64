#include "prefillreviewdialog.h"

#include "commands/command.h"
#include "common/filelocations.h"
#include "common/sentences.h"
#include "llm/keystore.h"
#include "llm/llmclient.h"
#include "storage/storageworker.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBlock>
#include <QThreadPool>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{
enum Role { SpanStart = Qt::UserRole, SpanLength, Guess, FieldKey };
constexpr int kFirstField = 1;
} // namespace

PrefillReviewDialog::PrefillReviewDialog(StorageWorker &worker, const QUuid &eventId, LlmClient *client,
                                         QWidget *parent)
    : QDialog(parent), m_worker(worker), m_eventId(eventId), m_client(client ? client : new LlmClient(this)),
      m_prefill(new RegistrationPrefill(*m_client, this)), m_input(new QPlainTextEdit(this)),
      m_files(new QListWidget(this)), m_addFiles(new QPushButton(tr("Add &Files…"), this)),
      m_run(new QPushButton(tr("&Extract Registrations"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)), m_table(new QTableWidget(this)), m_viewer(new QPlainTextEdit(this)),
      m_confirm(new QPushButton(tr("&Confirm"), this)), m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(u"prefillReviewDialog"_s);
    setWindowTitle(tr("Pre-fill Registrations from Messages"));
    setAcceptDrops(true);
    m_input->setObjectName(u"prefillInput"_s);
    m_input->setAcceptDrops(false); // the dialog takes drops: files are read as messages, not pasted as paths
    m_input->setPlaceholderText(
        tr("Paste one or more messages here, or drop .eml or mbox files on this window."));
    m_files->setObjectName(u"prefillFileList"_s);
    m_files->setMaximumHeight(70);
    m_files->setVisible(false); // shown once files are added
    m_clearFiles = new QPushButton(tr("C&lear Files"), this);
    m_clearFiles->setObjectName(u"prefillClearFilesButton"_s);
    m_addFiles->setObjectName(u"prefillAddFilesButton"_s);
    m_run->setObjectName(u"prefillRunButton"_s);
    m_cancel->setObjectName(u"prefillCancelButton"_s);
    m_progress->setObjectName(u"prefillProgress"_s);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status->setObjectName(u"prefillStatus"_s);
    m_status->setWordWrap(true);
    m_status->setText(
        AssistantSettings::load().redact(AssistantTask::Prefill)
            ? tr("Emails and phone numbers are replaced by placeholders before the messages are "
                 "sent to the model. Nothing is registered until you confirm.")
            : tr("Redaction is off for pre-fill in the assistant settings: emails and phone "
                 "numbers are sent to the model as they are. Nothing is registered until you "
                 "confirm."));
    m_table->setObjectName(u"prefillDraftTable"_s);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_viewer->setObjectName(u"prefillMessageView"_s);
    m_viewer->setReadOnly(true);
    m_confirm->setObjectName(u"prefillConfirmButton"_s);
    m_close->setObjectName(u"prefillCloseButton"_s);

    // The files' buttons keep their own width below the input (and the file list, once there is one).
    auto *files = new QHBoxLayout;
    files->addWidget(m_addFiles);
    files->addWidget(m_clearFiles);
    files->addStretch(1);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_run);
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_cancel);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(u"prefillSplitter"_s);
    split->addWidget(m_table);
    split->addWidget(m_viewer);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_confirm, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_input, 1);
    layout->addWidget(m_files);
    layout->addLayout(files);
    layout->addLayout(runRow);
    layout->addWidget(m_status);
    layout->addWidget(split, 3);
    layout->addWidget(buttons);
    resize(1000, 700);

    connect(m_input, &QPlainTextEdit::textChanged, this, [this] {
        m_inputChanged = true;
        updateButtons();
    });
    connect(m_addFiles, &QPushButton::clicked, this, [this] {
        const QStringList paths =
            QFileDialog::getOpenFileNames(this, tr("Add messages"), FileLocations::start(),
                                          tr("Messages (*.eml *.mbox *.mbx *.txt);;All files (*)"));
        if (!paths.isEmpty())
            FileLocations::rememberFile(paths.first());
        addFiles(paths);
    });
    connect(m_clearFiles, &QPushButton::clicked, this, [this] {
        m_paths.clear();
        m_files->clear();
        m_files->setVisible(false);
        m_inputChanged = true;
        updateButtons();
    });
    connect(m_run, &QPushButton::clicked, this, &PrefillReviewDialog::run);
    connect(m_cancel, &QPushButton::clicked, m_prefill, &RegistrationPrefill::cancel);
    connect(m_confirm, &QPushButton::clicked, this, &PrefillReviewDialog::confirm);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_prefill, &RegistrationPrefill::progress, this, [this](int done, int total) {
        m_progress->setRange(0, qMax(1, total));
        m_progress->setValue(done);
        setStatus(tr("Extracting registrations: request %1 of %2 (up to %3 messages each)…")
                      .arg(qMin(done + 1, total))
                      .arg(total)
                      .arg(PrefillExtraction::kBatchSize));
    });
    connect(m_prefill, &RegistrationPrefill::finished, this, &PrefillReviewDialog::onFinished);
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row, int column) { showSource(row, column); });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == 0)
            updateButtons();
    });
    updateButtons();
}

PrefillReviewDialog::~PrefillReviewDialog()
{
    // Its request is cancelled now, while this dialog is whole, and no slot of it runs any more.
    disconnect(m_prefill, nullptr, this, nullptr);
    delete m_prefill;
}

void PrefillReviewDialog::setProfile(const ProviderProfile &profile, const QString &key)
{
    m_profile = profile;
    m_key = key;
}

void PrefillReviewDialog::addFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (path.isEmpty() || m_paths.contains(path))
            continue;
        m_paths.append(path);
        auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_files);
        item->setToolTip(path);
        m_files->setVisible(true);
        m_inputChanged = true;
    }
    updateButtons();
}

void PrefillReviewDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void PrefillReviewDialog::dropEvent(QDropEvent *event)
{
    const QMimeData *data = event->mimeData();
    if (data->hasUrls()) {
        QStringList paths;
        for (const QUrl &url : data->urls())
            if (url.isLocalFile())
                paths.append(url.toLocalFile());
        addFiles(paths);
    } else if (data->hasText()) {
        m_input->appendPlainText(data->text());
    }
    event->acceptProposedAction();
}

void PrefillReviewDialog::setStatus(const QString &text)
{
    m_status->setText(text);
}

void PrefillReviewDialog::run()
{
    if (m_busy)
        return;
    m_busy = true;
    const AssistantSettings settings = AssistantSettings::load();
    m_prefill->setSettings(settings);
    m_prefill->setUsage({m_eventId, AssistantTask::Prefill, {}, false});
    if (!m_inputChanged && m_prefill->canResume()) {
        updateButtons();
        m_prefill->resume();
        return;
    }
    updateButtons();
    setStatus(tr("Reading the messages…"));
    // Decoding a big mailbox takes a moment: it runs on a pool thread, never on the GUI thread.
    QPointer<PrefillReviewDialog> guard(this);
    const int read = ++m_reads;
    QThreadPool::globalInstance()->start([guard, read, paths = m_paths, pasted = m_input->toPlainText()] {
        auto messages = MailReader::read(paths, pasted);
        QMetaObject::invokeMethod(
            qApp,
            [guard, read, messages = std::move(messages)] {
                if (!guard || guard->m_reads != read)
                    return;
                if (!messages) {
                    guard->m_busy = false;
                    guard->setStatus(messages.error().message);
                    guard->updateButtons();
                    return;
                }
                guard->extract(messages.value());
            },
            Qt::QueuedConnection);
    });
}

void PrefillReviewDialog::extract(const QList<MailMessage> &messages)
{
    m_worker.run(
        this, [eventId = m_eventId](EventStore &s) { return PrefillExtraction::load(s, eventId); },
        [this, messages](const Result<PrefillExtraction::Setup> &setup) {
            if (!setup) {
                m_busy = false;
                setStatus(setup.error().message);
                updateButtons();
                return;
            }
            withModel([this, messages, setup = setup.value()] {
                m_inputChanged = false;
                m_prefill->start(*m_profile, m_key, setup, messages);
                updateButtons();
            });
        });
}

void PrefillReviewDialog::withModel(const std::function<void()> &then)
{
    if (m_profile) {
        then();
        return;
    }
    auto profile = m_prefill->settings().profileFor(AssistantTask::Prefill);
    if (!profile) {
        m_busy = false;
        setStatus(profile.error().message);
        updateButtons();
        return;
    }
    if (!m_keys)
        m_keys = new KeyStore(u"EventDesk"_s, this);
    QPointer<PrefillReviewDialog> guard(this);
    m_keys->keyFor(profile.value(), [guard, then, profile = profile.value()](KeyStore::Lookup lookup) {
        if (!guard)
            return;
        if (lookup.error) {
            guard->m_busy = false;
            guard->setStatus(lookup.error->message);
            guard->updateButtons();
            return;
        }
        guard->m_profile = profile;
        guard->m_key = lookup.key;
        then();
    });
}

void PrefillReviewDialog::onFinished()
{
    const std::optional<Error> error = m_prefill->error();
    const bool resumable = m_prefill->canResume();
    const int messages = int(m_prefill->messages().size());
    m_worker.run(
        this,
        [eventId = m_eventId,
         drafts = m_prefill->drafts()](EventStore &s) mutable -> Result<QList<RegistrationDraft>> {
            if (auto checked = PrefillExtraction::check(s, eventId, drafts); !checked)
                return checked.error();
            return drafts;
        },
        [this, error, resumable, messages](const Result<QList<RegistrationDraft>> &checked) {
            m_busy = false;
            if (!checked) {
                setStatus(checked.error().message);
                updateButtons();
                return;
            }
            m_drafts = checked.value();
            fillTable();
            const int n = int(m_drafts.size());
            if (error) {
                QString text = error->message;
                if (error->code != ErrorCode::Cancelled && resumable)
                    text =
                        Sentences::join(text, n > 0 ? tr("The %n draft(s) extracted so far are kept; Retry "
                                                         "sends the remaining messages.",
                                                         nullptr, n)
                                                    : tr("Retry sends the messages again."));
                setStatus(text);
            } else if (n == 0) {
                setStatus(tr("No registrations were found in the %n message(s).", nullptr, messages));
            } else {
                setStatus(
                    tr("%n draft(s) from the messages. Check them, untick what should not be registered, "
                       "then Confirm.",
                       nullptr, n));
            }
            updateButtons();
            emit reviewReady();
        });
    updateButtons();
}

void PrefillReviewDialog::fillTable()
{
    const PrefillExtraction::Setup &setup = m_prefill->setup();
    const QStringList keys = PrefillExtraction::fieldKeys(setup);
    const QList<MailMessage> &messages = m_prefill->messages();
    QSignalBlocker block(m_table);
    m_table->clear();
    m_table->setColumnCount(int(keys.size()) + 2);
    m_table->setRowCount(int(m_drafts.size()));
    QStringList labels{tr("Register")};
    for (const QString &key : keys)
        labels.append(PrefillExtraction::fieldLabel(setup, key));
    labels.append(tr("Problems"));
    m_table->setHorizontalHeaderLabels(labels);
    const QColor invalid(255, 214, 214);
    const QColor duplicate(255, 240, 200);
    for (int row = 0; row < m_drafts.size(); ++row) {
        const RegistrationDraft &d = m_drafts.at(row);
        const MailMessage message = messages.value(d.message);
        auto *check = new QTableWidgetItem(tr("Message %1").arg(d.message + 1));
        check->setToolTip(message.source);
        if (d.isValid()) {
            check->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            check->setCheckState(d.duplicate ? Qt::Unchecked : Qt::Checked);
        } else {
            check->setFlags(Qt::ItemIsSelectable); // an invalid draft can never be registered
            check->setCheckState(Qt::Unchecked);
        }
        m_table->setItem(row, 0, check);
        const QString text = message.text();
        for (int k = 0; k < keys.size(); ++k) {
            const DraftField f = d.fields.value(keys.at(k));
            auto *item = new QTableWidgetItem(f.value);
            item->setData(FieldKey, keys.at(k));
            QStringList tip;
            if (f.span.isKnown()) {
                item->setData(SpanStart, qlonglong(f.span.start));
                item->setData(SpanLength, qlonglong(f.span.length));
                QString quoted = text.mid(f.span.start, f.span.length).simplified();
                if (quoted.size() > 200)
                    quoted = quoted.left(200) + u'…';
                tip.append(tr("From %1: “%2”").arg(message.source, quoted));
            } else if (f.isGuess()) {
                item->setData(Guess, true);
                QFont font = item->font();
                font.setItalic(true);
                item->setFont(font);
                item->setText(f.value + u" (?)"_s);
                tip.append(tr("A guess: the message does not contain this value."));
            }
            for (const FieldError &e : d.errors)
                if (e.field == keys.at(k)) {
                    item->setBackground(invalid);
                    tip.append(e.message);
                }
            if (keys.at(k) == u"email" && d.duplicate)
                item->setBackground(duplicate);
            item->setToolTip(tip.join(u'\n'));
            m_table->setItem(row, kFirstField + k, item);
        }
        QStringList problems;
        for (const FieldError &e : d.errors)
            problems.append(e.message);
        if (d.duplicate)
            problems.append(PrefillExtraction::duplicateReason(d));
        problems += message.warnings;
        auto *flags = new QTableWidgetItem(problems.join(u' '));
        flags->setToolTip(problems.join(u'\n'));
        if (!d.isValid())
            flags->setBackground(invalid);
        else if (d.duplicate)
            flags->setBackground(duplicate);
        m_table->setItem(row, kFirstField + int(keys.size()), flags);
    }
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 240));
    m_viewer->clear();
    m_viewer->setProperty("message", -1);
}

void PrefillReviewDialog::showSource(int row, int column)
{
    if (row < 0 || row >= m_drafts.size())
        return;
    const RegistrationDraft &d = m_drafts.at(row);
    if (m_viewer->property("message").toInt() != d.message) {
        m_viewer->setPlainText(m_prefill->messages().value(d.message).text());
        m_viewer->setProperty("message", d.message);
    }
    QList<QTextEdit::ExtraSelection> selections;
    const QTableWidgetItem *item = m_table->item(row, column);
    if (item && item->data(SpanStart).isValid()) {
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(m_viewer->document());
        s.cursor.setPosition(int(item->data(SpanStart).toLongLong()));
        s.cursor.setPosition(int(item->data(SpanStart).toLongLong() + item->data(SpanLength).toLongLong()),
                             QTextCursor::KeepAnchor);
        s.format.setBackground(QColor(255, 230, 120));
        selections.append(s);
        QTextCursor at(m_viewer->document());
        at.setPosition(s.cursor.selectionStart());
        m_viewer->setTextCursor(at);
        m_viewer->ensureCursorVisible();
    }
    m_viewer->setExtraSelections(selections);
}

int PrefillReviewDialog::checkedCount() const
{
    int n = 0;
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (const QTableWidgetItem *item = m_table->item(row, 0); item && item->checkState() == Qt::Checked)
            ++n;
    return n;
}

void PrefillReviewDialog::confirm()
{
    QList<Participant> incoming;
    for (int row = 0; row < m_table->rowCount() && row < m_drafts.size(); ++row)
        if (m_table->item(row, 0)->checkState() == Qt::Checked && m_drafts.at(row).isValid())
            incoming.append(m_drafts.at(row).participant);
    if (incoming.isEmpty())
        return;
    const int n = int(incoming.size());
    m_busy = true;
    updateButtons();
    setStatus(tr("Registering %n participant(s)…", nullptr, n));
    Command::registerParticipants(m_eventId, incoming,
                                  tr("Register %n participant(s) from messages", nullptr, n), this,
                                  [this, n](const Result<void> &done) {
                                      m_busy = false;
                                      if (!done) {
                                          setStatus(done.error().message);
                                          updateButtons();
                                          return;
                                      }
                                      emit registered(n);
                                      accept();
                                  });
}

void PrefillReviewDialog::updateButtons()
{
    const bool running = m_prefill->isRunning();
    const bool resume = !m_inputChanged && m_prefill->canResume();
    // One Alt key for the button whatever it says: a key that changed with it would type its letter into the
    // messages (a changed input makes the button Extract again).
    m_run->setText(resume ? tr("R&etry", "extract the rest; the Alt key of Extract Registrations")
                          : tr("&Extract Registrations"));
    m_run->setEnabled(!m_busy &&
                      (resume || !m_paths.isEmpty() || !m_input->toPlainText().trimmed().isEmpty()));
    m_cancel->setEnabled(running);
    m_input->setReadOnly(m_busy);
    m_addFiles->setEnabled(!m_busy);
    m_clearFiles->setEnabled(!m_busy && !m_paths.isEmpty());
    const int checked = checkedCount();
    m_confirm->setText(checked > 0 ? tr("&Confirm %n Registration(s)", nullptr, checked) : tr("&Confirm"));
    m_confirm->setEnabled(!m_busy && checked > 0);
}

} // namespace EventDesk
