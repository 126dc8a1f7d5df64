#pragma once

#include "assistant/proposalchecker.h"

#include <QGraphicsRectItem>

namespace EventDesk
{

// One item of a pending agenda proposal drawn over the grid: where a session would be placed or moved to, or
// a new session, dashed and translucent so it never looks like stored data; conflicting or invalid items in
// red. Purely a picture: it changes no data and takes no mouse input.
class ProposalGhostItem : public QGraphicsRectItem
{
public:
    enum { Type = UserType + 2 };
    ProposalGhostItem(const ProposalItem &item, const QRectF &rect, const QString &label);
    int type() const override { return Type; }

    const ProposalItem &item() const { return m_item; }
    QString label() const { return m_label; }
    bool isMarked() const { return !m_item.valid(); } // drawn in red: conflicting or otherwise invalid

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    ProposalItem m_item;
    QString m_label;
};

} // namespace EventDesk
