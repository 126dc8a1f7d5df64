#pragma once

#include "model/session.h"
#include "recorddialog.h"
#include "schedule/scheduledata.h"

#include <QTimeZone>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace EventDesk
{

class AvailabilityEditor;

// Every field of a session, with a multi-speaker picker (check the speakers; type to filter), and the rooms
// and times the session is allowed in (none checked, no window: any).
class SessionDialog : public RecordDialog
{
    Q_OBJECT

public:
    SessionDialog(const Session &session, const ScheduleData &context, QWidget *parent = nullptr);
    Session values() const;

protected:
    FieldErrors validateValues() const override { return values().validate(); }

private:
    Session m_session;
    QTimeZone m_zone;
    QLineEdit *m_title;
    QPlainTextEdit *m_abstract;
    QComboBox *m_type;
    QSpinBox *m_duration;
    QLineEdit *m_language;
    QComboBox *m_track;
    QComboBox *m_room;
    QCheckBox *m_scheduled;
    QDateTimeEdit *m_start;
    QLineEdit *m_speakerFilter;
    QListWidget *m_speakers;
    QSpinBox *m_attendance;
    QCheckBox *m_pinned;
    QLineEdit *m_tags;
    QListWidget *m_allowedRooms;
    AvailabilityEditor *m_allowedTimes;
};

} // namespace EventDesk
