#pragma once

#include "common/eventpage.h"
#include "registration/registrations.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace EventDesk
{
class ParticipantTableModel;
class StorageWorker;

// Check-in mode: one search box (name, email or registration id), Enter or a click checks in the only match
// or the one chosen in the list, never the first of several. Who may be let in is core's rule
// (Registrations::checkInVerdict, on the data as stored): a cancelled or waitlisted registration is refused
// with a visible message and a "Check in anyway" button; a second check-in says when the first was. Undo
// takes the last check-in back, and live counters show checked in / expected. Works on the local workspace
// only, so it needs no network.
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

protected:
    // Up and Down in the search box choose among the matches, as in a completer: the cursor stays in the box.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void checkInCurrent();
    void onVerdict(const QUuid &id, const Registrations::CheckInVerdict &verdict);
    void checkIn(QUuid id, QString name); // by value: callers pass m_refusedId
    enum class Tone { Info, Success, Refusal };
    void showMessage(const QString &text, Tone tone);
    void updateCounter();

    ParticipantTableModel *m_model;
    QLineEdit *m_search;
    QTableView *m_results;
    QPushButton *m_checkIn;
    QPushButton *m_undo;
    QLabel *m_counter;
    QLabel *m_message;
    QPushButton *m_override;
    StorageWorker &m_worker;
    QUuid m_refusedId; // the registration "Check in anyway" checks in
    QString m_refusedName;
    bool m_asking = false; // a verdict is on its way: Enter again does nothing
};

} // namespace EventDesk
