#include "schedulescene.h"

#include "proposalghostitem.h"
#include "sessionitem.h"

#include <QCoreApplication>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QKeyEvent>
#include <QPainter>

#include <cmath>

using namespace Qt::StringLiterals;

namespace EventDesk
{

ScheduleScene::ScheduleScene(QObject *parent) : QGraphicsScene(parent) {}

void ScheduleScene::setSchedule(const ScheduleData &data, const ConflictChecker &checker, QDate day)
{
    const QList<QUuid> selected = selectedSessions();
    m_data = data;
    m_day = day;
    m_tz = QTimeZone(data.event.timeZone.toUtf8());
    m_conflicts.clear();
    for (const Conflict &c : checker.all())
        for (const QUuid &s : c.sessions)
            m_conflicts[s].append(c);
    rebuild();
    selectSessions(selected);
}

void ScheduleScene::setZoom(qreal pixelsPerMinute)
{
    m_ppm = qBound(0.3, pixelsPerMinute, 6.0);
    const QList<QUuid> selected = selectedSessions();
    rebuild();
    selectSessions(selected);
}

void ScheduleScene::setFilter(const QUuid &trackId, const QUuid &speakerId)
{
    m_filterTrack = trackId;
    m_filterSpeaker = speakerId;
    for (SessionItem *item : std::as_const(m_items)) {
        const Session &s = item->session();
        const bool match = (m_filterTrack.isNull() || s.trackId == m_filterTrack) &&
                           (m_filterSpeaker.isNull() || s.speakerIds.contains(m_filterSpeaker));
        item->setOpacity(match ? 1.0 : 0.2);
    }
}

QDateTime ScheduleScene::dayStartUtc() const
{
    // The grid starts an hour before the event's daily start.
    return QDateTime(m_day, m_data.event.dayStart, m_tz).addSecs(-3600).toUTC();
}

int ScheduleScene::minutesVisible() const
{
    return int(m_data.event.dayStart.secsTo(m_data.event.dayEnd) / 60) + 120;
}

QPointF ScheduleScene::positionFor(const QUuid &roomId, const QDateTime &start) const
{
    const int column = m_roomColumn.value(roomId, -1);
    const qreal minutes = dayStartUtc().secsTo(start) / 60.0;
    return {kTimeColumn + column * m_columnWidth, kHeader + minutes * m_ppm};
}

int ScheduleScene::roomAt(qreal x) const
{
    if (x < kTimeColumn)
        return -1;
    const int column = int((x - kTimeColumn) / m_columnWidth);
    return column < m_data.rooms.size() ? column : -1;
}

QDateTime ScheduleScene::timeAt(qreal y) const
{
    const qreal minutes = (y - kHeader) / m_ppm;
    const int snapped = int(std::lround(minutes / kSnapMinutes)) * kSnapMinutes;
    return dayStartUtc().addSecs(qint64(snapped) * 60);
}

void ScheduleScene::rebuild()
{
    clear();
    m_items.clear();
    m_ghosts.clear();
    m_roomColumn.clear();
    for (int i = 0; i < m_data.rooms.size(); ++i)
        m_roomColumn.insert(m_data.rooms.at(i).meta.id, i);
    setSceneRect(0, 0, kTimeColumn + m_data.rooms.size() * m_columnWidth + 1,
                 kHeader + minutesVisible() * m_ppm + 1);

    QHash<QUuid, QColor> trackColors;
    for (const Track &t : m_data.tracks)
        trackColors.insert(t.meta.id, QColor(t.color));
    const QDateTime from = dayStartUtc();
    const QDateTime to = from.addSecs(qint64(minutesVisible()) * 60);
    for (const Session &s : m_data.sessions) {
        if (!s.isScheduled() || s.meta.deleted || !m_roomColumn.contains(s.roomId) || s.end() <= from ||
            s.start >= to)
            continue;
        const QPointF top = positionFor(s.roomId, s.start);
        const QRectF rect(0, 0, m_columnWidth, s.durationMinutes * m_ppm);
        auto *item = new SessionItem(s, rect, trackColors.value(s.trackId),
                                     s.start.toTimeZone(m_tz).toString(u"HH:mm"_s));
        item->setPos(top);
        item->setConflicts(m_conflicts.value(s.meta.id));
        addItem(item);
        m_items.insert(s.meta.id, item);
    }
    addGhosts();
    setFilter(m_filterTrack, m_filterSpeaker);
    update();
}

void ScheduleScene::setProposal(const QList<ProposalItem> &items)
{
    m_proposal = items;
    const QList<QUuid> selected = selectedSessions();
    rebuild();
    selectSessions(selected);
}

void ScheduleScene::clearProposal()
{
    setProposal({});
}

void ScheduleScene::addGhosts()
{
    const QDateTime from = dayStartUtc();
    const QDateTime to = from.addSecs(qint64(minutesVisible()) * 60);
    for (const ProposalItem &item : std::as_const(m_proposal)) {
        const Session &s = item.session;
        if (!s.start.isValid() || !m_roomColumn.contains(s.roomId) || s.end() <= from || s.start >= to)
            continue;
        QString label = s.start.toTimeZone(m_tz).toString(u"HH:mm"_s) + u"  "_s;
        switch (item.kind) {
        case ProposalItemKind::Placed:
            label += tr("Place: %1").arg(s.title);
            break;
        case ProposalItemKind::Moved:
            label +=
                tr("Move: %1 (from %2 %3)")
                    .arg(s.title, item.fromRoomName,
                         item.before ? item.before->start.toTimeZone(m_tz).toString(u"HH:mm"_s) : QString());
            break;
        case ProposalItemKind::New:
            label += tr("New: %1").arg(s.title);
            break;
        }
        auto *ghost =
            new ProposalGhostItem(item, QRectF(0, 0, m_columnWidth, s.durationMinutes * m_ppm), label);
        ghost->setPos(positionFor(s.roomId, s.start));
        addItem(ghost);
        m_ghosts.append(ghost);
    }
}

void ScheduleScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, QColor(0xfafafa));
    const qreal width = sceneRect().width();
    // Outside the event's daily hours: shaded.
    painter->fillRect(QRectF(kTimeColumn, kHeader, width - kTimeColumn, 60 * m_ppm), QColor(0xeceff1));
    painter->fillRect(
        QRectF(kTimeColumn, kHeader + (minutesVisible() - 60) * m_ppm, width - kTimeColumn, 60 * m_ppm),
        QColor(0xeceff1));
    const QDateTime from = dayStartUtc();
    for (int m = 0; m <= minutesVisible(); m += 15) {
        const qreal y = kHeader + m * m_ppm;
        const bool hour = from.addSecs(qint64(m) * 60).toTimeZone(m_tz).time().minute() == 0;
        painter->setPen(hour ? QColor(0xb0bec5) : QColor(0xe0e0e0));
        painter->drawLine(QPointF(kTimeColumn, y), QPointF(width, y));
        if (hour) {
            painter->setPen(QColor(0x546e7a));
            painter->drawText(QRectF(0, y - 8, kTimeColumn - 6, 16), Qt::AlignRight | Qt::AlignVCenter,
                              from.addSecs(qint64(m) * 60).toTimeZone(m_tz).toString(u"HH:mm"_s));
        }
    }
    for (int i = 0; i <= m_data.rooms.size(); ++i) {
        const qreal x = kTimeColumn + i * m_columnWidth;
        painter->setPen(QColor(0xcfd8dc));
        painter->drawLine(QPointF(x, 0), QPointF(x, sceneRect().height()));
        if (i < m_data.rooms.size()) {
            painter->setPen(QColor(0x263238));
            painter->drawText(QRectF(x + 4, 0, m_columnWidth - 8, kHeader),
                              Qt::AlignCenter | Qt::TextSingleLine, m_data.rooms.at(i).name);
        }
    }
    painter->setPen(QColor(0x90a4ae));
    painter->drawLine(QPointF(0, kHeader), QPointF(width, kHeader));
}

