#include "reviewpanel.h"

#include "assistant/assistantsettings.h"
#include "assistant/structuredcall.h"
#include "common/sentences.h"
#include "llm/keystore.h"
#include "llm/providerprofile.h"
#include "storage/storageworker.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{
constexpr int KindRole = Qt::UserRole;
constexpr int IdRole = Qt::UserRole + 1;
enum Column { SeverityColumn, FindingColumn, SourceColumn };

struct Computed {
    QList<ReviewFinding> findings;
    std::optional<ScheduleReview::ModelRequest> request;
};
} // namespace

ReviewPanel::ReviewPanel(StorageWorker &worker, QWidget *parent)
    : QWidget(parent), m_worker(worker), m_keys(new KeyStore(u"EventDesk"_s, this)),
      m_call(new StructuredCall(this)), m_run(new QPushButton(tr("Review Schedule"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_useModel(new QCheckBox(tr("Ask the model too"), this)),
      m_status(new QLabel(this)), m_list(new QTreeWidget(this)), m_notes(new QLabel(this))
{
    setObjectName(u"reviewPanel"_s);
    m_run->setObjectName(u"reviewRunButton"_s);
    m_cancel->setObjectName(u"reviewCancelButton"_s);
    m_useModel->setObjectName(u"reviewUseModel"_s);
    m_useModel->setToolTip(tr("After the findings the program computes, the model looks for others"));
    m_useModel->setChecked(true);
    m_status->setObjectName(u"reviewStatus"_s);
    m_status->setWordWrap(true);
    m_list->setObjectName(u"reviewList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Severity"), tr("Finding"), tr("Source")});
    // The finding takes the width; severity and source (a word each) only what they need.
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(FindingColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->setWordWrap(true);
    m_notes->setObjectName(u"reviewNotes"_s);
    m_notes->setWordWrap(true);
    m_notes->hide();

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_run);
    top->addWidget(m_cancel);
    top->addWidget(m_useModel);
    top->addStretch();
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_notes);

    connect(m_run, &QPushButton::clicked, this, &ReviewPanel::review);
    connect(m_cancel, &QPushButton::clicked, this, &ReviewPanel::cancel);
    connect(m_call, &StructuredCall::finished, this, &ReviewPanel::onCallFinished);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QUuid id = item->data(0, IdRole).toUuid();
        if (!id.isNull())
            emit recordActivated(item->data(0, KindRole).toString(), id);
    });
    m_run->setEnabled(false);
    m_cancel->setEnabled(false);
    m_status->setText(tr("Review lists conflicts, rooms too small, missing speakers or rooms, unscheduled "
                         "sessions, gaps and speakers over their availability."));
}

void ReviewPanel::setClient(LlmClient *client)
{
    m_call->setClient(client);
}

ReviewPanel::~ReviewPanel() = default;

void ReviewPanel::setEvent(const QUuid &eventId)
{
    if (eventId == m_eventId)
        return;
    cancel();
    m_eventId = eventId;
    m_findings.clear();
    m_list->clear();
    m_notes->hide();
    m_run->setEnabled(!eventId.isNull());
}

void ReviewPanel::review()
{
    if (m_running || m_eventId.isNull())
        return;
    m_running = true;
    const quint64 generation = ++m_generation;
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_notes->hide();
    m_status->setText(tr("Reviewing…"));
    std::optional<ProviderProfile> profile;
    QString skipped;
    if (!m_useModel->isChecked()) {
        skipped = tr("The model was not asked.");
    } else if (auto active = AssistantSettings::load().profileFor(AssistantTask::Review)) {
        profile = active.value();
    } else {
        skipped = tr("The model part was skipped: %1").arg(active.error().message);
    }
    const bool withModel = profile.has_value();
    m_worker.run(
        this,
        [eventId = m_eventId, withModel](EventStore &s) -> Result<Computed> {
            auto computed = ScheduleReview::compute(s, eventId, {});
            if (!computed)
                return computed.error();
            Computed c{computed.value(), std::nullopt};
            if (withModel) {
                auto request = ScheduleReview::modelRequest(s, eventId, c.findings);
                if (!request)
                    return request.error();
                c.request = request.value();
            }
            return c;
        },
        [this, generation, profile, skipped](const Result<Computed> &computed) {
            if (generation != m_generation)
                return;
            if (!computed) {
                finish(false, computed.error().message);
                return;
            }
            showFindings(computed.value().findings); // at once: the model's part may take a while
            if (!profile) {
                finish(true, skipped);
                return;
            }
            m_request = computed.value().request;
            AssistantSettings::load().applyTo(AssistantTask::Review, m_request->request);
            m_status->setText(tr("Asking the model for more findings…"));
            QPointer<ReviewPanel> guard(this);
            m_keys->keyFor(*profile, [guard, generation, profile](KeyStore::Lookup lookup) {
                if (!guard || generation != guard->m_generation)
                    return;
                if (lookup.error)
                    guard->finish(false, lookup.error->message);
                else {
                    guard->m_call->setUsage({guard->m_eventId, AssistantTask::Review, {}, false});
                    guard->m_call->start(*profile, guard->m_request->request, lookup.key);
                }
            });
        });
}

void ReviewPanel::onCallFinished()
{
    if (!m_running || !m_request || !m_call->result())
        return;
    const Result<QJsonValue> &answer = *m_call->result();
    if (!answer) {
        finish(false, answer.error().code == ErrorCode::Cancelled
                          ? tr("The model's part was cancelled; the computed findings are shown.")
                          : answer.error().message);
        return;
    }
    const ScheduleReview::Merged merged = ScheduleReview::merge(m_findings, answer.value(), m_request->index);
    showFindings(merged.findings);
    m_notes->setText(merged.notes.join(u'\n'));
    m_notes->setVisible(!merged.notes.isEmpty());
    finish(true, {});
}

void ReviewPanel::showFindings(const QList<ReviewFinding> &findings)
{
    m_findings = findings;
    m_list->clear();
    for (const ReviewFinding &f : findings) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(SeverityColumn, ReviewFinding::severityDisplayName(f.severity));
        item->setIcon(SeverityColumn, style()->standardIcon(f.severity == ReviewFinding::Severity::Error
                                                                ? QStyle::SP_MessageBoxCritical
                                                            : f.severity == ReviewFinding::Severity::Warning
                                                                ? QStyle::SP_MessageBoxWarning
                                                                : QStyle::SP_MessageBoxInformation));
        item->setText(FindingColumn, f.message);
        item->setToolTip(FindingColumn, f.message);
        item->setText(SourceColumn, f.fromModel ? tr("Model") : tr("Computed"));
        item->setData(0, KindRole, f.itemKind);
        item->setData(0, IdRole, f.itemId);
    }
}

void ReviewPanel::finish(bool ok, const QString &status)
{
    m_running = false;
    m_run->setEnabled(!m_eventId.isNull());
    m_cancel->setEnabled(false);
    const int computed = int(std::count_if(m_findings.cbegin(), m_findings.cend(),
                                           [](const ReviewFinding &f) { return !f.fromModel; }));
    const int fromModel = int(m_findings.size()) - computed;
    const QString counts =
        fromModel > 0 ? tr("%n finding(s) computed, %1 from the model.", nullptr, computed).arg(fromModel)
                      : tr("%n finding(s) computed.", nullptr, computed);
    m_status->setText(Sentences::join(counts, status));
    emit reviewFinished(ok);
}

void ReviewPanel::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    if (m_call->isRunning())
        m_call->cancel(); // finishes through onCallFinished
    else
        finish(false, tr("Cancelled."));
}

} // namespace EventDesk
