#include "schedulescene.h"

#include "schedule/scheduledefaults.h"

#include "proposalghostitem.h"
#include "sessionitem.h"

#include <QCoreApplication>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace EventDesk
{

ScheduleScene::ScheduleScene(QObject *parent)
    : QGraphicsScene(parent), m_snapMinutes(ScheduleDefaults::load().snapMinutes())
{
}

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

void ScheduleScene::setAvailableWidth(qreal width)
{
    m_availableWidth = width;
    const int rooms = qMax(1, int(m_data.rooms.size()));
    const qreal shared = qMax(kMinColumnWidth, std::floor((width - kTimeColumn - 1) / rooms));
    if (qAbs(shared - m_columnWidth) < 1)
        return;
    const QList<QUuid> selected = selectedSessions();
    rebuild();
    selectSessions(selected);
}

QString ScheduleScene::clockText(const QDateTime &t) const
{
    return t.toTimeZone(m_tz).toString(u"HH:mm"_s);
}

qreal ScheduleScene::columnLeft(int column) const
{
    if (column >= 0 && column < m_columnLeft.size())
        return m_columnLeft.at(column);
    return kTimeColumn + column * m_columnWidth; // outside the grid (or before the first layout)
}

QPointF ScheduleScene::positionFor(const QUuid &roomId, const QDateTime &start) const
{
    const int column = m_roomColumn.value(roomId, -1);
    const qreal minutes = dayStartUtc().secsTo(start) / 60.0;
    return {columnLeft(column), kHeader + minutes * m_ppm};
}

int ScheduleScene::roomAt(qreal x) const
{
    if (x < kTimeColumn)
        return -1;
    for (int column = 0; column < m_data.rooms.size(); ++column)
        if (x < columnRight(column))
            return column;
    return -1;
}

// The rows run from the daily start (or the hour of an earlier session) to an hour after the daily end (or
// the end of a later session). Sessions that overlap in a room share its column in lanes: each cluster of
// overlapping sessions is as many lanes wide as it needs, and a room with lanes is widened to fit them.
void ScheduleScene::layoutDay(const QList<const Session *> &sessions)
{
    const QDateTime dayStart(m_day, m_data.event.dayStart, m_tz);
    QDateTime dayEnd(m_day, m_data.event.dayEnd, m_tz);
    if (dayEnd <= dayStart)
        dayEnd = dayStart.addSecs(3600);
    QDateTime first = dayStart, last = dayEnd.addSecs(3600);
    for (const Session *s : sessions) {
        first = qMin(first, s->start);
        last = qMax(last, s->end());
    }
    if (first < dayStart) { // the whole hour of the earliest session
        const QDateTime local = first.toTimeZone(m_tz);
        first = QDateTime(local.date(), QTime(local.time().hour(), 0), m_tz);
    }
    if (last > dayEnd.addSecs(3600)) {
        const QDateTime local = last.toTimeZone(m_tz);
        last = QDateTime(local.date(), QTime(local.time().hour(), 0), m_tz);
        if (last < local)
            last = last.addSecs(3600);
    }
    m_gridStart = first.toUTC();
    m_gridMinutes = int(m_gridStart.secsTo(last) / 60);

    m_lanes.clear();
    QList<QList<const Session *>> byColumn(m_data.rooms.size());
    for (const Session *s : sessions)
        byColumn[m_roomColumn.value(s->roomId)].append(s);
    QList<int> lanesInColumn(m_data.rooms.size(), 1);
    for (int column = 0; column < byColumn.size(); ++column) {
        QList<const Session *> &list = byColumn[column];
        std::sort(list.begin(), list.end(), [](const Session *a, const Session *b) {
            if (a->start != b->start)
                return a->start < b->start;
            if (a->durationMinutes != b->durationMinutes)
                return a->durationMinutes > b->durationMinutes;
            return a->meta.id < b->meta.id;
        });
        QList<const Session *> cluster;
        QList<QDateTime> laneEnds;
        QDateTime clusterEnd;
        auto closeCluster = [&] {
            for (const Session *c : std::as_const(cluster))
                m_lanes[c->meta.id].count = int(laneEnds.size());
            lanesInColumn[column] = qMax(lanesInColumn.at(column), int(laneEnds.size()));
            cluster.clear();
            laneEnds.clear();
        };
        for (const Session *s : std::as_const(list)) {
            if (!cluster.isEmpty() && s->start >= clusterEnd)
                closeCluster();
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.at(lane) > s->start)
                ++lane;
            if (lane == laneEnds.size())
                laneEnds.append(s->end());
            else
                laneEnds[lane] = s->end();
            m_lanes.insert(s->meta.id, Lane{lane, 1});
            clusterEnd = cluster.isEmpty() ? s->end() : qMax(clusterEnd, s->end());
            cluster.append(s);
        }
        closeCluster();
    }

    if (m_availableWidth > 0) {
        const int rooms = qMax(1, int(m_data.rooms.size()));
        m_columnWidth = qMax(kMinColumnWidth, std::floor((m_availableWidth - kTimeColumn - 1) / rooms));
    }
    m_columnLeft.clear();
    qreal left = kTimeColumn;
    for (int column = 0; column < m_data.rooms.size(); ++column) {
        m_columnLeft.append(left);
        left += qMax(m_columnWidth, lanesInColumn.at(column) * kMinLaneWidth);
    }
    m_columnLeft.append(left);
}

