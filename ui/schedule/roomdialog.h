#pragma once

#include "model/room.h"
#include "recorddialog.h"

#include <QTimeZone>

class QLineEdit;
class QSpinBox;

namespace EventDesk
{
class AvailabilityEditor;

class RoomDialog : public RecordDialog
{
    Q_OBJECT

public:
    RoomDialog(const Room &room, const QTimeZone &zone, const QDateTime &eventStart,
               QWidget *parent = nullptr);
    Room values() const;

protected:
    FieldErrors validateValues() const override { return values().validate(); }

private:
    Room m_room;
    QLineEdit *m_name;
    QSpinBox *m_capacity;
    AvailabilityEditor *m_availability;
};

} // namespace EventDesk
