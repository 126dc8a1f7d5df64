#pragma once

#include "model/session.h"
#include "schedule/conflict.h"

#include <QColor>
#include <QFont>
#include <QGraphicsRectItem>

namespace EventDesk
{

// One session card on the schedule grid: track colour, time, title and speakers, and a badge when it has
// conflicts. The title wraps to the card and is elided only when the card is too short for it.
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

    // The names shown under the title (joined by the scene from the event's speakers).
    void setSpeakers(const QString &names);
    QString speakers() const { return m_speakers; }
    // The time on the card; while the card is dragged it follows the card.
    void setTimeText(const QString &text);
    QString timeText() const { return m_timeText; }
    // The card with the keyboard focus on the grid, drawn with a focus frame.
    void setCurrent(bool current);
    bool isCurrent() const { return m_current; }
    // The lines drawn on the card at its present size: time and title, wrapped, then the speakers.
    QStringList textLines() const;

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QFont cardFont() const;
    QRectF textRect() const;
    void updateToolTip();

    Session m_session;
    QColor m_color;
    QString m_timeText;
    QString m_speakers;
    QStringList m_conflictLines;
    Severity m_worst = Severity::Off;
    bool m_current = false;
    // textLines() for this size and text; laid out again only when either changes.
    mutable QSizeF m_linesFor;
    mutable QString m_linesText;
    mutable QStringList m_lines;
    mutable int m_titleLineCount = 0;
};

} // namespace EventDesk
