#include "participantspage.h"

#include "assistant/prefillreviewdialog.h"
#include "assistant/replydraftdialog.h"
#include "commands/command.h"
#include "common/filelocations.h"
#include "customquestionsdialog.h"
#include "importdialog.h"
#include "io/csvwriter.h"
#include "messagetemplatesdialog.h"
#include "participanttablemodel.h"
#include "registration/messagetemplate.h"
#include "registration/participantimport.h"
#include "registration/registrations.h"
#include "registrationdialog.h"
#include "settings.h"
#include "storage/messagetemplatestore.h"
#include "storage/statushistory.h"
#include "storage/storageworker.h"

#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace EventDesk
{

ParticipantsPage::ParticipantsPage(StorageWorker &worker, QWidget *parent)
    : EventPage(parent), m_worker(worker), m_model(new ParticipantTableModel(worker, this)),
      m_search(new QLineEdit(this)), m_statusFilter(new QComboBox(this)), m_ticketFilter(new QComboBox(this)),
      m_columns(new QToolButton(this)), m_table(new QTableView(this)), m_counts(new QLabel(this)),
      m_history(new QListWidget(this)), m_add(new QPushButton(tr("Ne&w…"), this)),
      m_edit(new QPushButton(tr("Ed&it…"), this)), m_confirm(new QPushButton(tr("Confi&rm"), this)),
      m_cancel(new QPushButton(tr("&Cancel registration"), this)),
      m_waitlist(new QPushButton(tr("Move to w&aitlist"), this)),
      m_delete(new QPushButton(tr("&Delete"), this)), m_import(new QPushButton(tr("I&mport CSV…"), this)),
      m_export(new QPushButton(tr("E&xport"), this)), m_messages(new QPushButton(tr("Me&ssages"), this)),
      m_questionsAction(new QAction(tr("&Questions…"), this)),
      m_templatesAction(new QAction(tr("Message &templates…"), this)),
      m_prefillAction(new QAction(tr("Pre-fill from &Messages…"), this)),
      m_draftReplyAction(new QAction(tr("Draft Reply…"), this)),
      m_importAction(new QAction(tr("Import &Participants…"), this)),
      m_exportAction(new QAction(tr("Export Pa&rticipants…"), this))
{
    setObjectName(u"participantsPage"_s);
    m_search->setObjectName(u"participantSearch"_s);
    setFocusProxy(m_search); // Go › this page puts the cursor in the search box
    m_search->setPlaceholderText(tr("Search name, email, organisation or id"));
    m_search->setAccessibleName(tr("Search participants"));
    m_search->setClearButtonEnabled(true);
    m_statusFilter->setObjectName(u"statusFilter"_s);
    m_statusFilter->addItem(tr("All statuses"), -1);
    for (ParticipantStatus s :
         {ParticipantStatus::Pending, ParticipantStatus::Confirmed, ParticipantStatus::Waitlisted,
          ParticipantStatus::Cancelled, ParticipantStatus::CheckedIn})
        m_statusFilter->addItem(participantStatusDisplayName(s), int(s));
    m_ticketFilter->setObjectName(u"ticketFilter"_s);
    m_columns->setObjectName(u"columnsButton"_s);
    m_columns->setText(tr("Columns"));
    m_columns->setPopupMode(QToolButton::InstantPopup);
    m_table->setObjectName(u"participantTable"_s);
    m_table->setAccessibleName(tr("Participants"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ParticipantTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_counts->setObjectName(u"participantCounts"_s);
    m_history->setObjectName(u"historyList"_s);
    m_history->setAccessibleName(tr("Status history"));
    m_history->setWordWrap(true);
    m_search->setMinimumWidth(120);
    m_add->setObjectName(u"newParticipantButton"_s);
    m_edit->setObjectName(u"editParticipantButton"_s);
    m_confirm->setObjectName(u"confirmParticipantsButton"_s);
    m_cancel->setObjectName(u"cancelParticipantsButton"_s);
    m_waitlist->setObjectName(u"waitlistParticipantsButton"_s);
    m_delete->setObjectName(u"deleteParticipantsButton"_s);
    m_import->setObjectName(u"importCsvButton"_s);
    m_export->setObjectName(u"exportParticipantsButton"_s);
    m_messages->setObjectName(u"messagesButton"_s);

    auto *columnsMenu = new QMenu(m_columns);
    for (int c = 0; c < ParticipantTableModel::ColumnCount; ++c) {
        QAction *a =
            columnsMenu->addAction(m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
        a->setObjectName(u"columnAction_%1"_s.arg(c));
        a->setCheckable(true);
        a->setChecked(c != ParticipantTableModel::PhoneColumn);
        m_table->setColumnHidden(c, !a->isChecked());
        connect(a, &QAction::toggled, this, [this, c](bool on) {
            m_table->setColumnHidden(c, !on);
            saveColumns();
        });
    }
    m_columns->setMenu(columnsMenu);
    restoreColumns();

    m_questionsAction->setObjectName(u"actionCustomQuestions"_s);
    m_questionsAction->setShortcut(QKeySequence(u"Ctrl+Shift+Q"_s));
    m_questionsAction->setToolTip(tr("Edit the questions of the registration form (%1)")
                                      .arg(m_questionsAction->shortcut().toString(QKeySequence::NativeText)));
    m_templatesAction->setObjectName(u"actionMessageTemplates"_s);
    m_templatesAction->setShortcut(QKeySequence(u"Ctrl+Shift+M"_s));
    m_templatesAction->setToolTip(tr("Edit the confirmation, waitlist and reminder messages (%1)")
                                      .arg(m_templatesAction->shortcut().toString(QKeySequence::NativeText)));
    // Window-wide: the main window also lists them in its Event menu, where they work from any page.
    for (QAction *a : {m_questionsAction, m_templatesAction}) {
        a->setShortcutContext(Qt::WindowShortcut);
        addAction(a);
    }
    connect(m_questionsAction, &QAction::triggered, this, &ParticipantsPage::editQuestions);
    connect(m_templatesAction, &QAction::triggered, this, &ParticipantsPage::editMessageTemplates);
    m_prefillAction->setObjectName(u"actionPrefillFromMessages"_s);
    m_prefillAction->setToolTip(
        tr("Let the assistant draft registrations from e-mails; you review them first"));
    connect(m_prefillAction, &QAction::triggered, this, [this] { openPrefill(); });
    auto *prefillButton = new QToolButton(this);
    prefillButton->setObjectName(u"prefillButton"_s);
    prefillButton->setDefaultAction(m_prefillAction);
    auto *questionsButton = new QToolButton(this);
    questionsButton->setObjectName(u"questionsButton"_s);
    questionsButton->setDefaultAction(m_questionsAction);

    m_draftReplyAction->setObjectName(u"actionDraftReply"_s);
    m_draftReplyAction->setToolTip(
        tr("Draft a reply to the selected participant's question with the assistant"));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    // The table's context menu: the buttons' commands on the selected rows, then the reply.
    for (QPushButton *button : {m_edit, m_confirm, m_cancel, m_waitlist, m_delete}) {
        auto *action = new QAction(QString(button->text()).remove(u'&'), this);
        action->setObjectName(button->objectName().replace(u"Button"_s, u"Action"_s));
        connect(action, &QAction::triggered, button, &QPushButton::click);
        m_rowActions.append({button, action});
        m_table->addAction(action);
    }
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_table->addAction(separator);
    m_table->addAction(m_draftReplyAction);
    connect(m_draftReplyAction, &QAction::triggered, this, &ParticipantsPage::draftReply);

    auto *exportMenu = new QMenu(m_export);
    QAction *csv = exportMenu->addAction(tr("CSV (UTF-8)…"));
    QAction *excel = exportMenu->addAction(tr("CSV for Excel (UTF-8 with BOM)…"));
    m_export->setMenu(exportMenu);
    connect(csv, &QAction::triggered, this, [this] {
        setProperty("bom", false);
        exportCsv();
    });
    connect(excel, &QAction::triggered, this, [this] {
        setProperty("bom", true);
        exportCsv();
    });
    auto *messagesMenu = new QMenu(m_messages);
    for (auto kind : {MessageTemplate::Kind::Confirmation, MessageTemplate::Kind::Waitlist,
                      MessageTemplate::Kind::Reminder}) {
        QAction *a = messagesMenu->addAction(
            tr("%1 to the selected: save as .eml files…").arg(MessageTemplate::kindDisplayName(kind)));
        connect(a, &QAction::triggered, this, [this, kind] {
            setProperty("messageKind", int(kind));
            writeMessages();
        });
    }
    QAction *mailto = messagesMenu->addAction(tr("Write to the selected participant in the mail program…"));
    connect(mailto, &QAction::triggered, this, [this] {
        const QList<QUuid> ids = selectedIds();
        if (ids.size() != 1)
            return;
        const auto p = m_model->findById(ids.first());
        if (!p)
            return;
        const auto kind = p->status == ParticipantStatus::Waitlisted ? MessageTemplate::Kind::Waitlist
                                                                     : MessageTemplate::Kind::Confirmation;
        const Participant participant = *p;
        const Event event = m_model->event();
        const QString ticket = m_model->ticketName(p->ticketTypeId);
        m_worker.run(
            this,
            [eventId = event.meta.id, kind](EventStore &s) {
                return MessageTemplateStore(s).effective(eventId, kind);
            },
            [participant, event, ticket](const Result<MessageTemplate> &t) {
                QDesktopServices::openUrl(MessageRenderer::mailtoUrl(MessageRenderer::render(
                    t ? t.value()
                      : MessageTemplate::defaultFor(participant.status == ParticipantStatus::Waitlisted
                                                        ? MessageTemplate::Kind::Waitlist
                                                        : MessageTemplate::Kind::Confirmation),
                    participant, event, ticket)));
            });
    });
    messagesMenu->addSeparator();
    messagesMenu->addAction(m_templatesAction);
    m_messages->setMenu(messagesMenu);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_ticketFilter);
    filters->addWidget(m_columns);
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_confirm, m_cancel, m_waitlist, m_delete})
        actions->addWidget(b);
    actions->addStretch();
    auto *side = new QWidget(this);
    side->setObjectName(u"historyPanel"_s);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(new QLabel(tr("Status history"), side));
    sideLayout->addWidget(m_history);
    auto *split = new QSplitter(this);
    split->addWidget(m_table);
    split->addWidget(side);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setSizes({560, 180});
    m_historyAction = new QAction(tr("Status &History"), this);
    m_historyAction->setObjectName(u"actionStatusHistory"_s);
    m_historyAction->setCheckable(true);
    m_historyAction->setChecked(Settings::value(Settings::Key::ParticipantsHistoryShown).toBool());
    side->setVisible(m_historyAction->isChecked());
    connect(m_historyAction, &QAction::toggled, this, [side](bool shown) {
        side->setVisible(shown);
        Settings::setValue(Settings::Key::ParticipantsHistoryShown, shown);
    });
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Participants"), this), 1);
    top->addWidget(prefillButton);
    top->addWidget(questionsButton);
    for (QPushButton *b : {m_import, m_export, m_messages})
        top->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addLayout(actions);
    layout->addWidget(m_counts);

    connect(m_search, &QLineEdit::textChanged, this, &ParticipantsPage::updateFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &ParticipantsPage::updateFilter);
    connect(m_ticketFilter, &QComboBox::currentIndexChanged, this, &ParticipantsPage::updateFilter);
    connect(m_model, &ParticipantTableModel::loaded, this, [this] {
        if (!m_columnsSized && m_model->rowCount() > 0) {
            m_columnsSized = true; // sizes the visible rows only, so it stays cheap with 100k rows
            m_table->resizeColumnsToContents();
            for (int c = 0; c < ParticipantTableModel::ColumnCount; ++c)
                m_table->setColumnWidth(c, qBound(60, m_table->columnWidth(c), 260));
        }
        fillTicketFilter();
        updateActions();
        showHistory();
    });
    // A reload (after any change of the event's data) keeps the selection.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keptSelection = selectedIds(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        QItemSelection selection;
        for (const QUuid &id : std::as_const(m_keptSelection))
            if (const int row = m_model->rowOf(id); row >= 0)
                selection.select(m_model->index(row, 0),
                                 m_model->index(row, ParticipantTableModel::ColumnCount - 1));
        m_keptSelection.clear();
        if (!selection.isEmpty())
            m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        updateActions();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        showHistory();
    });
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openForm(m_model->participantAt(index.row())); });
    connect(m_add, &QPushButton::clicked, this, [this] { openForm(std::nullopt); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        const QList<QUuid> ids = selectedIds();
        if (ids.size() == 1)
            openForm(m_model->findById(ids.first()));
    });
    connect(m_confirm, &QPushButton::clicked, this,
            [this] { changeSelectedStatus(ParticipantStatus::Confirmed); });
    connect(m_cancel, &QPushButton::clicked, this,
            [this] { changeSelectedStatus(ParticipantStatus::Cancelled); });
    connect(m_waitlist, &QPushButton::clicked, this,
            [this] { changeSelectedStatus(ParticipantStatus::Waitlisted); });
    connect(m_delete, &QPushButton::clicked, this, &ParticipantsPage::deleteSelected);
    // The same in File › Import Participants… and File › Export Participants….
    m_importAction->setObjectName(u"actionImportParticipants"_s);
    m_exportAction->setObjectName(u"actionExportParticipants"_s);
    connect(m_importAction, &QAction::triggered, this, [this] {
        if (m_model->eventId().isNull())
            return;
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import participants"), FileLocations::start(),
                                         tr("CSV files (*.csv *.txt);;All files (*)"));
        FileLocations::rememberFile(path);
        if (!path.isEmpty())
            importFile(path);
    });
    connect(m_import, &QPushButton::clicked, m_importAction, &QAction::trigger);
    connect(m_exportAction, &QAction::triggered, this, [this] {
        if (m_model->eventId().isNull())
            return;
        setProperty("bom", false);
        exportCsv();
    });
    updateActions();
}

