#include "sessionitem.h"

#include <QCoreApplication>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

using namespace Qt::StringLiterals;

namespace EventDesk
{

SessionItem::SessionItem(const Session &session, const QRectF &rect, const QColor &trackColor,
                         const QString &timeText)
    : QGraphicsRectItem(rect), m_session(session),
      m_color(trackColor.isValid() ? trackColor : QColor(0x90a4ae)), m_timeText(timeText)
{
    setFlag(ItemIsSelectable);
    setFlag(ItemIsFocusable);
    setAcceptHoverEvents(true);
    setToolTip(session.title);
    setData(0, session.meta.id);
}

void SessionItem::setConflicts(const QList<Conflict> &conflicts)
{
    m_worst = Severity::Off;
    QStringList lines{m_session.title};
    for (const Conflict &c : conflicts) {
        m_worst = qMax(m_worst, c.severity);
        lines.append((c.severity == Severity::Error
                          ? QCoreApplication::translate("EventDesk::SessionItem", "Error: %1")
                          : QCoreApplication::translate("EventDesk::SessionItem", "Warning: %1"))
                         .arg(c.message));
    }
    setToolTip(lines.join(u'\n'));
    update();
}

bool SessionItem::isOnResizeEdge(const QPointF &scenePos) const
{
    const QPointF p = mapFromScene(scenePos);
    return p.y() >= rect().bottom() - 5 && p.y() <= rect().bottom() + 1;
}

void SessionItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF r = rect().adjusted(1, 1, -1, -1);
    const bool selected = option->state & QStyle::State_Selected;
    painter->setPen(QPen(selected ? QColor(0x0d47a1) : m_color.darker(130), selected ? 2.5 : 1));
    painter->setBrush(m_color.lighter(165));
    painter->drawRoundedRect(r, 3, 3);
    painter->fillRect(QRectF(r.left(), r.top(), 4, r.height()), m_color);

    painter->setPen(Qt::black);
    QFont f = painter->font();
    f.setPointSizeF(qMax(6.0, f.pointSizeF() * 0.85));
    painter->setFont(f);
    const QRectF text = r.adjusted(7, 1, -14, -1);
    painter->drawText(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                      m_timeText + u"  "_s + m_session.title);

    if (m_worst != Severity::Off) {
        const QRectF badge(r.right() - 12, r.top() + 2, 10, 10);
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_worst == Severity::Error ? QColor(0xc62828) : QColor(0xef6c00));
        painter->drawEllipse(badge);
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter, u"!"_s);
    }
    if (m_session.pinned) { // a small dark square marks a pinned session
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0x455a64));
        painter->drawRect(QRectF(r.right() - 9, r.bottom() - 9, 6, 6));
    }
}

} // namespace EventDesk
