#include "interopexportdialog.h"

#include "interopformats.h"
#include "storage/storageworker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace EventDesk
{

InteropExportDialog::InteropExportDialog(StorageWorker &worker, const QUuid &eventId, QWidget *parent)
    : QDialog(parent), m_worker(worker), m_eventId(eventId), m_format(new QComboBox(this)),
      m_release(new QComboBox(this)), m_path(new QLineEdit(this)), m_result(new QLabel(this)),
      m_export(new QPushButton(tr("&Export"), this))
{
    setObjectName(u"interopExportDialog"_s);
    setWindowTitle(tr("Export"));
    m_format->setObjectName(u"exportFormat"_s);
    m_release->setObjectName(u"exportRelease"_s);
    m_path->setObjectName(u"exportPath"_s);
    m_result->setObjectName(u"exportResult"_s);
    m_export->setObjectName(u"exportButton"_s);
    m_result->setWordWrap(true);
    for (const GuiExportFormat &f : guiExportFormats())
        m_format->addItem(f.label, f.name);
    m_release->setEditable(true);
    m_release->addItem(tr("Working copy"), u"working"_s);
    m_release->addItem(tr("Latest release"), u"latest"_s);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(u"exportBrowse"_s);
    auto *where = new QHBoxLayout;
    where->addWidget(m_path, 1);
    where->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Release:"), m_release);
    auto *whereLabel = new QLabel(tr("&Save to:"), this);
    whereLabel->setBuddy(m_path);
    form->addRow(whereLabel, where);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    connect(browse, &QPushButton::clicked, this, &InteropExportDialog::browse);
    connect(m_export, &QPushButton::clicked, this, &InteropExportDialog::startExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString InteropExportDialog::result() const
{
    return m_result->text();
}

void InteropExportDialog::browse()
{
    for (const GuiExportFormat &f : guiExportFormats()) {
        if (f.name != m_format->currentData().toString())
            continue;
        const QString path =
            f.folder ? QFileDialog::getExistingDirectory(this, tr("Export to Folder"))
                     : QFileDialog::getSaveFileName(this, tr("Export"), m_path->text(), f.fileFilter);
        if (!path.isEmpty())
            m_path->setText(path);
    }
}

void InteropExportDialog::startExport()
{
    GuiExportRequest request;
    request.eventId = m_eventId;
    request.path = m_path->text().trimmed();
    const int i = m_release->currentIndex();
    request.release = i >= 0 && m_release->itemText(i) == m_release->currentText()
                          ? m_release->itemData(i).toString()
                          : m_release->currentText().trimmed();
    if (request.path.isEmpty()) {
        m_result->setText(tr("Choose where to save the export."));
        emit exported(false);
        return;
    }
    std::function<Result<QString>(EventStore &, const GuiExportRequest &)> write;
    for (const GuiExportFormat &f : guiExportFormats())
        if (f.name == m_format->currentData().toString())
            write = f.write;
    if (!write)
        return;
    m_export->setEnabled(false);
    m_result->setText(tr("Exporting…"));
    m_worker.run(
        this, [write, request](EventStore &store) { return write(store, request); },
        [this](const Result<QString> &result) {
            m_export->setEnabled(true);
            m_result->setText(result ? result.value() : result.error().message);
            emit exported(bool(result));
        });
}

} // namespace EventDesk