SessionItem *ScheduleScene::itemFor(const QUuid &sessionId) const
{
    return m_items.value(sessionId);
}

QList<QUuid> ScheduleScene::selectedSessions() const
{
    QList<QUuid> ids;
    for (QGraphicsItem *item : selectedItems())
        if (item->type() == SessionItem::Type)
            ids.append(static_cast<SessionItem *>(item)->session().meta.id);
    return ids;
}

void ScheduleScene::selectSessions(const QList<QUuid> &ids)
{
    clearSelection();
    for (const QUuid &id : ids)
        if (SessionItem *item = m_items.value(id))
            item->setSelected(true);
}

void ScheduleScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_gesture = Gesture::None;
    auto *item = dynamic_cast<SessionItem *>(itemAt(event->scenePos(), QTransform()));
    if (event->button() != Qt::LeftButton || !item) {
        QGraphicsScene::mousePressEvent(event); // empty space: rubber band selection in the view
        return;
    }
    event->accept(); // ours: the view must not start a rubber band or clear the selection
    if (event->modifiers() & Qt::ControlModifier) {
        item->setSelected(!item->isSelected());
        return;
    }
    if (!item->isSelected()) {
        clearSelection();
        item->setSelected(true);
    }
    item->setFocus();
    m_pressPos = event->scenePos();
    if (item->isOnResizeEdge(event->scenePos())) {
        m_gesture = Gesture::Resize;
        m_resizing = item;
        return;
    }
    m_gesture = Gesture::Move;
    m_origin.clear();
    for (QGraphicsItem *selected : selectedItems())
        if (selected->type() == SessionItem::Type)
            m_origin.insert(static_cast<SessionItem *>(selected), selected->pos());
}

void ScheduleScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    const QPointF delta = event->scenePos() - m_pressPos;
    if (m_gesture == Gesture::Move) {
        for (auto it = m_origin.begin(); it != m_origin.end(); ++it)
            it.key()->setPos(it.value() + delta);
    } else if (m_gesture == Gesture::Resize && m_resizing) {
        const qreal minutes =
            qMax<qreal>(kSnapMinutes, m_resizing->session().durationMinutes + delta.y() / m_ppm);
        QRectF r = m_resizing->rect();
        r.setHeight(minutes * m_ppm);
        m_resizing->setRect(r);
    } else {
        QGraphicsScene::mouseMoveEvent(event);
    }
    if (m_gesture == Gesture::None) {
        auto *item = dynamic_cast<SessionItem *>(itemAt(event->scenePos(), QTransform()));
        const bool edge = item && item->isOnResizeEdge(event->scenePos());
        for (QGraphicsView *view : views())
            view->viewport()->setCursor(edge ? Qt::SizeVerCursor : Qt::ArrowCursor);
    }
}

void ScheduleScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    const Gesture gesture = std::exchange(m_gesture, Gesture::None);
    const QPointF delta = event->scenePos() - m_pressPos;
    if (gesture == Gesture::None) {
        QGraphicsScene::mouseReleaseEvent(event);
        return;
    }
    if (qAbs(delta.x()) < 3 && qAbs(delta.y()) < 3) { // a click, not a drag
        for (auto it = m_origin.begin(); it != m_origin.end(); ++it)
            it.key()->setPos(it.value());
        if (m_resizing)
            m_resizing->setRect(QRectF(0, 0, m_columnWidth, m_resizing->session().durationMinutes * m_ppm));
        m_resizing = nullptr;
        return;
    }
    QList<Session> before, after;
    if (gesture == Gesture::Resize && m_resizing) {
        Session s = m_resizing->session();
        before.append(s);
        const qreal minutes = s.durationMinutes + delta.y() / m_ppm;
        s.durationMinutes = qMax(kSnapMinutes, int(std::lround(minutes / kSnapMinutes)) * kSnapMinutes);
        after.append(s);
        m_resizing = nullptr;
        emit sessionsEdited(before, after,
                            QCoreApplication::translate("EventDesk::ScheduleScene", "Resize session"));
        return;
    }
    for (auto it = m_origin.begin(); it != m_origin.end(); ++it) {
        Session s = it.key()->session();
        before.append(s);
        const QPointF top = it.value() + delta;
        const int column = roomAt(top.x() + m_columnWidth / 2);
        if (column < 0) { // dropped beside the grid: back to unscheduled
            s.start = QDateTime();
            s.roomId = QUuid();
        } else {
            s.roomId = m_data.rooms.at(column).meta.id;
            s.start = timeAt(top.y());
        }
        after.append(s);
    }
    m_origin.clear();
    emit sessionsEdited(before, after,
                        QCoreApplication::translate("EventDesk::ScheduleScene", "Move %n session(s)", nullptr,
                                                    int(after.size())));
}

void ScheduleScene::keyPressEvent(QKeyEvent *event)
{
    const QList<QUuid> ids = selectedSessions();
    int minutes = 0, columns = 0;
    switch (event->key()) {
    case Qt::Key_Up:
        minutes = -kSnapMinutes;
        break;
    case Qt::Key_Down:
        minutes = kSnapMinutes;
        break;
    case Qt::Key_Left:
        columns = -1;
        break;
    case Qt::Key_Right:
        columns = 1;
        break;
    default:
        QGraphicsScene::keyPressEvent(event);
        return;
    }
    if (ids.isEmpty())
        return;
    QList<Session> before, after;
    for (const QUuid &id : ids) {
        const Session s = m_items.value(id)->session();
        Session moved = s;
        moved.start = s.start.addSecs(qint64(minutes) * 60);
        const int column = qBound(0, m_roomColumn.value(s.roomId) + columns, int(m_data.rooms.size()) - 1);
        moved.roomId = m_data.rooms.at(column).meta.id;
        before.append(s);
        after.append(moved);
    }
    event->accept();
    emit sessionsEdited(before, after,
                        QCoreApplication::translate("EventDesk::ScheduleScene", "Move %n session(s)", nullptr,
                                                    int(after.size())));
}

void ScheduleScene::dropSessions(const QList<Session> &sessions, const QPointF &scenePos)
{
    const int column = roomAt(scenePos.x());
    if (column < 0 || sessions.isEmpty())
        return;
    QList<Session> before, after;
    QDateTime start = timeAt(scenePos.y());
    for (const Session &s : sessions) {
        Session placed = s;
        placed.roomId = m_data.rooms.at(column).meta.id;
        placed.start = start;
        start = start.addSecs(qint64(s.durationMinutes) * 60);
        before.append(s);
        after.append(placed);
    }
    emit sessionsEdited(before, after,
                        QCoreApplication::translate("EventDesk::ScheduleScene", "Schedule %n session(s)",
                                                    nullptr, int(after.size())));
}

} // namespace EventDesk
