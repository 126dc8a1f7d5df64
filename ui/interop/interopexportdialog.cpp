#include "interopexportdialog.h"

#include "common/filelocations.h"
#include "common/messagebox.h"
#include "storage/storageworker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
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
    setMinimumWidth(fontMetrics().averageCharWidth() * 80); // room for a path and a sentence about it
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
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        if (m_baseName.isEmpty() || m_path->text() != m_suggested)
            return; // the organizer's own choice stays
        m_suggested = suggestedPath();
        m_path->setText(m_suggested);
    });
    connect(browse, &QPushButton::clicked, this, &InteropExportDialog::browse);
    connect(m_export, &QPushButton::clicked, this, &InteropExportDialog::startExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString InteropExportDialog::result() const
{
    return m_result->text();
}

void InteropExportDialog::suggestName(const QString &eventName)
{
    // A file name on every platform: no separators or characters Windows refuses.
    QString name = eventName;
    name.replace(QRegularExpression(u"[\\\\/:*?\"<>|]+"_s), u"-"_s);
    name = name.simplified();
    if (name.isEmpty())
        name = tr("Event");
    m_baseName = FileLocations::start(name); // where the last file was picked, else Documents
    if (m_path->text().trimmed().isEmpty() || m_path->text() == m_suggested) {
        m_suggested = suggestedPath();
        m_path->setText(m_suggested);
    }
}

std::optional<GuiExportFormat> InteropExportDialog::currentFormat() const
{
    for (const GuiExportFormat &f : guiExportFormats())
        if (f.name == m_format->currentData().toString())
            return f;
    return std::nullopt;
}

QString InteropExportDialog::suggestedPath() const
{
    const auto f = currentFormat();
    if (!f)
        return m_baseName;
    if (f->folder)
        return m_baseName + u" - "_s + f->name;
    // The filter's first extension: "Schedule XML (*.xml)" gives .xml.
    const auto match = QRegularExpression(u"\\*\\.(\\w+)"_s).match(f->fileFilter);
    return match.hasMatch() ? m_baseName + u'.' + match.captured(1) : m_baseName;
}

void InteropExportDialog::browse()
{
    const auto f = currentFormat();
    if (!f)
        return;
    const QString path =
        f->folder ? QFileDialog::getExistingDirectory(this, tr("Export to Folder"),
                                                      QFileInfo(m_path->text()).path())
                  : QFileDialog::getSaveFileName(this, tr("Export"), m_path->text(), f->fileFilter);
    if (f->folder)
        FileLocations::rememberFolder(path);
    else
        FileLocations::rememberFile(path);
    if (!path.isEmpty()) {
        m_path->setText(path);
        m_confirmed = path; // the file dialog asked before choosing a file that exists
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
    const auto format = currentFormat();
    if (!format || !format->write)
        return;
    const auto write = format->write;
    // Nothing is replaced without asking: a file typed or suggested here that exists already.
    if (!format->folder && request.path != m_confirmed && QFileInfo(request.path).isFile()) {
        if (MessageBox::question(
                this, tr("Export"),
                tr("\"%1\" exists already. Replace it?").arg(QFileInfo(request.path).fileName()),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes) {
            m_result->setText(tr("Nothing was exported; choose another file or replace this one."));
            emit exported(false);
            return;
        }
        m_confirmed = request.path;
    }
    m_export->setEnabled(false);
    m_result->setText(tr("Exporting…"));
    // The suggested place's folder (Documents) may not exist yet on a new system: it is made first.
    const QString folderToMake = request.path == m_suggested ? QFileInfo(request.path).path() : QString();
    m_worker.run(
        this,
        [write, request, folderToMake](EventStore &store) {
            if (!folderToMake.isEmpty())
                QDir().mkpath(folderToMake);
            return write(store, request);
        },
        [this](const Result<QString> &result) {
            m_export->setEnabled(true);
            m_result->setText(result ? result.value() : result.error().message);
            adjustSize(); // the sentence may take more lines
            emit exported(bool(result));
        });
}

} // namespace EventDesk
