#include "proposalghostitem.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace EventDesk
{

ProposalGhostItem::ProposalGhostItem(const ProposalItem &item, const QRectF &rect, const QString &label)
    : QGraphicsRectItem(rect), m_item(item), m_label(label)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(10);
    QStringList tip{label};
    tip += item.problems;
    setToolTip(tip.join(u'\n'));
    setData(0, item.session.meta.id);
}

void ProposalGhostItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    QColor color;
    switch (m_item.kind) {
    case ProposalItemKind::Placed:
        color = QColor(0x2e7d32);
        break;
    case ProposalItemKind::Moved:
        color = QColor(0x1565c0);
        break;
    case ProposalItemKind::New:
        color = QColor(0x6a1b9a);
        break;
    }
    if (isMarked())
        color = QColor(0xc62828);
    const QRectF r = rect().adjusted(3, 1, -3, -1);
    QColor fill = color;
    fill.setAlpha(45);
    painter->setBrush(fill);
    painter->setPen(QPen(color, isMarked() ? 2 : 1.5, Qt::DashLine));
    painter->drawRoundedRect(r, 3, 3);
    painter->setPen(color.darker(120));
    QFont f = painter->font();
    f.setPointSizeF(qMax(6.0, f.pointSizeF() * 0.85));
    f.setItalic(true);
    painter->setFont(f);
    painter->drawText(r.adjusted(5, 1, -14, -1), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_label);
    if (isMarked()) {
        const QRectF badge(r.right() - 12, r.top() + 2, 10, 10);
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawEllipse(badge);
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter, u"!"_s);
    }
}

} // namespace EventDesk
