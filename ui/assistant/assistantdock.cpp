#include "assistantdock.h"

#include "assistant/eventcontext.h"
#include "common/messagebox.h"
#include "llm/keystore.h"
#include "llm/llmclient.h"
#include "llm/llmerror.h"
#include "requestpreviewdialog.h"
#include "storage/assistantstore.h"
#include "storage/storageworker.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{
QString money(double dollars)
{
    return u"$"_s + QLocale().toString(dollars, 'f', dollars < 1 ? 4 : 2);
}
} // namespace

AssistantDock::AssistantDock(StorageWorker &worker, LlmClient &client, QWidget *parent)
    : QDockWidget(tr("Assistant"), parent), m_worker(worker), m_client(client)
{
    setObjectName(u"assistantDock"_s);
    setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(u"assistantPages"_s);
    m_chatPage = createChatPage();
    m_emptyPage = createEmptyPage();
    m_pages->addWidget(m_chatPage);
    m_pages->addWidget(m_emptyPage);
    setWidget(m_pages);
    reloadSettings();
    // Every task's requests (agenda, pre-fill, replies, review) count towards the month and the budget.
    connect(AssistantUsageNotifier::instance(), &AssistantUsageNotifier::recorded, this,
            [this](const QUuid &eventId) {
                if (eventId == m_eventId)
                    refreshUsage();
            });
}

AssistantDock::~AssistantDock()
{
    if (m_turn)
        m_turn->disconnect(this); // stopped by its own destructor, as a child
}

QWidget *AssistantDock::createChatPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"assistantChatPage"_s);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 6, 6, 6);

    m_profileLabel = new QLabel(page);
    m_profileLabel->setObjectName(u"profileLabel"_s);
    m_profileLabel->setWordWrap(true);
    layout->addWidget(m_profileLabel);

    m_transcript = new AssistantTranscript(page);
    m_taskPanels = new QStackedWidget(page);
    m_taskPanels->setObjectName(u"taskPanels"_s);
    m_taskPanels->hide();
    auto *split = new QSplitter(Qt::Vertical, page);
    split->setObjectName(u"assistantSplitter"_s);
    split->addWidget(m_transcript);
    split->addWidget(m_taskPanels);
    split->setStretchFactor(0, 1);
    layout->addWidget(split, 1);

    m_status = new QLabel(page);
    m_status->setObjectName(u"assistantStatus"_s);
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);

    // A row that scrolls sideways when the dock is narrow, so the dock never forces the window wider.
    auto *quick = new QScrollArea(page);
    quick->setObjectName(u"quickActionsArea"_s);
    quick->setWidget(createQuickActions());
    quick->setWidgetResizable(true);
    quick->setFrameShape(QFrame::NoFrame);
    quick->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    quick->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    quick->setMinimumHeight(quick->widget()->sizeHint().height() +
                            quick->horizontalScrollBar()->sizeHint().height());
    quick->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    layout->addWidget(quick);

    m_input = new QPlainTextEdit(page);
    m_input->setObjectName(u"chatInput"_s);
    m_input->setPlaceholderText(tr("Ask about this event… (Enter sends, Shift+Enter starts a new line)"));
    m_input->setAccessibleName(tr("Message to the assistant"));
    m_input->setMaximumHeight(m_input->fontMetrics().lineSpacing() * 5);
    m_input->installEventFilter(this);
    connect(m_input, &QPlainTextEdit::textChanged, this, &AssistantDock::updateButtons);
    layout->addWidget(m_input);

    // The buttons have no Alt keys: the dock sits beside every page, whose keys they would take. Enter sends
    // and Escape stops in the message box, and the other commands are in Tools with keys of their own.
    auto *buttons = new QGridLayout; // two rows of three: the dock stays narrow
    auto button = [&](const QString &name, const QString &text, void (AssistantDock::*slot)(),
                      const char *actionName = nullptr, const QString &menuText = {}) {
        auto *b = new QPushButton(text, page);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        const int n = buttons->count();
        buttons->addWidget(b, n / 3, n % 3);
        if (actionName) {
            auto *action = new QAction(menuText, this);
            action->setObjectName(QString::fromLatin1(actionName));
            connect(action, &QAction::triggered, this, slot);
            m_commands.append({b, action});
        }
        return b;
    };
    m_send = button(u"sendButton"_s, tr("Send"), &AssistantDock::send);
    m_stop =
        button(u"stopButton"_s, tr("Stop"), &AssistantDock::stop, "actionAssistantStop", tr("S&top Answer"));
    m_retry = button(u"retryButton"_s, tr("Retry"), &AssistantDock::retry, "actionAssistantRetry",
                     tr("Retr&y Last Message"));
    m_copy = button(u"copyButton"_s, tr("Copy"), &AssistantDock::copyLastAnswer, "actionAssistantCopy",
                    tr("&Copy Last Answer"));
    m_clear = button(u"clearButton"_s, tr("Clear…"), &AssistantDock::clearConversation,
                     "actionAssistantClear", tr("Clear Co&nversation…"));
    m_preview = button(u"previewButton"_s, tr("What will be sent…"), &AssistantDock::showPreview,
                       "actionAssistantPreview", tr("&What Will Be Sent…"));
    m_copy->setToolTip(tr("Copy the last answer"));
    m_retry->setToolTip(tr("Send the last message again"));
    layout->addLayout(buttons);

    m_usage = new QLabel(page);
    m_usage->setObjectName(u"usageLabel"_s);
    m_usage->setWordWrap(true);
    layout->addWidget(m_usage);
    m_budget = new QLabel(page);
    m_budget->setObjectName(u"budgetWarning"_s);
    m_budget->setWordWrap(true);
    m_budget->setStyleSheet(u"color: #b00020;"_s);
    m_budget->hide();
    layout->addWidget(m_budget);
    return page;
}

