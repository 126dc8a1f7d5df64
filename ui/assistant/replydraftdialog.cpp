#include "replydraftdialog.h"

#include "assistant/assistantsettings.h"
#include "assistant/structuredcall.h"
#include "common/filelocations.h"
#include "llm/keystore.h"
#include "model/participant.h"
#include "registration/messagetemplate.h"
#include "storage/storageworker.h"

#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{
constexpr int KindRole = Qt::UserRole;
constexpr int IdRole = Qt::UserRole + 1;

QString kindDisplayName(const QString &kind)
{
    if (kind == u"event")
        return ReplyDraftDialog::tr("Event");
    if (kind == u"session")
        return ReplyDraftDialog::tr("Session");
    if (kind == u"room")
        return ReplyDraftDialog::tr("Room");
    if (kind == u"ticket")
        return ReplyDraftDialog::tr("Ticket type");
    if (kind == u"participant")
        return ReplyDraftDialog::tr("Registration");
    return kind;
}

struct Loaded {
    Event event;
    QList<Participant> participants;
};
} // namespace

ReplyDraftDialog::ReplyDraftDialog(StorageWorker &worker, const QUuid &eventId, QWidget *parent)
    : QDialog(parent), m_worker(worker), m_eventId(eventId), m_keys(new KeyStore(u"EventDesk"_s, this)),
      m_call(new StructuredCall(this)), m_question(new QPlainTextEdit(this)),
      m_participant(new QComboBox(this)), m_draftButton(new QPushButton(tr("&Draft"), this)),
      m_cancelButton(new QPushButton(tr("&Cancel"), this)), m_profile(new QLabel(this)),
      m_status(new QLabel(this)), m_notInData(new QLabel(this)), m_reply(new QPlainTextEdit(this)),
      m_facts(new QListWidget(this)), m_unresolved(new QLabel(this)),
      m_copy(new QPushButton(tr("C&opy"), this)), m_saveEml(new QPushButton(tr("&Save as .eml…"), this)),
      m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(u"replyDraftDialog"_s);
    setWindowTitle(tr("Draft a Reply"));
    m_question->setObjectName(u"replyQuestion"_s);
    m_question->setPlaceholderText(tr("Paste the participant's question here"));
    m_question->setTabChangesFocus(true);
    m_participant->setObjectName(u"replyParticipant"_s);
    m_participant->addItem(tr("No registration picked"), QUuid());
    m_participant->setEnabled(false);
    m_draftButton->setObjectName(u"replyDraftButton"_s);
    m_draftButton->setDefault(true);
    m_cancelButton->setObjectName(u"replyCancelButton"_s);
    m_profile->setObjectName(u"replyProfile"_s);
    m_status->setObjectName(u"replyStatus"_s);
    m_status->setWordWrap(true);
    m_notInData->setObjectName(u"replyNotInData"_s);
    m_notInData->setWordWrap(true);
    m_notInData->setText(
        tr("<b>Not in the data:</b> the event's data does not hold the answer. The draft says "
           "so; check it before sending."));
    m_notInData->setStyleSheet(u"QLabel { background: #fff4ce; color: #5c4400; padding: 4px; }"_s);
    m_notInData->hide();
    m_reply->setObjectName(u"replyText"_s);
    m_reply->setPlaceholderText(tr("The draft reply appears here; edit it before you send it."));
    m_facts->setObjectName(u"replyFacts"_s);
    m_facts->setToolTip(tr("The facts the draft uses; activate one to show its record."));
    m_unresolved->setObjectName(u"replyUnresolved"_s);
    m_unresolved->setWordWrap(true);
    m_unresolved->hide();
    m_copy->setObjectName(u"replyCopyButton"_s);
    m_saveEml->setObjectName(u"replySaveEmlButton"_s);
    m_close->setObjectName(u"replyCloseButton"_s);

    auto *layout = new QVBoxLayout(this);
    auto *questionLabel = new QLabel(tr("&Question:"), this);
    questionLabel->setBuddy(m_question);
    layout->addWidget(questionLabel);
    layout->addWidget(m_question, 1);
    auto *who = new QHBoxLayout;
    auto *whoLabel = new QLabel(tr("&Registration:"), this);
    whoLabel->setBuddy(m_participant);
    who->addWidget(whoLabel);
    who->addWidget(m_participant, 1);
    layout->addLayout(who);
    auto *run = new QHBoxLayout;
    run->addWidget(m_draftButton);
    run->addWidget(m_cancelButton);
    run->addWidget(m_status, 1);
    run->addWidget(m_profile);
    layout->addLayout(run);
    layout->addWidget(m_notInData);
    auto *replyLabel = new QLabel(tr("Repl&y:"), this);
    replyLabel->setBuddy(m_reply);
    layout->addWidget(replyLabel);
    layout->addWidget(m_reply, 2);
    layout->addWidget(new QLabel(tr("Facts used:"), this));
    layout->addWidget(m_facts, 1);
    layout->addWidget(m_unresolved);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_copy);
    bottom->addWidget(m_saveEml);
    bottom->addStretch();
    bottom->addWidget(m_close);
    layout->addLayout(bottom);
    resize(640, 640);

    connect(m_draftButton, &QPushButton::clicked, this, &ReplyDraftDialog::startDraft);
    connect(m_cancelButton, &QPushButton::clicked, this, &ReplyDraftDialog::cancelDraft);
    connect(m_copy, &QPushButton::clicked, this, &ReplyDraftDialog::copyReply);
    connect(m_saveEml, &QPushButton::clicked, this, &ReplyDraftDialog::saveEml);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_reply, &QPlainTextEdit::textChanged, this, &ReplyDraftDialog::updateButtons);
    connect(m_question, &QPlainTextEdit::textChanged, this, &ReplyDraftDialog::updateButtons);
    connect(m_call, &StructuredCall::finished, this, &ReplyDraftDialog::onCallFinished);
    connect(m_facts, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit recordActivated(item->data(KindRole).toString(), item->data(IdRole).toUuid());
    });

    if (auto profile = AssistantSettings::load().profileFor(AssistantTask::Reply))
        m_profile->setText(tr("Model: %1").arg(profile.value().model));
    else
        m_profile->setText(tr("No assistant profile is set up (Tools › Assistant Profiles…)."));

    // The event (for the subject) and its registrations (for the picker) are read on the storage thread.
    m_worker.run(
        this,
        [eventId](EventStore &s) -> Result<Loaded> {
            auto event = s.get<Event>(eventId);
            if (!event)
                return event.error();
            auto people = s.list<Participant>(eventId);
            if (!people)
                return people.error();
            return Loaded{event.value(), people.value()};
        },
        [this](const Result<Loaded> &result) {
            m_loaded = true;
            if (!result) {
                m_status->setText(result.error().message);
            } else {
                m_event = result.value().event;
                QList<Participant> people = result.value().participants;
                std::sort(people.begin(), people.end(), [](const Participant &a, const Participant &b) {
                    return QString::localeAwareCompare(a.name, b.name) < 0;
                });
                for (const Participant &p : std::as_const(people)) {
                    m_people.append({p.meta.id, p.email});
                    m_participant->addItem(tr("%1 (%2)").arg(p.name, participantStatusDisplayName(p.status)),
                                           p.meta.id);
                }
                m_participant->setEnabled(true);
                if (!m_wantedParticipant.isNull())
                    setParticipant(m_wantedParticipant);
            }
            updateButtons();
            emit loaded();
        });
    updateButtons();
}

