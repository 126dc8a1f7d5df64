#pragma once

#include "model/event.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace EventDesk
{

// Edits every field of an Event with inline validation. Save goes through the Command facade
// (one undo step); Cancel restores the loaded values.
class EventForm : public QWidget
{
    Q_OBJECT

public:
    explicit EventForm(QWidget *parent = nullptr);

    void setEvent(const Event &event, bool isNew);
    Event currentValues() const; // the fields as edited, on top of the loaded record
    bool isNew() const { return m_isNew; }
    bool isDirty() const;
    QUuid eventId() const { return m_loaded.meta.id; }

public slots:
    bool save();
    void cancel();
    // Esc: like cancel(), but with unsaved changes asks before discarding them.
    void cancelAsking();

signals:
    // changed: a write was asked for (the window reports it once written); false when nothing differed.
    void saved(const QUuid &id, bool changed);
    void cancelled();

private:
    void showErrors(const FieldErrors &errors);
    void onEdited();
    void completeTimeZone();
    QLabel *errorLabel(const QString &field);

    Event m_loaded;
    bool m_isNew = true;
    bool m_showErrors = false;
    bool m_saveTried = false;
    bool m_loading = false;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QComboBox *m_timeZone;
    QDateEdit *m_startDate;
    QDateEdit *m_endDate;
    QTimeEdit *m_dayStart;
    QTimeEdit *m_dayEnd;
    QLineEdit *m_venueName;
    QLineEdit *m_venueAddress;
    QComboBox *m_status;
    QSpinBox *m_roomChangeover;
    QLabel *m_heading;
    QPushButton *m_saveButton;
    QPushButton *m_cancelButton;
    QHash<QString, QLabel *> m_errorLabels;
};

} // namespace EventDesk