QWidget *AssistantDock::createEmptyPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"assistantEmptyState"_s);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    auto *text = new QLabel(tr("The assistant needs a language-model profile: a service such as OpenAI or "
                               "Anthropic with your key, or a model on this computer (Ollama, llama.cpp)."),
                            page);
    text->setObjectName(u"emptyStateText"_s);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    layout->addWidget(text);
    auto *open = new QPushButton(tr("Set Up a &Profile…"), page);
    open->setObjectName(u"openProfilesButton"_s);
    connect(open, &QPushButton::clicked, this, &AssistantDock::profilesRequested);
    layout->addWidget(open, 0, Qt::AlignCenter);
    layout->addStretch();
    return page;
}

QWidget *AssistantDock::createQuickActions()
{
    auto *row = new QWidget(this);
    row->setObjectName(u"quickActions"_s);
    // Two columns, so that every action shows without scrolling in a dock of ordinary width.
    auto *layout = new QGridLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    struct Quick {
        const char *name;
        const char *action;
        QString text;
        QString menuText;
        AssistantTask task;
        QString request; // empty: the input box's text
    };
    const QList<Quick> quick{
        {"quickAgendaButton",
         "actionAssistantAgenda",
         tr("Draft agenda…"),
         tr("Draft &Agenda…"),
         AssistantTask::Agenda,
         {}},
        {"quickFillButton", "actionAssistantFill", tr("Fill unscheduled"), tr("&Fill Unscheduled Sessions"),
         AssistantTask::Agenda, tr("Fill the unscheduled sessions into free rooms and times.")},
        {"quickBreaksButton", "actionAssistantBreaks", tr("Add breaks"), tr("Add &Breaks"),
         AssistantTask::Agenda, tr("Add lunch and coffee breaks.")},
        {"quickPrefillButton",
         "actionAssistantPrefill",
         tr("Pre-fill registrations…"),
         tr("Pre-fill &Registrations…"),
         AssistantTask::Prefill,
         {}},
        {"quickReplyButton",
         "actionAssistantReply",
         tr("Draft reply…"),
         tr("Draft Rep&ly…"),
         AssistantTask::Reply,
         {}},
        {"quickReviewButton",
         "actionAssistantReview",
         tr("Review"),
         tr("Re&view Schedule"),
         AssistantTask::Review,
         {}},
    };
    for (qsizetype i = 0; i < quick.size(); ++i) {
        const Quick &q = quick.at(i);
        auto *action = new QAction(q.menuText, this);
        action->setObjectName(QString::fromLatin1(q.action));
        connect(action, &QAction::triggered, this, [this, q] {
            emit quickAction(q.task, q.request.isEmpty() ? m_input->toPlainText().trimmed() : q.request);
        });
        m_taskActions.append(action);
        auto *b = new QPushButton(q.text, row);
        b->setObjectName(QString::fromLatin1(q.name));
        b->setFlat(true);
        connect(b, &QPushButton::clicked, action, &QAction::trigger);
        b->setStyleSheet(u"text-align: left"_s);
        layout->addWidget(b, int(i / 2), int(i % 2));
    }
    return row;
}