QDateTime ScheduleScene::timeAt(qreal y) const
{
    const qreal minutes = (y - kHeader) / m_ppm;
    const int snapped = int(std::lround(minutes / m_snapMinutes)) * m_snapMinutes;
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
    // The day's sessions: those starting on the day (in the event's time zone) in a room of the grid.
    QList<const Session *> day;
    for (const Session &s : std::as_const(m_data.sessions))
        if (s.isScheduled() && !s.meta.deleted && m_roomColumn.contains(s.roomId) &&
            s.start.toTimeZone(m_tz).date() == m_day)
            day.append(&s);
    layoutDay(day);
    setSceneRect(0, 0, columnLeft(int(m_data.rooms.size())) + 1, kHeader + minutesVisible() * m_ppm + 1);

    QHash<QUuid, QColor> trackColors;
    for (const Track &t : std::as_const(m_data.tracks))
        trackColors.insert(t.meta.id, QColor(t.color));
    QHash<QUuid, QString> speakerNames;
    for (const Speaker &sp : std::as_const(m_data.speakers))
        speakerNames.insert(sp.meta.id, sp.name);
    const QLocale locale;
    for (const Session *s : std::as_const(day)) {
        const int column = m_roomColumn.value(s->roomId);
        const Lane lane = m_lanes.value(s->meta.id);
        const qreal width = (columnRight(column) - columnLeft(column)) / lane.count;
        const QPointF top = positionFor(s->roomId, s->start);
        auto *item = new SessionItem(*s, QRectF(0, 0, width, s->durationMinutes * m_ppm),
                                     trackColors.value(s->trackId), clockText(s->start));
        item->setPos(top.x() + lane.index * width, top.y());
        QStringList names;
        for (const QUuid &id : s->speakerIds)
            if (const QString name = speakerNames.value(id); !name.isEmpty())
                names.append(name);
        item->setSpeakers(locale.createSeparatedList(names));
        item->setConflicts(m_conflicts.value(s->meta.id));
        item->setCurrent(s->meta.id == m_current);
        addItem(item);
        m_items.insert(s->meta.id, item);
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
    const QDateTime from = dayStartUtc();
    // Outside the event's daily hours: shaded.
    const qreal open = from.secsTo(QDateTime(m_day, m_data.event.dayStart, m_tz)) / 60.0;
    const qreal close = from.secsTo(QDateTime(m_day, m_data.event.dayEnd, m_tz)) / 60.0;
    if (open > 0)
        painter->fillRect(QRectF(kTimeColumn, kHeader, width - kTimeColumn, open * m_ppm), QColor(0xeceff1));
    if (close < minutesVisible())
        painter->fillRect(QRectF(kTimeColumn, kHeader + close * m_ppm, width - kTimeColumn,
                                 (minutesVisible() - close) * m_ppm),
                          QColor(0xeceff1));
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
        const qreal x = columnLeft(i);
        painter->setPen(QColor(0xcfd8dc));
        painter->drawLine(QPointF(x, 0), QPointF(x, sceneRect().height()));
        if (i < m_data.rooms.size()) {
            painter->setPen(QColor(0x263238));
            const QRectF header(x + 4, 0, columnRight(i) - x - 8, kHeader);
            painter->drawText(header, Qt::AlignCenter | Qt::TextSingleLine,
                              painter->fontMetrics().elidedText(m_data.rooms.at(i).name, Qt::ElideRight,
                                                                int(header.width())));
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
    makeCurrent(item);
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
        for (auto it = m_origin.begin(); it != m_origin.end(); ++it) {
            it.key()->setPos(it.value() + delta);
            it.key()->setTimeText(clockText(timeAt(it.value().y() + delta.y()))); // where it would land
        }
    } else if (m_gesture == Gesture::Resize && m_resizing) {
        const Session &s = m_resizing->session();
        const qreal minutes = qMax<qreal>(m_snapMinutes, s.durationMinutes + delta.y() / m_ppm);
        QRectF r = m_resizing->rect();
        r.setHeight(minutes * m_ppm);
        m_resizing->setRect(r);
        const int snapped = qMax(m_snapMinutes, int(std::lround(minutes / m_snapMinutes)) * m_snapMinutes);
        m_resizing->setTimeText(clockText(s.start) + u"–"_s +
                                clockText(s.start.addSecs(qint64(snapped) * 60)));
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
        for (auto it = m_origin.begin(); it != m_origin.end(); ++it) {
            it.key()->setPos(it.value());
            it.key()->setTimeText(clockText(it.key()->session().start));
        }
        if (m_resizing) {
            m_resizing->setRect(
                QRectF(0, 0, m_resizing->rect().width(), m_resizing->session().durationMinutes * m_ppm));
            m_resizing->setTimeText(clockText(m_resizing->session().start));
        }
        m_resizing = nullptr;
        return;
    }
    QList<Session> before, after;
    if (gesture == Gesture::Resize && m_resizing) {
        Session s = m_resizing->session();
        before.append(s);
        const qreal minutes = s.durationMinutes + delta.y() / m_ppm;
        s.durationMinutes = qMax(m_snapMinutes, int(std::lround(minutes / m_snapMinutes)) * m_snapMinutes);
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
        const int column = roomAt(top.x() + it.key()->rect().width() / 2);
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

void ScheduleScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    auto *item = dynamic_cast<SessionItem *>(itemAt(event->scenePos(), QTransform()));
    if (event->button() != Qt::LeftButton || !item) {
        QGraphicsScene::mouseDoubleClickEvent(event);
        return;
    }
    event->accept();
    m_gesture = Gesture::None;
    emit sessionActivated(item->session().meta.id);
}

void ScheduleScene::makeCurrent(SessionItem *item)
{
    if (SessionItem *old = m_items.value(m_current); old && old != item)
        old->setCurrent(false);
    m_current = item ? item->session().meta.id : QUuid();
    if (item)
        item->setCurrent(true);
}

void ScheduleScene::setCurrentSession(const QUuid &id)
{
    SessionItem *item = m_items.value(id);
    makeCurrent(item);
    if (!item)
        return;
    clearSelection();
    item->setSelected(true);
    item->setFocus(Qt::OtherFocusReason);
    for (QGraphicsView *view : views())
        view->ensureVisible(item, 16, 16);
}

QList<SessionItem *> ScheduleScene::cardsInOrder() const
{
    QList<SessionItem *> cards = m_items.values();
    std::sort(cards.begin(), cards.end(), [this](SessionItem *a, SessionItem *b) {
        const Session &sa = a->session();
        const Session &sb = b->session();
        if (sa.start != sb.start)
            return sa.start < sb.start;
        const int ca = m_roomColumn.value(sa.roomId), cb = m_roomColumn.value(sb.roomId);
        if (ca != cb)
            return ca < cb;
        const int la = m_lanes.value(sa.meta.id).index, lb = m_lanes.value(sb.meta.id).index;
        if (la != lb)
            return la < lb;
        return sa.meta.id < sb.meta.id;
    });
    return cards;
}

SessionItem *ScheduleScene::neighbour(int key) const
{
    const QList<SessionItem *> order = cardsInOrder();
    SessionItem *current = m_items.value(m_current);
    if (!current)
        return order.value(0, nullptr);
    const int column = m_roomColumn.value(current->session().roomId);
    if (key == Qt::Key_Up || key == Qt::Key_Down) { // the previous or next card in the same room
        QList<SessionItem *> room;
        for (SessionItem *card : order)
            if (m_roomColumn.value(card->session().roomId) == column)
                room.append(card);
        const qsizetype at = room.indexOf(current) + (key == Qt::Key_Down ? 1 : -1);
        return at >= 0 && at < room.size() ? room.at(at) : nullptr;
    }
    // The nearest room on that side with cards: its card closest in time.
    const int step = key == Qt::Key_Right ? 1 : -1;
    for (int c = column + step; c >= 0 && c < m_data.rooms.size(); c += step) {
        SessionItem *best = nullptr;
        qint64 bestDistance = 0;
        for (SessionItem *card : order) {
            if (m_roomColumn.value(card->session().roomId) != c)
                continue;
            const qint64 distance = qAbs(current->session().start.secsTo(card->session().start));
            if (!best || distance < bestDistance) {
                best = card;
                bestDistance = distance;
            }
        }
        if (best)
            return best;
    }
    return nullptr;
}

// Tab and Shift+Tab go through the cards by time, then room; past the last one the focus leaves the grid.
bool ScheduleScene::focusNextPrevChild(bool next)
{
    const QList<SessionItem *> order = cardsInOrder();
    if (order.isEmpty())
        return false;
    const qsizetype at = order.indexOf(m_items.value(m_current));
    const qsizetype target = at < 0 ? (next ? 0 : order.size() - 1) : at + (next ? 1 : -1);
    if (target < 0 || target >= order.size())
        return false;
    setCurrentSession(order.at(target)->session().meta.id);
    return true;
}

void ScheduleScene::focusInEvent(QFocusEvent *event)
{
    QGraphicsScene::focusInEvent(event);
    // Tabbing into the grid lands on a card: the current one, else the first (last, going backwards).
    if (event->reason() != Qt::TabFocusReason && event->reason() != Qt::BacktabFocusReason)
        return;
    if (m_items.contains(m_current)) {
        setCurrentSession(m_current);
        return;
    }
    const QList<SessionItem *> order = cardsInOrder();
    if (!order.isEmpty())
        setCurrentSession(
            (event->reason() == Qt::TabFocusReason ? order.first() : order.last())->session().meta.id);
}

void ScheduleScene::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const int key = event->key();
    const bool arrow =
        key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_Left || key == Qt::Key_Right;
    if (arrow && (modifiers & Qt::AltModifier)) { // Alt+arrows move the selected cards
        const int minutes = (modifiers & Qt::ShiftModifier) ? 30 : m_snapMinutes;
        moveSelected(key == Qt::Key_Up     ? -minutes
                     : key == Qt::Key_Down ? minutes
                                           : 0,
                     key == Qt::Key_Left    ? -1
                     : key == Qt::Key_Right ? 1
                                            : 0);
        event->accept();
        return;
    }
    if (arrow && (modifiers == Qt::NoModifier || modifiers == Qt::ControlModifier)) {
        if (SessionItem *next = neighbour(key)) {
            if (modifiers == Qt::ControlModifier) { // Ctrl+arrows: the focus moves, the selection stays
                makeCurrent(next);
                for (QGraphicsView *view : views())
                    view->ensureVisible(next, 16, 16);
            } else {
                setCurrentSession(next->session().meta.id);
            }
        }
        event->accept();
        return;
    }
    SessionItem *current = m_items.value(m_current);
    if (current && modifiers == Qt::NoModifier && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
        event->accept();
        emit sessionActivated(m_current);
        return;
    }
    if (current && (modifiers == Qt::NoModifier || modifiers == Qt::ControlModifier) &&
        key == Qt::Key_Space) {
        current->setSelected(!current->isSelected()); // builds a selection from the keyboard
        event->accept();
        return;
    }
    QGraphicsScene::keyPressEvent(event);
}

void ScheduleScene::moveSelected(int minutes, int columns)
{
    QList<QUuid> ids = selectedSessions();
    if (ids.isEmpty() && m_items.contains(m_current))
        ids.append(m_current);
    if (ids.isEmpty() || m_data.rooms.isEmpty())
        return;
    QList<Session> before, after;
    for (const QUuid &id : std::as_const(ids)) {
        const Session s = m_items.value(id)->session();
        Session moved = s;
        moved.start = s.start.addSecs(qint64(minutes) * 60);
        const int column = qBound(0, m_roomColumn.value(s.roomId) + columns, int(m_data.rooms.size()) - 1);
        moved.roomId = m_data.rooms.at(column).meta.id;
        if (moved.start == s.start && moved.roomId == s.roomId)
            continue; // already at the edge of the grid
        before.append(s);
        after.append(moved);
    }
    if (after.isEmpty())
        return;
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
