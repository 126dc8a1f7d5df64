#include "checkinpage.h"

#include "commands/command.h"
#include "participanttablemodel.h"
#include "storage/storageworker.h"

#include <QAction>
#include <QColor>
#include <QFont>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPalette>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

#include <algorithm>

namespace EventDesk
{

CheckInPage::CheckInPage(StorageWorker &worker, QWidget *parent)
    : EventPage(parent), m_model(new ParticipantTableModel(worker, this)), m_search(new QLineEdit(this)),
      m_results(new QTableView(this)), m_checkIn(new QPushButton(tr("&Check in"), this)),
      m_undo(new QPushButton(tr("&Undo last"), this)), m_counter(new QLabel(this)),
      m_message(new QLabel(this)), m_override(new QPushButton(tr("Check in &anyway"), this)), m_worker(worker)
{
    setObjectName(u"checkInPage"_s);
    m_search->setObjectName(u"checkinSearch"_s);
    setFocusProxy(m_search); // Go › this page puts the cursor in the search box
    m_search->setPlaceholderText(tr("Name, email or registration id — Enter checks in"));
    m_search->setAccessibleName(tr("Find the participant to check in"));
    m_search->installEventFilter(this);
    QFont big = m_search->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_search->setFont(big);
    m_results->setObjectName(u"checkinResults"_s);
    m_results->setAccessibleName(tr("Matching participants"));
    m_results->setModel(m_model);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->verticalHeader()->hide();
    // Names, emails and organisations share the width; ticket and status take what they need (at the desk the
    // name is what is read, so it is never the column cut short).
    QHeaderView *header = m_results->horizontalHeader();
    header->setStretchLastSection(false);
    for (int c : {int(ParticipantTableModel::NameColumn), int(ParticipantTableModel::EmailColumn),
                  int(ParticipantTableModel::OrganisationColumn)})
        header->setSectionResizeMode(c, QHeaderView::Stretch);
    for (int c : {int(ParticipantTableModel::TicketColumn), int(ParticipantTableModel::StatusColumn)})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    for (int c : {int(ParticipantTableModel::PhoneColumn), int(ParticipantTableModel::RegisteredColumn)})
        m_results->setColumnHidden(c, true);
    m_checkIn->setObjectName(u"checkinButton"_s);
    m_undo->setObjectName(u"undoCheckinButton"_s);
    m_counter->setObjectName(u"checkinCounter"_s);
    QFont counterFont = m_counter->font();
    counterFont.setPointSizeF(counterFont.pointSizeF() * 1.6);
    counterFont.setBold(true);
    m_counter->setFont(counterFont);
    m_message->setObjectName(u"checkinMessage"_s);
    m_message->setWordWrap(true);
    m_message->setMargin(6);
    QFont messageFont = m_message->font();
    messageFont.setPointSizeF(messageFont.pointSizeF() * 1.3);
    m_message->setFont(messageFont);
    m_override->setObjectName(u"checkinOverrideButton"_s);
    m_override->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_counter, 1);
    buttons->addWidget(m_checkIn);
    buttons->addWidget(m_undo);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Check-in"), this));
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);
    auto *messageRow = new QHBoxLayout;
    messageRow->addWidget(m_message, 1);
    messageRow->addWidget(m_override);
    layout->addLayout(messageRow);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        ParticipantFilter f;
        f.text = text;
        m_model->setFilter(f);
        m_results->clearSelection(); // Enter acts on the only match or on a row the user chose
        m_override->hide();
    });
    connect(m_search, &QLineEdit::returnPressed, this, &CheckInPage::checkInCurrent);
    connect(m_checkIn, &QPushButton::clicked, this, &CheckInPage::checkInCurrent);
    connect(m_results, &QTableView::doubleClicked, this, &CheckInPage::checkInCurrent);
    auto *checkInAction = new QAction(tr("Check In"), this);
    checkInAction->setObjectName(u"checkinAction"_s);
    m_results->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_results->addAction(checkInAction);
    connect(checkInAction, &QAction::triggered, this, &CheckInPage::checkInCurrent);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        // Queued after a check-in still being written, so it undoes that one.
        Command::undo(this, [this](const Result<void> &undone) {
            m_message->setText(undone ? tr("Undone: %1").arg(Command::redoText()) : undone.error().message);
        });
    });
    connect(m_override, &QPushButton::clicked, this, [this] {
        if (!m_refusedId.isNull())
            checkIn(m_refusedId, m_refusedName);
    });
    connect(m_model, &ParticipantTableModel::loaded, this, &CheckInPage::updateCounter);
    updateCounter();
}

