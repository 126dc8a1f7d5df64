#include "sessionitem.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTextLayout>

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
    setData(0, session.meta.id);
    updateToolTip();
}

void SessionItem::setConflicts(const QList<Conflict> &conflicts)
{
    m_worst = Severity::Off;
    m_conflictLines.clear();
    for (const Conflict &c : conflicts) {
        m_worst = qMax(m_worst, c.severity);
        m_conflictLines.append((c.severity == Severity::Error
                                    ? QCoreApplication::translate("EventDesk::SessionItem", "Error: %1")
                                    : QCoreApplication::translate("EventDesk::SessionItem", "Warning: %1"))
                                   .arg(c.message));
    }
    updateToolTip();
    update();
}

void SessionItem::setSpeakers(const QString &names)
{
    m_speakers = names;
    updateToolTip();
    update();
}

void SessionItem::setTimeText(const QString &text)
{
    if (text == m_timeText)
        return;
    m_timeText = text;
    update();
}

void SessionItem::setCurrent(bool current)
{
    if (current == m_current)
        return;
    m_current = current;
    update();
}

void SessionItem::updateToolTip()
{
    QStringList lines{m_session.title};
    if (!m_speakers.isEmpty())
        lines.append(m_speakers);
    lines += m_conflictLines;
    setToolTip(lines.join(u'\n'));
}

bool SessionItem::isOnResizeEdge(const QPointF &scenePos) const
{
    const QPointF p = mapFromScene(scenePos);
    return p.y() >= rect().bottom() - 5 && p.y() <= rect().bottom() + 1;
}

QFont SessionItem::cardFont() const
{
    QFont f = scene() ? scene()->font() : QFont();
    if (f.pointSizeF() > 0)
        f.setPointSizeF(qMax(6.0, f.pointSizeF() * 0.85));
    return f;
}

QRectF SessionItem::textRect() const
{
    return rect().adjusted(1, 1, -1, -1).adjusted(7, 1, -14, -1);
}

QStringList SessionItem::textLines() const
{
    const QRectF area = textRect();
    const QString title = m_timeText + u"  "_s + m_session.title;
    const QString key = title + u'\n' + m_speakers;
    if (m_linesFor == area.size() && m_linesText == key)
        return m_lines;
    m_linesFor = area.size();
    m_linesText = key;
    m_lines.clear();
    const QFont font = cardFont();
    const QFontMetricsF fm(font);
    const qreal width = qMax<qreal>(0, area.width());
    // At least one line, however short the card; the speakers get the last line when there are two.
    const int maxLines = qMax(1, int(area.height() / fm.lineSpacing()));
    const bool withSpeakers = !m_speakers.isEmpty() && maxLines >= 2;
    const int titleLines = withSpeakers ? maxLines - 1 : maxLines;

    QTextLayout layout(title, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QList<std::pair<int, int>> spans;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        spans.append({line.textStart(), line.textLength()});
    }
    layout.endLayout();
    for (int i = 0; i < spans.size() && i < titleLines; ++i) {
        if (i == titleLines - 1 &&
            spans.size() > titleLines) // the last line that fits takes the rest, elided
            m_lines.append(fm.elidedText(title.mid(spans.at(i).first).trimmed(), Qt::ElideRight, width));
        else
            m_lines.append(title.mid(spans.at(i).first, spans.at(i).second).trimmed());
    }
    m_titleLineCount = int(m_lines.size());
    if (withSpeakers)
        m_lines.append(fm.elidedText(m_speakers, Qt::ElideRight, width));
    return m_lines;
}

void SessionItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF r = rect().adjusted(1, 1, -1, -1);
    const bool selected = option->state & QStyle::State_Selected;
    painter->setPen(QPen(selected ? QColor(0x0d47a1) : m_color.darker(130), selected ? 2.5 : 1));
    painter->setBrush(m_color.lighter(165));
    painter->drawRoundedRect(r, 3, 3);
    painter->fillRect(QRectF(r.left(), r.top(), 4, r.height()), m_color);
    if (m_current) { // the keyboard's card: a dashed frame inside the border
        painter->setPen(QPen(QColor(0x263238), 1.2, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(r.adjusted(3, 3, -3, -3), 2, 2);
    }

    const QStringList lines = textLines();
    const QFont font = cardFont();
    const QFontMetricsF fm(font);
    const QRectF text = textRect();
    painter->save();
    painter->setClipRect(r);
    painter->setFont(font);
    qreal y = text.top() + fm.ascent();
    for (int i = 0; i < lines.size(); ++i) {
        painter->setPen(i < m_titleLineCount ? QColor(Qt::black) : QColor(0x37474f));
        painter->drawText(QPointF(text.left(), y), lines.at(i));
        y += fm.lineSpacing();
    }
    painter->restore();

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
