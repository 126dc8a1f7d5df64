#include "releasediffdialog.h"

#include "schedule/releasediff.h"
#include "schedule/schedulepublisher.h"
#include "storage/storageworker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace EventDesk
{

ReleaseDiffDialog::ReleaseDiffDialog(StorageWorker &worker, const QUuid &eventId, QWidget *parent)
    : QDialog(parent), m_worker(worker), m_eventId(eventId), m_from(new QComboBox(this)),
      m_to(new QComboBox(this)), m_result(new QPlainTextEdit(this))
{
    setObjectName(u"releaseDiffDialog"_s);
    setWindowTitle(tr("Compare releases"));
    m_from->setObjectName(u"diffFromCombo"_s);
    m_to->setObjectName(u"diffToCombo"_s);
    m_result->setObjectName(u"diffResult"_s);
    m_result->setReadOnly(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result, 1);
    layout->addWidget(buttons);
    resize(640, 480);

    m_worker.run(
        this, [eventId](EventStore &s) { return s.list<ScheduleRelease>(eventId); },
        [this](const Result<QList<ScheduleRelease>> &releases) {
            if (!releases)
                return;
            for (QComboBox *box : {m_from, m_to}) {
                const QSignalBlocker block(box);
                for (const ScheduleRelease &r : releases.value())
                    box->addItem(tr("%1: %2 (%3)")
                                     .arg(r.version)
                                     .arg(r.name, QLocale().toString(r.meta.createdUtc.toLocalTime(),
                                                                     QLocale::ShortFormat)),
                                 QString::number(r.version));
                box->addItem(tr("Working copy"), u"working"_s);
            }
            m_from->setCurrentIndex(qMax(0, m_from->count() - 2));
            m_to->setCurrentIndex(m_to->count() - 1);
            connect(m_from, &QComboBox::currentIndexChanged, this, &ReleaseDiffDialog::compare);
            connect(m_to, &QComboBox::currentIndexChanged, this, &ReleaseDiffDialog::compare);
            compare();
        });
}

void ReleaseDiffDialog::compare()
{
    const QString from = m_from->currentData().toString();
    const QString to = m_to->currentData().toString();
    const QUuid eventId = m_eventId;
    m_worker.run(
        this,
        [eventId, from, to](EventStore &s) -> Result<ReleaseDiff> {
            auto a = SchedulePublisher::sessionsOf(s, eventId, from);
            if (!a)
                return a.error();
            auto b = SchedulePublisher::sessionsOf(s, eventId, to);
            if (!b)
                return b.error();
            return ReleaseDiff::compare(a.value(), b.value());
        },
        [this](const Result<ReleaseDiff> &diff) {
            if (!diff) {
                m_result->setPlainText(diff.error().message);
                return;
            }
            QStringList lines;
            auto section = [&lines](const QString &title, const QList<ReleaseDiff::Entry> &list) {
                if (list.isEmpty())
                    return;
                lines.append(title);
                for (const ReleaseDiff::Entry &e : list)
                    lines.append(
                        u"  "_s + e.title +
                        (e.fields.isEmpty() ? QString() : u" ("_s + e.fields.join(u", "_s) + u")"_s));
            };
            section(tr("Added"), diff.value().added);
            section(tr("Removed"), diff.value().removed);
            section(tr("Moved"), diff.value().moved);
            section(tr("Changed"), diff.value().changed);
            m_result->setPlainText(lines.isEmpty() ? tr("No differences.") : lines.join(u'\n'));
        });
}

} // namespace EventDesk
