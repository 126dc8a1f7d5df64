#include "interopimportdialog.h"

#include "commands/command.h"
#include "interopformats.h"
#include "storage/storageworker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace EventDesk
{

InteropImportDialog::InteropImportDialog(StorageWorker &worker, const QUuid &currentEvent,
                                         const QString &path, QWidget *parent)
    : QDialog(parent), m_worker(worker), m_currentEvent(currentEvent), m_path(path),
      m_file(new QLabel(QDir::toNativeSeparators(path), this)), m_format(new QComboBox(this)),
      m_intoCurrent(new QCheckBox(tr("Import into the &current event"), this)),
      m_heading(new QLabel(tr("What the import will do (nothing is written yet):"), this)),
      m_report(new QPlainTextEdit(this)), m_progress(new QProgressBar(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_import(m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole))
{
    setObjectName(u"interopImportDialog"_s);
    setWindowTitle(tr("Import"));
    m_format->setObjectName(u"importFormat"_s);
    m_intoCurrent->setObjectName(u"importIntoCurrent"_s);
    m_report->setObjectName(u"importReport"_s);
    m_progress->setObjectName(u"importProgress"_s);
    m_import->setObjectName(u"importButton"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"importCancel"_s);
    m_report->setReadOnly(true);
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_intoCurrent->setEnabled(!currentEvent.isNull());
    const QString suffix = QFileInfo(path).suffix().toLower();
    int guessed = -1;
    for (const GuiImportFormat &f : guiImportFormats()) {
        if (guessed < 0 && !suffix.isEmpty() && f.fileFilter.contains(u"*."_s + suffix))
            guessed = m_format->count();
        m_format->addItem(f.label, f.name);
    }
    if (guessed >= 0)
        m_format->setCurrentIndex(guessed);
    auto *form = new QFormLayout;
    form->addRow(tr("File:"), m_file);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(QString(), m_intoCurrent);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    m_heading->setObjectName(u"importHeading"_s);
    layout->addWidget(m_heading);
    layout->addWidget(m_report, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    connect(m_import, &QPushButton::clicked, this, &InteropImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &InteropImportDialog::reject);
    connect(m_format, &QComboBox::currentIndexChanged, this, &InteropImportDialog::prepare);
    connect(m_intoCurrent, &QCheckBox::toggled, this, &InteropImportDialog::prepare);
    resize(640, 480);
    prepare();
}

QString InteropImportDialog::report() const
{
    return m_report->toPlainText();
}

QString InteropImportDialog::heading() const
{
    return m_heading->text();
}

void InteropImportDialog::prepare()
{
    if (m_busy || m_done)
        return;
    const int run = ++m_preparations;
    m_prepared.reset();
    m_import->setEnabled(false);
    m_report->setPlainText(tr("Reading the file…"));
    const QString name = m_format->currentData().toString();
    std::function<Result<std::shared_ptr<PreparedImport>>(EventStore &, const QString &, const QUuid &)>
        prepare;
    for (const GuiImportFormat &f : guiImportFormats())
        if (f.name == name)
            prepare = f.prepare;
    if (!prepare)
        return;
    const QString path = m_path;
    const QUuid target = m_intoCurrent->isChecked() ? m_currentEvent : QUuid();
    m_worker.run(
        this, [prepare, path, target](EventStore &store) { return prepare(store, path, target); },
        [this, run](const Result<std::shared_ptr<PreparedImport>> &result) {
            if (run != m_preparations)
                return;
            if (!result) {
                m_report->setPlainText(result.error().message);
                emit prepared(false);
                return;
            }
            m_prepared = result.value();
            m_report->setPlainText(m_prepared->report());
            m_import->setEnabled(!m_prepared->writesNothing());
            emit prepared(true);
        });
}

void InteropImportDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_format->setEnabled(!busy && !m_done);
    m_intoCurrent->setEnabled(!busy && !m_done && !m_currentEvent.isNull());
    m_import->setEnabled(!busy && !m_done && m_prepared && !m_prepared->writesNothing());
}

void InteropImportDialog::startImport()
{
    if (!m_prepared || m_busy)
        return;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    setBusy(true);
    std::shared_ptr<PreparedImport> prepared = m_prepared;
    std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    ImportSteps steps;
    steps.text = tr("Import %1").arg(QFileInfo(m_path).fileName());
    steps.write = [prepared, cancel](EventStore &store) {
        return prepared->commit(store, [cancel] { return cancel->load(); });
    };
    if (prepared->undoable()) {
        steps.undo = [prepared](EventStore &store) { return prepared->undo(store); };
        steps.redo = [prepared](EventStore &store) { return prepared->redo(store); };
    }
    Command::runImport(std::move(steps), this, [this, prepared](const Result<QString> &result) {
        const bool cancelled = m_cancel && m_cancel->load();
        m_done = bool(result);
        setBusy(false);
        if (m_done) {
            // What was written: the sentence, then the report, which is no longer a forecast.
            m_heading->setText(tr("Written: %1").arg(result.value()));
            m_report->setPlainText(result.value() + u"\n\n"_s + prepared->report());
        } else {
            m_report->setPlainText(result.error().message);
        }
        if (m_done) {
            m_buttons->setStandardButtons(QDialogButtonBox::Close);
            m_buttons->button(QDialogButtonBox::Close)->setObjectName(u"importClose"_s);
        }
        emit importFinished(m_done);
        if (cancelled && !m_done)
            QDialog::reject();
    });
}

void InteropImportDialog::reject()
{
    if (m_busy) { // Cancel while writing: the import rolls back, and the dialog closes when it has
        m_cancel->store(true);
        return;
    }
    QDialog::reject();
}

} // namespace EventDesk
