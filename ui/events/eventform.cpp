#include "eventform.h"

#include "commands/command.h"
#include "common/formsnapshot.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{
QStringList timeZoneIds()
{
    QStringList ids;
    const auto available = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &id : available)
        if (id.contains('/') || id == "UTC")
            ids.append(QString::fromUtf8(id));
    return ids;
}
} // namespace

EventForm::EventForm(QWidget *parent)
    : QWidget(parent), m_name(new QLineEdit(this)), m_description(new QPlainTextEdit(this)),
      m_timeZone(new QComboBox(this)), m_startDate(new QDateEdit(this)), m_endDate(new QDateEdit(this)),
      m_dayStart(new QTimeEdit(this)), m_dayEnd(new QTimeEdit(this)), m_venueName(new QLineEdit(this)),
      m_venueAddress(new QLineEdit(this)), m_status(new QComboBox(this)),
      m_roomChangeover(new QSpinBox(this)), m_heading(new QLabel(this)),
      m_saveButton(new QPushButton(tr("&Save"), this)), m_cancelButton(new QPushButton(tr("Cancel"), this))
{
    setObjectName(u"eventForm"_s);
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setPlaceholderText(tr("e.g. OpenTech Summit 2026"));
    m_description->setObjectName(u"descriptionEdit"_s);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);
    m_timeZone->setObjectName(u"timeZoneCombo"_s);
    m_timeZone->setEditable(true);
    m_timeZone->addItems(timeZoneIds());
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    // "Oslo" finds "Europe/Oslo": matches anywhere in the id, offered in a list. (Inline completion appends
    // the rest of a match after what was typed, which only works for prefixes: "Oslo" became "Oslope/Oslo".)
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    for (QDateEdit *d : {m_startDate, m_endDate}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    m_startDate->setObjectName(u"startDateEdit"_s);
    m_endDate->setObjectName(u"endDateEdit"_s);
    for (QTimeEdit *t : {m_dayStart, m_dayEnd})
        t->setDisplayFormat(u"HH:mm"_s);
    m_dayStart->setObjectName(u"dayStartEdit"_s);
    m_dayEnd->setObjectName(u"dayEndEdit"_s);
    // Two fields share each caption ("Dates:", "Daily hours:"), so a screen reader gets a name for each.
    m_startDate->setAccessibleName(tr("First day"));
    m_endDate->setAccessibleName(tr("Last day"));
    m_dayStart->setAccessibleName(tr("Daily start time"));
    m_dayEnd->setAccessibleName(tr("Daily end time"));
    m_venueName->setObjectName(u"venueNameEdit"_s);
    m_venueAddress->setObjectName(u"venueAddressEdit"_s);
    m_status->setObjectName(u"statusCombo"_s);
    m_status->addItem(eventStatusDisplayName(EventStatus::Draft), int(EventStatus::Draft));
    m_status->addItem(eventStatusDisplayName(EventStatus::Published), int(EventStatus::Published));
    m_roomChangeover->setObjectName(u"roomChangeoverSpin"_s);
    m_roomChangeover->setRange(0, 24 * 60);
    m_roomChangeover->setSuffix(tr(" min"));
    m_roomChangeover->setToolTip(
        tr("Minutes kept free in a room after each session, e.g. to set up the next"));
    m_saveButton->setObjectName(u"saveButton"_s);
    m_saveButton->setDefault(true);
    m_saveButton->setToolTip(
        tr("Save (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_cancelButton->setToolTip(tr("Discard changes (Esc)"));
    m_heading->setObjectName(u"formHeading"_s);
    QFont f = m_heading->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_heading->setFont(f);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [&](const QString &label, QWidget *field, const QString &errorField) {
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(field);
        if (!errorField.isEmpty())
            box->addWidget(errorLabel(errorField));
        auto *caption = new QLabel(label, this);
        caption->setBuddy(field);
        form->addRow(caption, box);
    };
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_startDate);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_endDate);
    dates->addStretch();
    auto *dateBox = new QWidget(this);
    dateBox->setLayout(dates);
    dates->setContentsMargins(0, 0, 0, 0);
    auto *hours = new QHBoxLayout;
    hours->addWidget(m_dayStart);
    hours->addWidget(new QLabel(tr("to"), this));
    hours->addWidget(m_dayEnd);
    hours->addStretch();
    hours->setContentsMargins(0, 0, 0, 0);
    auto *hoursBox = new QWidget(this);
    hoursBox->setLayout(hours);
    hoursBox->setFocusProxy(m_dayStart); // Alt+Y goes to the first of the two times
    hoursBox->setFocusPolicy(
        Qt::StrongFocus); // (a label asks its buddy's own policy; Tab skips a proxy's owner)

    addRow(tr("Na&me:"), m_name, u"name"_s);
    addRow(tr("Descr&iption:"), m_description, {});
    addRow(tr("Time &zone:"), m_timeZone, u"timeZone"_s);
    auto *dateErrors = new QVBoxLayout;
    dateErrors->setSpacing(2);
    dateErrors->addWidget(dateBox);
    dateErrors->addWidget(errorLabel(u"startDate"_s));
    dateErrors->addWidget(errorLabel(u"endDate"_s));
    auto *datesCaption = new QLabel(tr("&Dates:"), this);
    datesCaption->setBuddy(m_startDate);
    form->addRow(datesCaption, dateErrors);
    addRow(tr("Dail&y hours:"), hoursBox, u"dayEnd"_s);
    addRow(tr("Ven&ue:"), m_venueName, {});
    addRow(tr("Add&ress:"), m_venueAddress, {});
    addRow(tr("Room &changeover:"), m_roomChangeover, u"roomChangeoverMinutes"_s);
    addRow(tr("St&atus:"), m_status, {});

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_saveButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_saveButton, &QPushButton::clicked, this, &EventForm::save);
    connect(m_cancelButton, &QPushButton::clicked, this, &EventForm::cancel);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &EventForm::save);
    auto *cancelShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    cancelShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(cancelShortcut, &QShortcut::activated, this, &EventForm::cancelAsking);
    // Leaving the field with a part of one id ("oslo") completes it to that id ("Europe/Oslo").
    connect(m_timeZone->lineEdit(), &QLineEdit::editingFinished, this, &EventForm::completeTimeZone);

    connect(m_name, &QLineEdit::textChanged, this, &EventForm::onEdited);
    connect(m_description, &QPlainTextEdit::textChanged, this, &EventForm::onEdited);
    connect(m_timeZone, &QComboBox::currentTextChanged, this, &EventForm::onEdited);
    connect(m_startDate, &QDateEdit::dateChanged, this, &EventForm::onEdited);
    connect(m_endDate, &QDateEdit::dateChanged, this, &EventForm::onEdited);
    connect(m_dayStart, &QTimeEdit::timeChanged, this, &EventForm::onEdited);
    connect(m_dayEnd, &QTimeEdit::timeChanged, this, &EventForm::onEdited);
    connect(m_venueName, &QLineEdit::textChanged, this, &EventForm::onEdited);
    connect(m_venueAddress, &QLineEdit::textChanged, this, &EventForm::onEdited);
    connect(m_status, &QComboBox::currentIndexChanged, this, &EventForm::onEdited);
    connect(m_roomChangeover, &QSpinBox::valueChanged, this, &EventForm::onEdited);
}

