#pragma once

#include "common/eventpage.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace EventDesk
{
class ParticipantTableModel;
class StorageWorker;

// Check-in mode: one search box (name, email or registration id), Enter or a click checks in the selected
// (or only) match, Undo takes the last check-in back, and live counters show checked in / expected. Works on
// the local workspace only, so it needs no network.
class CheckInPage : public EventPage
{
    Q_OBJECT

public:
    explicit CheckInPage(StorageWorker &worker, QWidget *parent = nullptr);
    QString title() const override { return tr("Check-in"); }
    void setEvent(const Event &event) override;
    ParticipantTableModel *model() const { return m_model; }

signals:
    void checkedIn(const QUuid &id); // the command was pushed

private:
    void checkInCurrent();
    void updateCounter();

    ParticipantTableModel *m_model;
    QLineEdit *m_search;
    QTableView *m_results;
    QPushButton *m_checkIn;
    QPushButton *m_undo;
    QLabel *m_counter;
    QLabel *m_message;
};

} // namespace EventDesk
