#include "registrationdialog.h"

#include "common/formsnapshot.h"

#include "registration/customquestions.h"
#include "registration/registrations.h"
#include "storage/storageworker.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace EventDesk
{

RegistrationDialog::RegistrationDialog(const QList<TicketType> &tickets,
                                       const QList<CustomQuestion> &questions, StorageWorker &worker,
                                       const QUuid &eventId, const std::optional<Participant> &existing,
                                       QWidget *parent)
    : QDialog(parent), m_worker(worker), m_eventId(eventId), m_duplicateTimer(new QTimer(this)),
      m_questions(questions), m_original(existing), m_name(new QLineEdit(this)), m_email(new QLineEdit(this)),
      m_phone(new QLineEdit(this)), m_organisation(new QLineEdit(this)), m_ticket(new QComboBox(this)),
      m_status(new QComboBox(this)), m_notes(new QPlainTextEdit(this)), m_errors(new QLabel(this)),
      m_duplicateWarning(new QLabel(this)), m_openExisting(new QPushButton(tr("Open e&xisting"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"registrationDialog"_s);
    m_name->setObjectName(u"participantNameEdit"_s);
    m_email->setObjectName(u"participantEmailEdit"_s);
    m_phone->setObjectName(u"participantPhoneEdit"_s);
    m_organisation->setObjectName(u"participantOrganisationEdit"_s);
    m_ticket->setObjectName(u"participantTicketCombo"_s);
    m_status->setObjectName(u"participantStatusCombo"_s);
    m_notes->setObjectName(u"participantNotesEdit"_s);
    m_errors->setObjectName(u"participantErrors"_s);
    m_duplicateWarning->setObjectName(u"duplicateWarning"_s);
    m_openExisting->setObjectName(u"openExistingButton"_s);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveParticipantButton"_s);
    // (a standard button's text has an Alt key on some platforms only)
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_errors->setStyleSheet(u"color: #b00020"_s);
    m_errors->setWordWrap(true);
    m_duplicateWarning->setStyleSheet(u"color: #8a5a00"_s);
    setMinimumWidth(440);

    m_ticket->addItem(tr("(no ticket type)"), QUuid());
    for (const TicketType &t : tickets)
        m_ticket->addItem(t.quota ? tr("%1 (quota %2)").arg(t.name).arg(*t.quota) : t.name, t.meta.id);
    for (ParticipantStatus s :
         {ParticipantStatus::Pending, ParticipantStatus::Confirmed, ParticipantStatus::Waitlisted,
          ParticipantStatus::Cancelled, ParticipantStatus::CheckedIn})
        m_status->addItem(participantStatusDisplayName(s), int(s));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Email:"), m_email);
    auto *dup = new QHBoxLayout;
    dup->addWidget(m_openExisting);
    dup->addStretch();
    form->addRow(m_duplicateWarning);
    form->addRow(QString(), dup);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("Or&ganisation:"), m_organisation);
    form->addRow(tr("&Ticket type:"), m_ticket);
    form->addRow(tr("Stat&us:"), m_status);
    form->addRow(tr("N&otes:"), m_notes);
    m_form = form;
    for (qsizetype i = 0; i < m_questions.size(); ++i) {
        const CustomQuestion &q = m_questions.at(i);
        QWidget *w = nullptr;
        switch (q.type) {
        case CustomQuestion::Type::Text: {
            auto *edit = new QLineEdit(this);
            connect(edit, &QLineEdit::textChanged, this, &RegistrationDialog::validate);
            w = edit;
            break;
        }
        case CustomQuestion::Type::SingleChoice:
        case CustomQuestion::Type::YesNo: {
            auto *combo = new QComboBox(this);
            combo->addItem(tr("(no answer)"), QString());
            if (q.type == CustomQuestion::Type::YesNo) {
                combo->addItem(tr("Yes"), u"yes"_s);
                combo->addItem(tr("No"), u"no"_s);
            } else {
                for (const QString &o : q.options)
                    combo->addItem(o, o);
            }
            connect(combo, &QComboBox::currentIndexChanged, this, &RegistrationDialog::validate);
            w = combo;
            break;
        }
        case CustomQuestion::Type::MultipleChoice: {
            w = new QWidget(this);
            auto *box = new QVBoxLayout(w);
            box->setContentsMargins(0, 0, 0, 0);
            for (const QString &o : q.options) {
                auto *check = new QCheckBox(o, w);
                check->setProperty("option", o);
                connect(check, &QCheckBox::toggled, this, &RegistrationDialog::validate);
                box->addWidget(check);
            }
            break;
        }
        }
        w->setObjectName(u"question_%1"_s.arg(i));
        m_questionWidgets.append(w);
        form->addRow(q.required ? tr("%1 *").arg(q.label) : q.label, w);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errors);
    layout->addWidget(m_buttons);

    for (QLineEdit *e : {m_name, m_email, m_phone, m_organisation})
        connect(e, &QLineEdit::textChanged, this, &RegistrationDialog::validate);
    // One question to the workspace when typing pauses, not a scan of every registration per keystroke.
    m_duplicateTimer->setSingleShot(true);
    m_duplicateTimer->setInterval(250);
    connect(m_duplicateTimer, &QTimer::timeout, this, &RegistrationDialog::checkDuplicate);
    connect(m_email, &QLineEdit::textChanged, m_duplicateTimer, qOverload<>(&QTimer::start));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_openExisting, &QPushButton::clicked, this, [this] {
        if (!m_duplicate)
            return;
        const Participant registered = *m_duplicate;
        m_original = registered;
        load(registered);
    });

    if (existing) {
        load(*existing);
    } else {
        Participant p;
        p.status = ParticipantStatus::Confirmed; // admitted by quota when saved
        load(p);
        m_status->setEnabled(false);
        m_status->setToolTip(tr("New registrations are confirmed while places are free, else waitlisted."));
    }
}

