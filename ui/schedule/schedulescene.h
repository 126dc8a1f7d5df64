#pragma once

#include "assistant/proposalchecker.h"
#include "schedule/conflictchecker.h"

#include <QGraphicsScene>
#include <QTimeZone>

namespace EventDesk
{
class ProposalGhostItem;
class SessionItem;

// The grid of one day: rooms as columns, time as rows, in the event's time zone. Sessions that overlap in a
// room are drawn side by side in lanes, as calendars do; the columns share the view's width. It turns mouse
// and keyboard gestures into proposed moves (before/after session values); the page turns those into
// commands. Keyboard: Tab and the arrow keys move the focus from card to card (and select it), Alt+arrows
// move the selected cards by one slot or room, Enter opens the card's editor.
class ScheduleScene : public QGraphicsScene
{
    Q_OBJECT

public:
    static constexpr qreal kTimeColumn = 52;
    static constexpr qreal kHeader = 26;
    static constexpr qreal kMinColumnWidth = 140; // beyond the view's width, the grid scrolls
    static constexpr qreal kMinLaneWidth = 80;    // a room with parallel sessions widens to fit its lanes

    explicit ScheduleScene(QObject *parent = nullptr);

    void setSchedule(const ScheduleData &data, const ConflictChecker &checker, QDate day);
    void setZoom(qreal pixelsPerMinute);
    qreal zoom() const { return m_ppm; }
    // Dragged and resized cards land on multiples of this (Edit › Preferences › Schedule; 5 by default).
    int snapMinutes() const { return m_snapMinutes; }
    void setSnapMinutes(int minutes) { m_snapMinutes = qMax(1, minutes); }
    void setFilter(const QUuid &trackId, const QUuid &speakerId);
    QDate day() const { return m_day; }
    // The width the columns share (the view's viewport); the columns never get narrower than kMinColumnWidth.
    void setAvailableWidth(qreal width);

    // The card with the keyboard focus (null: none); it is selected and drawn with a focus frame.
    QUuid currentSession() const { return m_current; }
    void setCurrentSession(const QUuid &id);

    SessionItem *itemFor(const QUuid &sessionId) const;
    QList<QUuid> selectedSessions() const;
    void selectSessions(const QList<QUuid> &ids);

    // Geometry, public for the view's drops and for tests.
    QPointF positionFor(const QUuid &roomId, const QDateTime &start) const;
    int roomAt(qreal x) const;                          // -1 outside the columns
    QDateTime timeAt(qreal y) const;                    // snapped
    qreal columnWidth() const { return m_columnWidth; } // a room's width without parallel sessions

    // A pending agenda proposal drawn over the grid (ghosts on the day shown); kept across rebuilds until
    // cleared. Changes no data.
    void setProposal(const QList<ProposalItem> &items);
    void clearProposal();
    QList<ProposalGhostItem *> proposalGhosts() const { return m_ghosts; }

    // Proposes placing sessions (unscheduled ones from the list, for instance) at a scene position.
    void dropSessions(const QList<Session> &sessions, const QPointF &scenePos);

signals:
    // One gesture: the same sessions before and after. The page pushes it as one undo step.
    void sessionsEdited(const QList<Session> &before, const QList<Session> &after, const QString &what);
    // A card was double-clicked, or Enter pressed on the current card: open its editor.
    void sessionActivated(const QUuid &id);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    enum class Gesture { None, Move, Resize };
    struct Lane {
        int index = 0;
        int count = 1;
    };
    void rebuild();
    void addGhosts();
    QDateTime dayStartUtc() const { return m_gridStart; }
    int minutesVisible() const { return m_gridMinutes; }
    void layoutDay(const QList<const Session *> &sessions);
    qreal columnLeft(int column) const;
    qreal columnRight(int column) const { return columnLeft(column + 1); }
    QString clockText(const QDateTime &t) const;
    QList<SessionItem *> cardsInOrder() const; // by start, then room, then lane
    SessionItem *neighbour(int key) const;     // the card an arrow key goes to from the current one
    void moveSelected(int minutes, int columns);
    void makeCurrent(SessionItem *item); // the keyboard's card, without touching the selection

    ScheduleData m_data;
    QHash<QUuid, QList<Conflict>> m_conflicts;
    QDate m_day;
    QTimeZone m_tz;
    qreal m_ppm = 1.2;
    int m_snapMinutes = 5;
    qreal m_columnWidth = 150;
    qreal m_availableWidth = 0;
    QDateTime m_gridStart; // UTC, the first row
    int m_gridMinutes = 0;
    QList<qreal> m_columnLeft; // each column's left edge, and the grid's right edge last
    QHash<QUuid, Lane> m_lanes;
    QUuid m_current;
    QUuid m_filterTrack, m_filterSpeaker;
    QHash<QUuid, SessionItem *> m_items;
    QHash<QUuid, int> m_roomColumn;
    QList<ProposalItem> m_proposal;
    QList<ProposalGhostItem *> m_ghosts;

    Gesture m_gesture = Gesture::None;
    QPointF m_pressPos;
    QHash<SessionItem *, QPointF> m_origin;
    SessionItem *m_resizing = nullptr;
};

} // namespace EventDesk
