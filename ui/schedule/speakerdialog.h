#pragma once

#include "model/speaker.h"
#include "recorddialog.h"

#include <QTimeZone>

class QLineEdit;
class QPlainTextEdit;

namespace EventDesk
{
class AvailabilityEditor;

class SpeakerDialog : public RecordDialog
{
    Q_OBJECT

public:
    SpeakerDialog(const Speaker &speaker, const QTimeZone &zone, const QDateTime &eventStart,
                  QWidget *parent = nullptr);
    Speaker values() const;

protected:
    FieldErrors validateValues() const override { return values().validate(); }

private:
    Speaker m_speaker;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLineEdit *m_organisation;
    QPlainTextEdit *m_bio;
    AvailabilityEditor *m_availability;
};

} // namespace EventDesk