void RegistrationDialog::load(const Participant &p)
{
    m_base = p;
    m_loading = true;
    setWindowTitle(m_original ? tr("Edit registration") : tr("New registration"));
    m_name->setText(p.name);
    m_email->setText(p.email);
    m_phone->setText(p.phone);
    m_organisation->setText(p.organisation);
    m_ticket->setCurrentIndex(qMax(0, m_ticket->findData(p.ticketTypeId)));
    m_status->setCurrentIndex(m_status->findData(int(p.status)));
    m_status->setEnabled(m_original.has_value());
    m_notes->setPlainText(p.notes);
    setAnswers(p.answers);
    showDuplicate(std::nullopt); // until the workspace has been asked about this email
    m_loading = false;
    // A stored registration's problems are real; a new one's empty fields are not the user's mistake yet.
    m_showErrors = m_original.has_value();
    validate();
}

void RegistrationDialog::showEvent(QShowEvent *event)
{
    if (!m_shown) {
        m_shown = true;
        m_opened = formSnapshot(this);
        m_name->setFocus(Qt::OtherFocusReason);
    }
    QDialog::showEvent(event);
}

void RegistrationDialog::keyPressEvent(QKeyEvent *event)
{
    const bool modified = m_shown && formSnapshot(this) != m_opened;
    if (event->matches(QKeySequence::Cancel) && modified && !confirmDiscardingChanges(this)) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void RegistrationDialog::closeEvent(QCloseEvent *event)
{
    if (isVisible() && m_shown && formSnapshot(this) != m_opened && !confirmDiscardingChanges(this)) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

Participant RegistrationDialog::participant() const
{
    Participant p = m_base;
    p.name = m_name->text().trimmed();
    p.email = m_email->text().trimmed();
    p.phone = m_phone->text().trimmed();
    p.organisation = m_organisation->text().trimmed();
    p.ticketTypeId = m_ticket->currentData().toUuid();
    p.status = ParticipantStatus(m_status->currentData().toInt());
    p.notes = m_notes->toPlainText();
    // Answers to this event's questions as shown; answers to other keys (e.g. from an import) stay.
    for (const CustomQuestion &q : m_questions)
        p.answers.remove(q.id.toString(QUuid::WithoutBraces));
    const QJsonObject visible = CustomQuestions::visibleAnswers(m_questions, answers());
    for (auto it = visible.begin(); it != visible.end(); ++it)
        p.answers.insert(it.key(), it.value());
    return p;
}

QJsonObject RegistrationDialog::answers() const
{
    QJsonObject out;
    for (qsizetype i = 0; i < m_questions.size(); ++i) {
        const QString key = m_questions.at(i).id.toString(QUuid::WithoutBraces);
        QWidget *w = m_questionWidgets.at(i);
        if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            out.insert(key, edit->text().trimmed());
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            out.insert(key, combo->currentData().toString());
        } else {
            QJsonArray chosen;
            for (QCheckBox *check : w->findChildren<QCheckBox *>())
                if (check->isChecked())
                    chosen.append(check->property("option").toString());
            out.insert(key, chosen);
        }
    }
    return out;
}

void RegistrationDialog::setAnswers(const QJsonObject &answers)
{
    for (qsizetype i = 0; i < m_questions.size(); ++i) {
        const QJsonValue v = answers.value(m_questions.at(i).id.toString(QUuid::WithoutBraces));
        QWidget *w = m_questionWidgets.at(i);
        const QSignalBlocker block(w);
        if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            edit->setText(v.toString());
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            combo->setCurrentIndex(qMax(0, combo->findData(v.toString())));
        } else {
            const QJsonArray chosen = v.toArray();
            for (QCheckBox *check : w->findChildren<QCheckBox *>()) {
                const QSignalBlocker blockCheck(check);
                check->setChecked(chosen.contains(QJsonValue(check->property("option").toString())));
            }
        }
    }
}