ParticipantsPage::~ParticipantsPage()
{
    saveColumns();
}

void ParticipantsPage::restoreColumns()
{
    auto *header = m_table->horizontalHeader();
    const QByteArray state = Settings::value(Settings::Key::ParticipantsHeaderState).toByteArray();
    if (!state.isEmpty() && header->restoreState(state)) {
        m_columnsSized = true; // the user's widths, not sized to the contents
        m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
    const QVariant hidden = Settings::value(Settings::Key::ParticipantsHiddenColumns);
    const QStringList keys = hidden.toString().split(u',', Qt::SkipEmptyParts);
    for (int c = 0; c < ParticipantTableModel::ColumnCount; ++c) {
        const bool show = hidden.isValid() ? !keys.contains(ParticipantTableModel::columnKey(c))
                                           : c != ParticipantTableModel::PhoneColumn;
        m_table->setColumnHidden(c, !show);
        if (auto *a = m_columns->menu()->findChild<QAction *>(u"columnAction_%1"_s.arg(c))) {
            QSignalBlocker block(a);
            a->setChecked(show);
        }
    }
}

void ParticipantsPage::saveColumns() const
{
    QStringList hidden;
    for (int c = 0; c < ParticipantTableModel::ColumnCount; ++c)
        if (m_table->isColumnHidden(c))
            hidden.append(ParticipantTableModel::columnKey(c));
    Settings::setValue(Settings::Key::ParticipantsHiddenColumns, hidden.join(u','));
    Settings::setValue(Settings::Key::ParticipantsHeaderState, m_table->horizontalHeader()->saveState());
}

void ParticipantsPage::editQuestions()
{
    if (!m_model->isLoaded() || m_model->eventId().isNull())
        return;
    auto *dialog = new CustomQuestionsDialog(m_model->eventId(), m_model->questions(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [dialog, eventId = m_model->eventId()] {
        if (dialog->questions() != dialog->original())
            Command::setCustomQuestions(eventId, dialog->questions());
    });
    dialog->open();
}

void ParticipantsPage::editMessageTemplates()
{
    if (!m_model->isLoaded() || m_model->eventId().isNull())
        return;
    const QUuid eventId = m_model->eventId();
    std::optional<Participant> previewFor;
    if (const QList<QUuid> ids = selectedIds(); !ids.isEmpty())
        previewFor = m_model->findById(ids.first());
    m_worker.run(
        this,
        [eventId](EventStore &s) -> Result<MessageTemplates> {
            MessageTemplates saved;
            for (MessageTemplate::Kind k : MessageTemplate::allKinds()) {
                auto t = MessageTemplateStore(s).saved(eventId, k);
                if (!t)
                    return t.error();
                saved.insert(k, t.value());
            }
            return saved;
        },
        [this, eventId, previewFor](const Result<MessageTemplates> &saved) {
            if (!saved) {
                QMessageBox::warning(this, tr("Message templates"), saved.error().message);
                return;
            }
            if (eventId != m_model->eventId())
                return;
            auto *dialog = new MessageTemplatesDialog(
                m_model->event(), saved.value(), previewFor,
                previewFor ? m_model->ticketName(previewFor->ticketTypeId) : QString(), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this, [dialog, eventId] {
                const MessageTemplates after = dialog->changedAfter();
                if (!after.isEmpty())
                    Command::setMessageTemplates(eventId, after);
            });
            dialog->open();
        });
}

void ParticipantsPage::setEvent(const Event &event)
{
    m_model->setEvent(event.meta.id);
}

void ParticipantsPage::fillTicketFilter()
{
    const QVariant current = m_ticketFilter->currentData();
    QSignalBlocker block(m_ticketFilter);
    m_ticketFilter->clear();
    m_ticketFilter->addItem(tr("All ticket types"), QVariant());
    m_ticketFilter->addItem(tr("No ticket type"), QUuid());
    for (const TicketType &t : m_model->ticketTypes())
        m_ticketFilter->addItem(t.name, t.meta.id);
    const int index = current.isValid() ? m_ticketFilter->findData(current) : 0;
    m_ticketFilter->setCurrentIndex(qMax(0, index));
}

void ParticipantsPage::updateFilter()
{
    ParticipantFilter f;
    f.text = m_search->text();
    const int status = m_statusFilter->currentData().toInt();
    if (status >= 0)
        f.status = ParticipantStatus(status);
    const QVariant ticket = m_ticketFilter->currentData();
    if (ticket.isValid())
        f.ticketTypeId = ticket.toUuid();
    m_model->setFilter(f);
}

QList<QUuid> ParticipantsPage::selectedIds() const
{
    QList<QUuid> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex &i : rows)
        ids.append(m_model->participantAt(i.row()).meta.id);
    return ids;
}

void ParticipantsPage::updateActions()
{
    const qsizetype n = m_table->selectionModel()->selectedRows().size();
    m_draftReplyAction->setEnabled(n == 1);
    for (QPushButton *b : {m_confirm, m_cancel, m_waitlist, m_delete})
        b->setEnabled(n > 0);
    m_edit->setEnabled(n == 1);
    for (const auto &[button, action] : std::as_const(m_rowActions))
        action->setEnabled(button->isEnabled());
    m_add->setEnabled(!m_model->eventId().isNull());
    m_import->setEnabled(!m_model->eventId().isNull());
    m_prefillAction->setEnabled(!m_model->eventId().isNull());
    m_questionsAction->setEnabled(m_model->isLoaded());
    m_templatesAction->setEnabled(m_model->isLoaded());
    const QLocale locale;
    m_counts->setText(tr("%1 shown of %2 · %3 confirmed or checked in · %4 checked in · %5 selected")
                          .arg(locale.toString(m_model->rowCount()))
                          .arg(locale.toString(m_model->allParticipants().size()))
                          .arg(locale.toString(m_model->expectedCount()))
                          .arg(locale.toString(m_model->checkedInCount()))
                          .arg(locale.toString(n)));
}

void ParticipantsPage::showHistory()
{
    m_history->clear();
    const QList<QUuid> ids = selectedIds();
    if (ids.size() != 1)
        return;
    const quint64 generation = ++m_historyGeneration;
    const QUuid id = ids.first();
    m_worker.run(
        this, [id](EventStore &s) { return StatusHistory(s).forParticipant(id); },
        [this, generation](const Result<QList<ParticipantStatusChange>> &history) {
            if (generation != m_historyGeneration || !history)
                return;
            m_history->clear();
            const QLocale locale;
            for (const ParticipantStatusChange &c : history.value()) {
                const QString when = locale.toString(c.changedUtc.toLocalTime(), QLocale::ShortFormat);
                const QString who = c.changedBy.isEmpty() ? tr("unknown") : c.changedBy;
                m_history->addItem(
                    c.from
                        ? tr("%1: %2 → %3 (%4)")
                              .arg(when, participantStatusDisplayName(*c.from),
                                   participantStatusDisplayName(c.to), who)
                        : tr("%1: registered as %2 (%3)").arg(when, participantStatusDisplayName(c.to), who));
            }
        });
}

void ParticipantsPage::changeSelectedStatus(ParticipantStatus status)
{
    const QList<QUuid> ids = selectedIds();
    if (ids.isEmpty())
        return;
    // Planned here only to name the undo step; the command plans again inside its transaction.
    const QList<Participant> after = Registrations::planStatusChange(m_model->event(), m_model->ticketTypes(),
                                                                     m_model->allParticipants(), ids, status);
    if (after.isEmpty())
        return;
    int promoted = 0;
    for (const Participant &p : after)
        if (!ids.contains(p.meta.id))
            ++promoted;
    const int changed = int(after.size()) - promoted;
    QString text;
    switch (status) {
    case ParticipantStatus::Confirmed:
        text = tr("Confirm %n participant(s)", nullptr, changed);
        break;
    case ParticipantStatus::Cancelled:
        text = promoted > 0 ? tr("Cancel %n participant(s) and promote from the waitlist", nullptr, changed)
                            : tr("Cancel %n participant(s)", nullptr, changed);
        break;
    case ParticipantStatus::Waitlisted:
        text = tr("Move %n participant(s) to the waitlist", nullptr, changed);
        break;
    case ParticipantStatus::CheckedIn:
        text = tr("Check in %n participant(s)", nullptr, changed);
        break;
    case ParticipantStatus::Pending:
        text = tr("Set %n participant(s) to pending", nullptr, changed);
        break;
    }
    Command::changeParticipantStatus(m_model->eventId(), ids, status, text);
    emit statusChangeQueued();
}

void ParticipantsPage::deleteSelected()
{
    const QList<QUuid> ids = selectedIds();
    if (ids.isEmpty())
        return;
    Command::removeParticipants(m_model->eventId(), ids,
                                tr("Delete %n participant(s)", nullptr, int(ids.size())));
}

void ParticipantsPage::openForm(const std::optional<Participant> &existing)
{
    if (m_model->eventId().isNull())
        return;
    RegistrationDialog dialog(m_model->ticketTypes(), m_model->questions(), m_worker, m_model->eventId(),
                              existing, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Participant p = dialog.participant();
    if (dialog.isNew()) {
        p.eventId = m_model->eventId();
        Command::registerParticipants(p.eventId, {p}, tr("Register %1").arg(p.name));
    } else {
        Command::updateRecords<Participant>({p}, tr("Edit %1").arg(p.name));
    }
}

void ParticipantsPage::importFile(const QString &path)
{
    auto *dialog = new ImportDialog(m_worker, m_model->eventId(), path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::importFinished, this, [this, path](bool ok) {
        if (ok)
            emit statusMessage(tr("Imported participants from %1.").arg(QFileInfo(path).fileName()));
    });
    dialog->open();
}

PrefillReviewDialog *ParticipantsPage::openPrefill()
{
    if (m_model->eventId().isNull())
        return nullptr;
    auto *dialog = new PrefillReviewDialog(m_worker, m_model->eventId(), nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void ParticipantsPage::exportCsv()
{
    const bool bom = property("bom").toBool();
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export participants"),
                                     FileLocations::start(tr("participants.csv")), tr("CSV files (*.csv)"));
    FileLocations::rememberFile(path);
    if (!path.isEmpty())
        exportTo(path, bom);
}

void ParticipantsPage::exportTo(const QString &path, bool bom)
{
    const QList<QStringList> rows =
        ParticipantImport::exportRows(m_model->allParticipants(), m_model->ticketTypes());
    const int count = int(rows.size()) - 1; // the header row
    m_worker.run(
        this, [path, rows, bom](EventStore &) { return CsvWriter::writeFile(path, rows, bom); },
        [this, path, count](const Result<void> &ok) {
            emit exportFinished(ok.ok(), ok ? QString() : ok.error().message);
            if (!ok) {
                QMessageBox::warning(this, tr("Export participants"), ok.error().message);
                return;
            }
            emit statusMessage(tr("Exported %n participant(s) to %1.", nullptr, qMax(0, count))
                                   .arg(QDir::toNativeSeparators(path)));
        });
}

void ParticipantsPage::writeMessages()
{
    if (selectedIds().isEmpty())
        return;
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Save messages into"), FileLocations::start());
    FileLocations::rememberFolder(folder);
    if (!folder.isEmpty())
        writeMessagesTo(property("messageKind").toInt(), folder);
}

void ParticipantsPage::writeMessagesTo(int kindValue, const QString &folder)
{
    const auto kind = MessageTemplate::Kind(kindValue);
    const QList<QUuid> ids = selectedIds();
    if (ids.isEmpty())
        return;
    struct Recipient {
        Participant participant;
        QString ticket;
    };
    QList<Recipient> recipients;
    for (const QUuid &id : ids)
        if (const auto p = m_model->findById(id); p && !p->email.isEmpty())
            recipients.append({*p, m_model->ticketName(p->ticketTypeId)});
    const Event event = m_model->event();
    // The event's template is read, the messages rendered and the files written on the storage thread.
    m_worker.run(
        this,
        [folder, recipients, event, kind](EventStore &s) -> Result<QStringList> {
            auto t = MessageTemplateStore(s).effective(event.meta.id, kind);
            if (!t)
                return t.error();
            QList<RenderedMessage> messages;
            for (const Recipient &r : recipients)
                messages.append(MessageRenderer::render(t.value(), r.participant, event, r.ticket));
            return MessageRenderer::writeEmlFiles(folder, messages);
        },
        [this](const Result<QStringList> &files) {
            emit messagesWritten(files.ok(), files ? files.value() : QStringList());
            if (!files)
                QMessageBox::warning(this, tr("Messages"), files.error().message);
        });
}

void ParticipantsPage::draftReply()
{
    const QList<QUuid> ids = selectedIds();
    const QUuid eventId = m_model->event().meta.id;
    if (ids.size() != 1 || eventId.isNull())
        return;
    auto *dialog = new ReplyDraftDialog(m_worker, eventId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setParticipant(ids.first());
    connect(dialog, &ReplyDraftDialog::recordActivated, this, &ParticipantsPage::recordActivated);
    dialog->show();
}

} // namespace EventDesk
