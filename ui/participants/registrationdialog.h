#pragma once

#include "model/customquestion.h"
#include "model/participant.h"
#include "model/tickettype.h"

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace EventDesk
{
class StorageWorker;

// Creates or edits one registration: every participant field and the ticket type, with inline validation and
// a warning (with "Open existing") when the email is already registered for the event. The rules are core's
// (Registrations::validate, Registrations::check); the duplicate check asks the workspace on the storage
// thread once typing in the email field pauses.
class RegistrationDialog : public QDialog
{
    Q_OBJECT

public:
    RegistrationDialog(const QList<TicketType> &tickets, const QList<CustomQuestion> &questions,
                       StorageWorker &worker, const QUuid &eventId,
                       const std::optional<Participant> &existing, QWidget *parent = nullptr);
    Participant participant() const; // the edited record
    bool isNew() const { return !m_original.has_value(); }
    std::optional<Participant> original() const { return m_original; }

protected:
    // Puts the cursor in the name field and remembers the values shown.
    void showEvent(QShowEvent *event) override;
    // Esc and the window's close button ask before discarding unsaved changes; Cancel (reject()) discards.
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void load(const Participant &p);
    void validate();
    void checkDuplicate(); // asks core on the storage thread; the answer updates the warning
    void showDuplicate(const std::optional<Participant> &duplicate);
    QJsonObject answers() const; // as entered, hidden questions included
    void setAnswers(const QJsonObject &answers);

    StorageWorker &m_worker;
    QUuid m_eventId;
    QTimer *m_duplicateTimer;
    QString m_checkedEmail; // the normalised email the last check asked about
    QList<CustomQuestion> m_questions;
    QList<QWidget *> m_questionWidgets; // one per question
    QFormLayout *m_form = nullptr;
    std::optional<Participant> m_original;
    std::optional<Participant> m_duplicate;
    Participant m_base;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLineEdit *m_organisation;
    QComboBox *m_ticket;
    QComboBox *m_status;
    QPlainTextEdit *m_notes;
    QLabel *m_errors;
    QLabel *m_duplicateWarning;
    QPushButton *m_openExisting;
    QDialogButtonBox *m_buttons;
    bool m_loading = false;
    bool m_showErrors = false; // once the user changed a field: no error before they typed anything
    bool m_shown = false;
    QStringList m_opened; // the form's values when it opened
};

} // namespace EventDesk