bool CheckInPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const int rows = m_model->rowCount();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && rows > 0) {
            const QModelIndexList chosen = m_results->selectionModel()->selectedRows();
            const int step = key == Qt::Key_Down ? 1 : -1;
            const int from = chosen.isEmpty() ? (step > 0 ? -1 : rows) : chosen.first().row();
            const int row = std::clamp(from + step, 0, rows - 1);
            m_results->selectRow(row);
            m_results->scrollTo(m_model->index(row, 0));
            return true;
        }
    }
    return EventPage::eventFilter(watched, event);
}

void CheckInPage::setEvent(const Event &event)
{
    m_model->setEvent(event.meta.id);
}

void CheckInPage::updateCounter()
{
    const QLocale locale;
    m_counter->setText(
        tr("%1 / %2 checked in")
            .arg(locale.toString(m_model->checkedInCount()), locale.toString(m_model->expectedCount())));
}

void CheckInPage::showMessage(const QString &text, Tone tone)
{
    m_message->setText(text);
    QPalette palette = this->palette();
    const bool refusal = tone == Tone::Refusal;
    m_message->setAutoFillBackground(refusal);
    if (refusal) {
        palette.setColor(QPalette::Window, QColor(0xb0, 0x00, 0x20));
        palette.setColor(QPalette::WindowText, Qt::white);
    }
    m_message->setPalette(palette);
    QFont font = m_message->font();
    font.setBold(tone != Tone::Info);
    m_message->setFont(font);
}

void CheckInPage::checkInCurrent()
{
    if (m_asking)
        return;
    const QModelIndexList rows = m_results->selectionModel()->selectedRows();
    int row = rows.isEmpty() ? -1 : rows.first().row();
    if (row < 0 && m_model->rowCount() == 1)
        row = 0;
    if (row < 0) {
        m_override->hide();
        showMessage(m_model->rowCount() == 0
                        ? tr("No registration matches.")
                        : tr("%n registrations match: choose one in the list or type more.", nullptr,
                             m_model->rowCount()),
                    Tone::Info);
        return;
    }
    const Participant p = m_model->participantAt(row);
    // The rule is core's, on the registration as stored now (not as this list last loaded it).
    m_asking = true;
    m_worker.run(
        this,
        [eventId = m_model->eventId(), id = p.meta.id](EventStore &s) {
            return Registrations::checkInVerdict(s, eventId, id);
        },
        [this, id = p.meta.id](const Result<Registrations::CheckInVerdict> &verdict) {
            m_asking = false;
            if (!verdict) {
                m_override->hide();
                showMessage(verdict.error().message, Tone::Refusal);
                return;
            }
            onVerdict(id, verdict.value());
        });
}

void CheckInPage::onVerdict(const QUuid &id, const Registrations::CheckInVerdict &verdict)
{
    if (verdict.allowed()) {
        checkIn(id, verdict.name);
        return;
    }
    showMessage(verdict.message(), Tone::Refusal);
    m_refusedId = verdict.overridable() ? id : QUuid();
    m_refusedName = verdict.name;
    m_override->setVisible(verdict.overridable());
    m_search->selectAll();
}

void CheckInPage::checkIn(QUuid id, QString name)
{
    m_override->hide();
    m_refusedId = QUuid();
    showMessage(tr("Checked in: %1").arg(name), Tone::Success);
    Command::changeParticipantStatus(m_model->eventId(), {id}, ParticipantStatus::CheckedIn,
                                     tr("Check in %1").arg(name));
    emit checkedIn(id);
    m_search->selectAll();
}

} // namespace EventDesk