void AssistantDock::reloadSettings()
{
    m_settings = AssistantSettings::load();
    const bool anyProfile = !ProviderProfile::loadAll().isEmpty();
    auto profile = m_settings.profileFor(AssistantTask::Chat);
    m_profile.reset();
    if (profile)
        m_profile = profile.value();
    m_pages->setCurrentWidget(anyProfile ? m_chatPage : m_emptyPage);
    for (QAction *a : std::as_const(m_taskActions))
        a->setEnabled(anyProfile);
    if (m_profile)
        m_profileLabel->setText(tr("Profile %1 · model %2").arg(m_profile->name, m_profile->model));
    else
        m_profileLabel->setText(profile.error().message);
    showUsage();
    updateButtons();
}

void AssistantDock::focusInput()
{
    if (m_input->isVisible())
        m_input->setFocus(Qt::ShortcutFocusReason);
    else if (auto *button = m_emptyPage->findChild<QPushButton *>(); button && button->isVisible())
        button->setFocus(Qt::ShortcutFocusReason);
}

void AssistantDock::setTaskPanel(QWidget *panel)
{
    if (!panel) {
        m_taskPanels->hide();
        return;
    }
    if (m_taskPanels->indexOf(panel) < 0)
        m_taskPanels->addWidget(panel);
    m_taskPanels->setCurrentWidget(panel);
    m_taskPanels->show();
}

QWidget *AssistantDock::taskPanel() const
{
    return m_taskPanels->isVisible() ? m_taskPanels->currentWidget() : nullptr;
}

void AssistantDock::setEvent(const QUuid &eventId)
{
    if (eventId == m_eventId)
        return;
    stop();
    m_eventId = eventId;
    m_messages.clear();
    m_totals.reset();
    m_loaded = false;
    m_status->hide();
    m_transcript->setMessages({});
    loadConversation();
    refreshUsage();
    updateButtons();
}

void AssistantDock::loadConversation()
{
    const int generation = ++m_loadGeneration;
    if (m_eventId.isNull())
        return;
    m_worker.run(
        this, [id = m_eventId](EventStore &s) { return AssistantStore(s).messages(id); },
        [this, generation](const Result<QList<AssistantMessage>> &messages) {
            if (generation != m_loadGeneration)
                return;
            if (!messages) {
                showStatus(messages.error().message);
                return;
            }
            m_messages = messages.value();
            m_loaded = true;
            m_transcript->setMessages(m_messages);
            showUsage();
            updateButtons();
        });
}

void AssistantDock::refreshUsage()
{
    if (m_eventId.isNull())
        return;
    AssistantUsage::totalsLater(this, m_ledgerPath, m_eventId, QDate::currentDate(),
                                [this, id = m_eventId](const AssistantUsage::Totals &totals) {
                                    if (id != m_eventId)
                                        return;
                                    m_totals = totals;
                                    showUsage();
                                });
}

