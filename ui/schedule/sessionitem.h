#pragma once

#include "model/session.h"
#include "schedule/conflict.h"

#include <QColor>
#include <QGraphicsRectItem>

namespace EventDesk
{

// One session card on the schedule grid: track colour, time and title, and a badge when it has conflicts.
class SessionItem : public QGraphicsRectItem
{
public:
    enum { Type = UserType + 1 };
    SessionItem(const Session &session, const QRectF &rect, const QColor &trackColor,
                const QString &timeText);
    int type() const override { return Type; }

    const Session &session() const { return m_session; }
    void setConflicts(const QList<Conflict> &conflicts);
    Severity worstSeverity() const { return m_worst; }
    bool isOnResizeEdge(const QPointF &scenePos) const;

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    Session m_session;
    QColor m_color;
    QString m_timeText;
    Severity m_worst = Severity::Off;
};

} // namespace EventDesk
