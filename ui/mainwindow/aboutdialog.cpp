#include "aboutdialog.h"

#include "buildinfo.h"
#include "storage/storageworker.h"
#include "storage/storeinfo.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace EventDesk
{

AboutDialog::AboutDialog(StorageWorker &worker, QWidget *parent) : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About EventDesk"));
    auto *title = new QLabel(tr("EventDesk %1").arg(BuildInfo::version()), this);
    title->setObjectName(u"aboutTitle"_s);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    auto *what = new QLabel(tr("Plan events, schedules and registrations, offline first."), this);
    what->setWordWrap(true);
    m_versions = new QLabel(this);
    m_versions->setObjectName(u"aboutVersions"_s);
    // Selectable, so the versions can be copied into a bug report.
    m_versions->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_versions->setFocusPolicy(Qt::StrongFocus);
    m_versions->setAccessibleName(tr("Versions"));
    showVersions(tr("(asking…)"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(what);
    layout->addSpacing(8);
    layout->addWidget(m_versions);
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Close)->setFocus();

    worker.run(
        this, [](EventStore &s) { return StoreInfo::sqliteVersion(s); },
        [this](const Result<QString> &version) {
            showVersions(version ? version.value() : tr("unknown"));
            emit sqliteVersionShown();
        });
}

void AboutDialog::showVersions(const QString &sqlite)
{
    const QStringList lines{
        tr("EventDesk %1").arg(BuildInfo::version()),
        tr("Qt %1 (built with Qt %2)").arg(QString::fromLatin1(qVersion()), BuildInfo::qtBuildVersion()),
        tr("SQLite %1").arg(sqlite),
        tr("Build: %1").arg(BuildInfo::buildLine()),
    };
    m_versions->setText(lines.join(u'\n'));
}

QString AboutDialog::versionsText() const
{
    return m_versions->text();
}

} // namespace EventDesk