void AssistantDock::showUsage()
{
    qint64 tokens = 0;
    double cost = 0;
    for (const AssistantMessage &m : std::as_const(m_messages)) {
        const QJsonObject usage = m.meta.value(u"usage"_s).toObject();
        tokens += usage.value(u"inputTokens"_s).toInteger() + usage.value(u"outputTokens"_s).toInteger();
        cost += m.meta.value(u"cost"_s).toDouble();
    }
    QString text = tr("This conversation: %1 tokens, %2.").arg(QLocale().toString(tokens), money(cost));
    if (m_totals) {
        const UsageLedger::Totals &month = m_totals->month;
        text +=
            u' ' + tr("This event this month: %1 tokens, %2.")
                       .arg(QLocale().toString(month.inputTokens + month.outputTokens), money(month.cost));
    }
    m_usage->setText(text);
    const bool over = m_totals && m_settings.overBudget(m_totals->month.cost);
    if (over)
        m_budget->setText(tr("Over budget: the assistant has cost %1 for this event this month; the monthly "
                             "budget is %2.")
                              .arg(money(m_totals->month.cost), money(m_settings.monthlyBudget())));
    m_budget->setVisible(over);
}

void AssistantDock::updateButtons()
{
    const bool busy = isBusy();
    const bool ready = m_loaded && m_profile.has_value() && !m_eventId.isNull();
    bool hasUser = false, hasAnswer = false;
    for (const AssistantMessage &m : std::as_const(m_messages)) {
        hasUser = hasUser || m.role == u"user";
        hasAnswer = hasAnswer || (m.role == u"assistant" && !m.content.isEmpty());
    }
    m_send->setEnabled(ready && !busy && !m_input->toPlainText().trimmed().isEmpty());
    m_stop->setEnabled(busy);
    m_retry->setEnabled(ready && !busy && hasUser);
    m_copy->setEnabled(hasAnswer);
    m_clear->setEnabled(m_loaded && !busy && !m_messages.isEmpty());
    m_preview->setEnabled(ready && !busy);
    for (const auto &[b, action] : std::as_const(m_commands))
        action->setEnabled(b->isEnabled());
}