void RegistrationDialog::validate()
{
    if (m_loading)
        return;
    const Participant p = participant();
    const QJsonObject given = answers();
    for (qsizetype i = 0; i < m_questions.size(); ++i)
        m_form->setRowVisible(m_questionWidgets.at(i),
                              CustomQuestions::isVisible(m_questions.at(i), m_questions, given));
    Participant asEntered = p; // with the hidden questions' answers, which the rules ignore
    for (auto it = given.begin(); it != given.end(); ++it)
        asEntered.answers.insert(it.key(), it.value());
    QStringList messages;
    for (const FieldError &e : Registrations::validate(asEntered, m_questions))
        messages.append(e.message);
    m_errors->setText(messages.join(u'\n'));
    m_errors->setVisible(m_showErrors && !messages.isEmpty());
    m_showErrors = true; // every later call follows an edit
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(messages.isEmpty());
    if (m_duplicate && Registrations::normalizeEmail(p.email) != m_checkedEmail)
        showDuplicate(std::nullopt); // the warning was about another address
}

void RegistrationDialog::checkDuplicate()
{
    Participant p = participant();
    m_checkedEmail = Registrations::normalizeEmail(p.email);
    if (m_checkedEmail.isEmpty()) {
        showDuplicate(std::nullopt);
        return;
    }
    p.answers = {};
    const QUuid eventId = m_eventId;
    const QString asked = m_checkedEmail;
    m_worker.run(
        this,
        [eventId, p](EventStore &store) -> std::optional<Participant> {
            auto checks = Registrations::check(store, eventId, {p});
            if (!checks || checks.value().isEmpty())
                return std::nullopt; // no warning when the workspace cannot tell; registering reports it
            return checks.value().first().duplicate;
        },
        [this, asked](const std::optional<Participant> &duplicate) {
            if (asked == m_checkedEmail) // else a newer question is on its way
                showDuplicate(duplicate);
        });
}

void RegistrationDialog::showDuplicate(const std::optional<Participant> &duplicate)
{
    m_duplicate = duplicate;
    m_duplicateWarning->setText(m_duplicate ? tr("%1 is already registered as %2 (%3).")
                                                  .arg(m_email->text().trimmed(), m_duplicate->name,
                                                       participantStatusDisplayName(m_duplicate->status))
                                            : QString());
    m_duplicateWarning->setVisible(m_duplicate.has_value());
    m_openExisting->setVisible(m_duplicate.has_value());
}

} // namespace EventDesk