QLabel *EventForm::errorLabel(const QString &field)
{
    auto *label = new QLabel(this);
    label->setObjectName(field + u"Error"_s);
    label->setStyleSheet(u"color: #c62828;"_s);
    label->setWordWrap(true);
    label->hide();
    m_errorLabels.insert(field, label);
    return label;
}

void EventForm::setEvent(const Event &event, bool isNew)
{
    m_loading = true;
    m_loaded = event;
    m_isNew = isNew;
    m_showErrors = false;
    m_saveTried = false;
    m_heading->setText(isNew ? tr("New event") : event.name);
    m_name->setText(event.name);
    m_description->setPlainText(event.description);
    m_timeZone->setCurrentText(event.timeZone);
    m_startDate->setDate(event.startDate);
    m_endDate->setDate(event.endDate);
    m_dayStart->setTime(event.dayStart);
    m_dayEnd->setTime(event.dayEnd);
    m_venueName->setText(event.venueName);
    m_venueAddress->setText(event.venueAddress);
    m_status->setCurrentIndex(m_status->findData(int(event.status)));
    m_roomChangeover->setValue(event.roomChangeoverMinutes);
    m_loading = false;
    showErrors({});
}

Event EventForm::currentValues() const
{
    Event e = m_loaded;
    e.name = m_name->text().trimmed();
    e.description = m_description->toPlainText();
    e.timeZone = m_timeZone->currentText().trimmed();
    e.startDate = m_startDate->date();
    e.endDate = m_endDate->date();
    e.dayStart = m_dayStart->time();
    e.dayEnd = m_dayEnd->time();
    e.venueName = m_venueName->text().trimmed();
    e.venueAddress = m_venueAddress->text().trimmed();
    e.status = EventStatus(m_status->currentData().toInt());
    e.roomChangeoverMinutes = m_roomChangeover->value();
    return e;
}

