#include "roomdialog.h"

#include "availabilityeditor.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace EventDesk
{

RoomDialog::RoomDialog(const Room &room, const QTimeZone &zone, const QDateTime &eventStart, QWidget *parent)
    : RecordDialog(room.meta.revision == 0 ? tr("New room") : tr("Edit room"), parent), m_room(room),
      m_name(new QLineEdit(room.name, this)), m_capacity(new QSpinBox(this)),
      m_availability(new AvailabilityEditor(this))
{
    setObjectName(u"roomDialog"_s);
    m_name->setObjectName(u"roomNameEdit"_s);
    m_capacity->setObjectName(u"roomCapacitySpin"_s);
    m_capacity->setRange(0, 1000000);
    // 0 is no capacity given (no seat count is checked), not a room without seats.
    m_capacity->setSpecialValueText(tr("Not set"));
    m_capacity->setValue(room.capacity);
    m_availability->setWindows(room.availability, zone, eventStart);
    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("&Capacity:"), m_capacity);
    form()->addRow(tr("A&vailable:"), m_availability);
    connect(m_name, &QLineEdit::textChanged, this, &RoomDialog::revalidate);
    connect(m_availability, &AvailabilityEditor::changed, this, &RoomDialog::revalidate);
}

Room RoomDialog::values() const
{
    Room r = m_room;
    r.name = m_name->text().trimmed();
    r.capacity = m_capacity->value();
    r.availability = m_availability->windows();
    return r;
}

} // namespace EventDesk