void ReplyDraftDialog::setClient(LlmClient *client)
{
    m_call->setClient(client);
}

ReplyDraftDialog::~ReplyDraftDialog() = default;

void ReplyDraftDialog::setQuestion(const QString &question)
{
    m_question->setPlainText(question);
}

void ReplyDraftDialog::setParticipant(const QUuid &id)
{
    m_wantedParticipant = id;
    const int index = m_participant->findData(id);
    if (index >= 0)
        m_participant->setCurrentIndex(index);
}

QUuid ReplyDraftDialog::participant() const
{
    return m_participant->currentData().toUuid();
}

void ReplyDraftDialog::updateButtons()
{
    m_draftButton->setEnabled(m_loaded && !m_drafting && !m_question->toPlainText().trimmed().isEmpty());
    m_cancelButton->setEnabled(m_drafting);
    const bool hasReply = !m_reply->toPlainText().trimmed().isEmpty();
    m_copy->setEnabled(hasReply);
    m_saveEml->setEnabled(hasReply && !m_drafting);
}

void ReplyDraftDialog::startDraft()
{
    const QString question = m_question->toPlainText().trimmed();
    if (m_drafting || question.isEmpty())
        return;
    auto profile = AssistantSettings::load().profileFor(AssistantTask::Reply);
    if (!profile) {
        m_status->setText(profile.error().message);
        emit draftFinished(false);
        return;
    }
    m_drafting = true;
    const quint64 generation = ++m_generation;
    m_status->setText(tr("Drafting…"));
    updateButtons();
    QPointer<ReplyDraftDialog> guard(this);
    m_keys->keyFor(profile.value(), [guard, profile = profile.value(), generation](KeyStore::Lookup lookup) {
        if (!guard || generation != guard->m_generation)
            return;
        if (lookup.error)
            guard->finish(false, lookup.error->message);
        else
            guard->send(profile, lookup.key, generation);
    });
}