bool AssistantDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            !(key->modifiers() & Qt::ShiftModifier)) {
            send();
            return true; // Enter sends; Shift+Enter is a new line
        }
        if (key->key() == Qt::Key_Escape && isBusy()) {
            stop();
            return true; // Escape stops an answer on its way
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

void AssistantDock::send()
{
    sendMessage(m_input->toPlainText());
}

void AssistantDock::sendMessage(const QString &text)
{
    const QString message = text.trimmed();
    if (message.isEmpty() || isBusy() || !m_loaded || m_eventId.isNull())
        return;
    if (!m_profile) {
        reloadSettings();
        if (!m_profile)
            return;
    }
    m_input->clear();
    AssistantMessage user;
    user.eventId = m_eventId;
    user.role = u"user"_s;
    user.content = message;
    user.meta = QJsonObject{{u"task"_s, AssistantSettings::taskName(AssistantTask::Chat)}};
    user.created = QDateTime::currentDateTimeUtc();
    m_messages.append(user);
    storeMessage(user);
    startTurn(message, false);
}

void AssistantDock::retry()
{
    if (isBusy() || !m_loaded)
        return;
    for (qsizetype i = m_messages.size() - 1; i >= 0; --i) {
        if (m_messages.at(i).role == u"user") {
            startTurn(m_messages.at(i).content, true);
            return;
        }
    }
}

QList<ChatMessage> AssistantDock::history(qsizetype upTo) const
{
    // User and assistant in turn: of several answers to one message (Retry), the last one counts.
    QList<ChatMessage> out;
    for (qsizetype i = 0; i < upTo && i < m_messages.size(); ++i) {
        const AssistantMessage &m = m_messages.at(i);
        if (m.content.isEmpty() || (m.role != u"user" && m.role != u"assistant"))
            continue;
        const auto role = m.role == u"user" ? ChatMessage::Role::User : ChatMessage::Role::Assistant;
        if (!out.isEmpty() && out.last().role == role)
            out.removeLast();
        out.append({role, m.content, {}, {}, {}});
    }
    return out;
}

// Prepares the turn: the event's context from the storage thread, the key from the keychain; then sends.
void AssistantDock::startTurn(const QString &text, bool retrying)
{
    m_preparing = true;
    const int generation = ++m_prepareGeneration;
    m_toolLines.clear();
    m_status->hide();
    m_transcript->setMessages(m_messages);
    m_transcript->beginStreaming();
    updateButtons();
    const ProviderProfile profile = *m_profile;
    m_worker.run(
        this, [id = m_eventId](EventStore &s) { return EventContext(s, id).text(); },
        [this, generation, text, retrying, profile](const Result<QString> &context) {
            if (generation != m_prepareGeneration)
                return;
            if (!context) {
                m_preparing = false;
                m_transcript->setStreamingNote(context.error().message);
                m_transcript->endStreaming();
                showStatus(context.error().message);
                updateButtons();
                return;
            }
            auto *keys = new KeyStore(QStringLiteral("EventDesk"), this);
            keys->keyFor(profile, [this, keys, generation, text, retrying,
                                   contextText = context.value()](KeyStore::Lookup lookup) {
                keys->deleteLater();
                if (generation != m_prepareGeneration)
                    return;
                if (lookup.error) {
                    m_preparing = false;
                    m_transcript->setStreamingNote(lookup.error->message);
                    m_transcript->endStreaming();
                    showStatus(lookup.error->message);
                    updateButtons();
                    return;
                }
                if (!lookup.notice.isEmpty())
                    showStatus(lookup.notice);
                launch(text, retrying, contextText, lookup.key);
            });
        });
}

void AssistantDock::launch(const QString &text, bool retrying, const QString &context, const QString &key)
{
    m_preparing = false;
    AssistantTurn::Setup setup;
    setup.profile = *m_profile;
    setup.key = key;
    setup.systemPrompt = AssistantTurn::systemPrompt(context);
    qsizetype lastUser = m_messages.size() - 1;
    while (lastUser >= 0 && m_messages.at(lastUser).role != u"user")
        --lastUser;
    setup.history = history(qMax<qsizetype>(0, lastUser));
    setup.message = text;
    setup.tools = EventContext::tools();
    const QUuid eventId = m_eventId;
    QPointer<AssistantDock> guard(this);
    setup.runTool = [guard, eventId](const ToolCall &call, const std::function<void(const QString &)> &done) {
        if (!guard)
            return;
        // The event's data is read on the storage thread, never here.
        guard->m_worker.run(
            guard.data(),
            [eventId, call](EventStore &s) {
                return EventContext(s, eventId).runTool(call.name, call.arguments);
            },
            [done](const QString &result) { done(result); });
    };
    setup.redact = m_settings.redact(AssistantTask::Chat);
    setup.useCache = m_settings.cacheEnabled() && !retrying;
    setup.eventId = eventId;
    setup.ledgerPath = m_ledgerPath;
    m_turnEvent = eventId;
    m_turn = new AssistantTurn(&m_client, setup, this);
    connect(m_turn, &AssistantTurn::textDelta, m_transcript, &AssistantTranscript::appendDelta);
    connect(m_turn, &AssistantTurn::toolCallStarted, this,
            [this](int, const QString &name, const QString &arguments) {
                m_toolLines.append({name, arguments, -1});
                m_transcript->setToolLines(m_toolLines);
            });
    connect(m_turn, &AssistantTurn::toolCallFinished, this,
            [this](int index, const QString &, const QString &, qsizetype bytes) {
                if (index < m_toolLines.size())
                    m_toolLines[index].resultBytes = bytes;
                m_transcript->setToolLines(m_toolLines);
            });
    connect(m_turn, &AssistantTurn::finished, this, &AssistantDock::onTurnFinished);
    m_turn->start();
    updateButtons();
}

void AssistantDock::stop()
{
    if (m_preparing) {
        ++m_prepareGeneration; // the context or key arriving later starts nothing
        m_preparing = false;
        m_transcript->setStreamingNote(tr("Stopped."));
        m_transcript->endStreaming();
        updateButtons();
    }
    if (m_turn)
        m_turn->cancel(); // onTurnFinished stores what arrived
}

void AssistantDock::onTurnFinished()
{
    AssistantTurn *turn = m_turn;
    if (!turn)
        return;
    m_turn = nullptr;
    turn->deleteLater();
    const bool stopped = turn->isCancelled();
    QString errorText;
    if (turn->error() && !stopped)
        errorText = turn->error()->message;
    m_transcript->setStreamingNote(stopped ? tr("Stopped.") : errorText);
    m_transcript->endStreaming();

    const QString content = turn->streamedText(); // after Stop: what had arrived
    if (!content.isEmpty() || !m_toolLines.isEmpty()) {
        QJsonArray tools;
        for (const AssistantTranscript::ToolLine &t : std::as_const(m_toolLines))
            tools.append(QJsonObject{
                {u"name"_s, t.name}, {u"arguments"_s, t.arguments}, {u"resultBytes"_s, t.resultBytes}});
        QJsonObject meta{{u"task"_s, AssistantSettings::taskName(AssistantTask::Chat)},
                         {u"profile"_s, m_profile ? m_profile->name : QString()},
                         {u"model"_s, turn->model()},
                         {u"toolCalls"_s, tools},
                         {u"usage"_s, QJsonObject{{u"inputTokens"_s, turn->usage().inputTokens},
                                                  {u"outputTokens"_s, turn->usage().outputTokens}}},
                         {u"cost"_s, turn->cost().value_or(0)},
                         {u"cached"_s, turn->fromCache()}};
        if (stopped)
            meta.insert(u"stopped"_s, true);
        if (!errorText.isEmpty())
            meta.insert(u"error"_s, errorText);
        AssistantMessage answer;
        answer.eventId = m_turnEvent;
        answer.role = u"assistant"_s;
        answer.content = content;
        answer.meta = meta;
        answer.created = QDateTime::currentDateTimeUtc();
        if (m_turnEvent == m_eventId)
            m_messages.append(answer);
        storeMessage(answer);
    }
    if (!errorText.isEmpty())
        showStatus(errorText);
    if (m_turnEvent == m_eventId) {
        if (turn->usageTotals())
            m_totals = turn->usageTotals();
        m_transcript->setMessages(m_messages);
        showUsage();
    }
    updateButtons();
    emit turnFinished();
}

void AssistantDock::storeMessage(const AssistantMessage &message)
{
    m_worker.run(
        this, [message](EventStore &s) { return AssistantStore(s).append(message); },
        [this](const Result<AssistantMessage> &stored) {
            if (!stored)
                showStatus(tr("Could not keep the conversation: %1").arg(stored.error().message));
        });
}

void AssistantDock::copyLastAnswer()
{
    for (qsizetype i = m_messages.size() - 1; i >= 0; --i) {
        if (m_messages.at(i).role == u"assistant" && !m_messages.at(i).content.isEmpty()) {
            QApplication::clipboard()->setText(m_messages.at(i).content);
            return;
        }
    }
}

void AssistantDock::clearConversation()
{
    if (isBusy() || m_eventId.isNull() || m_messages.isEmpty())
        return;
    if (MessageBox::question(this, tr("Clear the conversation"),
                             tr("Clear the conversation about this event? The assistant forgets it, and it "
                                "cannot be undone."),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const int generation = ++m_loadGeneration;
    m_worker.run(
        this, [id = m_eventId](EventStore &s) { return AssistantStore(s).clearMessages(id); },
        [this, generation](const Result<void> &cleared) {
            if (!cleared) {
                showStatus(cleared.error().message);
                return;
            }
            if (generation != m_loadGeneration)
                return;
            m_messages.clear();
            m_transcript->setMessages({});
            showUsage();
            updateButtons();
        });
}

void AssistantDock::showPreview()
{
    if (!m_profile || m_eventId.isNull())
        return;
    const QString message = m_input->toPlainText().trimmed();
    m_worker.run(
        this, [id = m_eventId](EventStore &s) { return EventContext(s, id).text(); },
        [this, message](const Result<QString> &context) {
            if (!context) {
                showStatus(context.error().message);
                return;
            }
            AssistantTurn::Setup setup;
            setup.systemPrompt = AssistantTurn::systemPrompt(context.value());
            setup.history = history(m_messages.size());
            setup.message = message;
            setup.tools = EventContext::tools();
            setup.redact = m_settings.redact(AssistantTask::Chat);
            const QString text = AssistantTurn::preview(AssistantTurn::request(setup));
            auto *dialog = new RequestPreviewDialog(text, m_profile ? m_profile->name : QString(), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
}

void AssistantDock::showStatus(const QString &message)
{
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
}

} // namespace EventDesk
