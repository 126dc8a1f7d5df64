#pragma once

#include "model/record.h"

#include <QTimeZone>
#include <QWidget>

class QTableWidget;

namespace EventDesk
{

// Edits a list of availability windows (start and end, shown in the event's time zone). Empty: always
// available.
class AvailabilityEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AvailabilityEditor(QWidget *parent = nullptr);
    void setWindows(const QList<TimeWindow> &windows, const QTimeZone &zone, const QDateTime &defaultStart);
    QList<TimeWindow> windows() const;

signals:
    void changed();

private:
    void addRow(const TimeWindow &window);
    QTableWidget *m_table;
    QTimeZone m_zone;
    QDateTime m_defaultStart;
};

} // namespace EventDesk