void ReplyDraftDialog::send(const ProviderProfile &profile, const QString &key, quint64 generation)
{
    // The request is built from the workspace on the storage thread; the model is asked on this one,
    // asynchronously.
    m_worker.run(
        this,
        [eventId = m_eventId, question = m_question->toPlainText().trimmed(), participant = participant()](
            EventStore &s) { return ReplyGrounding::build(s, eventId, question, participant); },
        [this, profile, key, generation](const Result<ReplyGrounding> &grounding) {
            if (generation != m_generation)
                return;
            if (!grounding) {
                finish(false, grounding.error().message);
                return;
            }
            m_grounding = grounding.value();
            ChatRequest request = m_grounding->request();
            AssistantSettings::load().applyTo(AssistantTask::Reply, request);
            m_call->setUsage({m_eventId, AssistantTask::Reply, {}, false});
            m_call->start(profile, request, key);
        });
}

void ReplyDraftDialog::onCallFinished()
{
    if (!m_drafting || !m_grounding || !m_call->result())
        return;
    const Result<QJsonValue> &result = *m_call->result();
    if (!result) {
        finish(false,
               result.error().code == ErrorCode::Cancelled ? tr("Cancelled.") : result.error().message);
        return;
    }
    auto draft = m_grounding->draft(result.value());
    if (!draft) {
        finish(false, draft.error().message);
        return;
    }
    showDraft(draft.value());
    finish(true, draft.value().answered ? tr("Draft ready; check it before sending.")
                                        : tr("Draft ready: the event's data does not hold the answer."));
}

void ReplyDraftDialog::showDraft(const ReplyDraft &draft)
{
    m_draft = draft;
    m_reply->setPlainText(draft.reply);
    m_notInData->setVisible(!draft.answered);
    m_facts->clear();
    for (const ReplyFact &f : draft.facts) {
        auto *item = new QListWidgetItem(
            tr("%1 \u201c%2\u201d: %3").arg(kindDisplayName(f.kind), f.label, f.text), m_facts);
        item->setData(KindRole, f.kind);
        item->setData(IdRole, f.id);
        item->setToolTip(f.id.toString(QUuid::WithoutBraces));
    }
    if (draft.facts.isEmpty())
        new QListWidgetItem(tr("(The draft uses no facts from the event's data.)"), m_facts);
    m_unresolved->setText(draft.unresolved.join(u'\n'));
    m_unresolved->setVisible(!draft.unresolved.isEmpty());
}

void ReplyDraftDialog::finish(bool ok, const QString &status)
{
    m_drafting = false;
    m_status->setText(status);
    updateButtons();
    emit draftFinished(ok);
}

void ReplyDraftDialog::cancelDraft()
{
    if (!m_drafting)
        return;
    ++m_generation; // a key lookup or request build still under way is ignored
    if (m_call->isRunning())
        m_call->cancel(); // finishes through onCallFinished
    else
        finish(false, tr("Cancelled."));
}

void ReplyDraftDialog::copyReply()
{
    QGuiApplication::clipboard()->setText(m_reply->toPlainText());
    m_status->setText(tr("The reply is copied."));
}

void ReplyDraftDialog::saveEml()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the reply"), FileLocations::start(tr("reply.eml")), tr("Email messages (*.eml)"));
    FileLocations::rememberFile(path);
    if (!path.isEmpty())
        saveEmlTo(path);
}

void ReplyDraftDialog::saveEmlTo(const QString &path)
{
    RenderedMessage message;
    const QUuid who = participant();
    for (const Person &p : std::as_const(m_people))
        if (p.id == who)
            message.to = p.email;
    message.subject = tr("Re: your question about %1").arg(m_event.name);
    message.body = m_reply->toPlainText();
    m_worker.run(
        this, [path, message](EventStore &) { return MessageRenderer::writeEmlFile(path, message); },
        [this, path](const Result<void> &written) {
            m_status->setText(written ? tr("Saved as %1.").arg(path) : written.error().message);
            emit emlSaved(written.ok(), path);
        });
}

} // namespace EventDesk
