#include "checkinpage.h"

#include "commands/command.h"
#include "participanttablemodel.h"
#include "registration/registrations.h"

#include <QFont>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace EventDesk
{

CheckInPage::CheckInPage(StorageWorker &worker, QWidget *parent)
    : EventPage(parent), m_model(new ParticipantTableModel(worker, this)), m_search(new QLineEdit(this)),
      m_results(new QTableView(this)), m_checkIn(new QPushButton(tr("&Check in"), this)),
      m_undo(new QPushButton(tr("&Undo last"), this)), m_counter(new QLabel(this)),
      m_message(new QLabel(this))
{
    setObjectName(u"checkInPage"_s);
    m_search->setObjectName(u"checkinSearch"_s);
    m_search->setPlaceholderText(tr("Name, email or registration id — Enter checks in"));
    QFont big = m_search->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_search->setFont(big);
    m_results->setObjectName(u"checkinResults"_s);
    m_results->setModel(m_model);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);
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

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_counter, 1);
    buttons->addWidget(m_checkIn);
    buttons->addWidget(m_undo);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Check-in"), this));
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        ParticipantFilter f;
        f.text = text;
        m_model->setFilter(f);
        if (m_model->rowCount() > 0)
            m_results->selectRow(0);
    });
    connect(m_search, &QLineEdit::returnPressed, this, &CheckInPage::checkInCurrent);
    connect(m_checkIn, &QPushButton::clicked, this, &CheckInPage::checkInCurrent);
    connect(m_results, &QTableView::doubleClicked, this, &CheckInPage::checkInCurrent);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        // Queued after a check-in still being written, so it undoes that one.
        Command::undo(this, [this](const Result<void> &undone) {
            m_message->setText(undone ? tr("Undone: %1").arg(Command::redoText()) : undone.error().message);
        });
    });
    connect(m_model, &ParticipantTableModel::loaded, this, [this] {
        updateCounter();
        if (m_model->rowCount() > 0 && !m_results->selectionModel()->hasSelection())
            m_results->selectRow(0);
    });
    updateCounter();
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

void CheckInPage::checkInCurrent()
{
    const QModelIndexList rows = m_results->selectionModel()->selectedRows();
    int row = rows.isEmpty() ? -1 : rows.first().row();
    if (row < 0 && m_model->rowCount() == 1)
        row = 0;
    if (row < 0) {
        m_message->setText(tr("Choose one participant to check in."));
        return;
    }
    const Participant before = m_model->participantAt(row);
    if (before.status == ParticipantStatus::CheckedIn) {
        m_message->setText(tr("%1 is already checked in.").arg(before.name));
        return;
    }
    if (before.status == ParticipantStatus::Cancelled || before.status == ParticipantStatus::Waitlisted)
        m_message->setText(
            tr("Note: %1 was %2.").arg(before.name, participantStatusDisplayName(before.status)));
    else
        m_message->setText(tr("Checked in: %1").arg(before.name));
    Command::changeParticipantStatus(m_model->eventId(), {before.meta.id}, ParticipantStatus::CheckedIn,
                                     tr("Check in %1").arg(before.name));
    emit checkedIn(before.meta.id);
    m_search->selectAll();
}

} // namespace EventDesk