bool EventForm::isDirty() const
{
    const Event e = currentValues();
    const Event &l = m_loaded;
    return e.name != l.name || e.description != l.description || e.timeZone != l.timeZone ||
           e.startDate != l.startDate || e.endDate != l.endDate || e.dayStart != l.dayStart ||
           e.dayEnd != l.dayEnd || e.venueName != l.venueName || e.venueAddress != l.venueAddress ||
           e.status != l.status || e.roomChangeoverMinutes != l.roomChangeoverMinutes;
}

void EventForm::onEdited()
{
    if (m_loading)
        return;
    m_showErrors = true;
    showErrors(currentValues().validate());
}

void EventForm::showErrors(const FieldErrors &errors)
{
    for (auto it = m_errorLabels.begin(); it != m_errorLabels.end(); ++it) {
        QStringList messages;
        for (const FieldError &e : errors)
            if (e.field == it.key())
                messages.append(e.message);
        it.value()->setText(messages.join(u' '));
        // No error about the time zone while it is being typed ("Eur" is not a zone yet) until a save.
        const bool typing = it.key() == u"timeZone" && m_timeZone->lineEdit()->hasFocus() && !m_saveTried;
        it.value()->setVisible(m_showErrors && !typing && !messages.isEmpty());
    }
}

bool EventForm::save()
{
    Event values = currentValues();
    if (values.meta.id.isNull())
        values.meta.id = newRecordId();
    const FieldErrors errors = values.validate();
    m_showErrors = true;
    m_saveTried = true;
    showErrors(errors);
    if (!errors.isEmpty()) {
        const QString first = errors.first().field;
        QWidget *focus = first == u"name"        ? static_cast<QWidget *>(m_name)
                         : first == u"timeZone"  ? static_cast<QWidget *>(m_timeZone)
                         : first == u"startDate" ? static_cast<QWidget *>(m_startDate)
                         : first == u"endDate"   ? static_cast<QWidget *>(m_endDate)
                                                 : static_cast<QWidget *>(m_dayEnd);
        focus->setFocus();
        return false;
    }
    const bool changed = m_isNew || isDirty();
    if (m_isNew)
        Command::createEvent(values);
    else if (changed)
        Command::updateEvent(values);
    m_loaded = values;
    m_isNew = false;
    m_heading->setText(values.name);
    emit saved(values.meta.id, changed);
    return true;
}

void EventForm::completeTimeZone()
{
    const QString typed = m_timeZone->currentText().trimmed();
    const int exact = typed.isEmpty() ? -1 : m_timeZone->findText(typed, Qt::MatchFixedString);
    if (exact >= 0)
        m_timeZone->setCurrentText(m_timeZone->itemText(exact)); // the id's own spelling
    QString only;
    for (int i = 0; exact < 0 && !typed.isEmpty() && i < m_timeZone->count(); ++i) {
        const QString id = m_timeZone->itemText(i);
        // "new york" finds America/New_York
        if (QString(id)
                .replace(u'_', u' ')
                .contains(QString(typed).replace(u'_', u' '), Qt::CaseInsensitive)) {
            if (!only.isEmpty()) {
                only.clear(); // more than one: the user chooses
                break;
            }
            only = id;
        }
    }
    if (!only.isEmpty())
        m_timeZone->setCurrentText(only);
    if (m_showErrors)
        showErrors(currentValues().validate()); // the field was left: name a zone that is still unknown
}

void EventForm::cancelAsking()
{
    // The form's Esc shortcut also sees the Esc meant for an open list (the time zone's matches, a
    // drop-down): that Esc only closes the list.
    if (QWidget *popup = QApplication::activePopupWidget()) {
        popup->close();
        return;
    }
    if (isDirty() && !confirmDiscardingChanges(this))
        return;
    cancel();
}

void EventForm::cancel()
{
    setEvent(m_loaded, m_isNew);
    emit cancelled();
}

} // namespace EventDesk
