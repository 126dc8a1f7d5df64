#pragma once

#include "assistant/proposalchecker.h"
#include "schedule/conflictchecker.h"

#include <QGraphicsScene>
#include <QTimeZone>

namespace EventDesk
{
class ProposalGhostItem;
class SessionItem;

// The grid of one day: rooms as columns, time as rows, in the event's time zone. It turns mouse and
// keyboard gestures into proposed moves (before/after session values); the page turns those into commands.
class ScheduleScene : public QGraphicsScene
{
    Q_OBJECT

public:
    static constexpr int kSnapMinutes = 5;
    static constexpr qreal kTimeColumn = 52;
    static constexpr qreal kHeader = 26;

    explicit ScheduleScene(QObject *parent = nullptr);

    void setSchedule(const ScheduleData &data, const ConflictChecker &checker, QDate day);
    void setZoom(qreal pixelsPerMinute);
    qreal zoom() const { return m_ppm; }
    void setFilter(const QUuid &trackId, const QUuid &speakerId);
    QDate day() const { return m_day; }

    SessionItem *itemFor(const QUuid &sessionId) const;
    QList<QUuid> selectedSessions() const;
    void selectSessions(const QList<QUuid> &ids);

    // Geometry, public for the view's drops and for tests.
    QPointF positionFor(const QUuid &roomId, const QDateTime &start) const;
    int roomAt(qreal x) const;       // -1 outside the columns
    QDateTime timeAt(qreal y) const; // snapped
    qreal columnWidth() const { return m_columnWidth; }

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

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum class Gesture { None, Move, Resize };
    void rebuild();
    void addGhosts();
    QDateTime dayStartUtc() const;
    int minutesVisible() const;

    ScheduleData m_data;
    QHash<QUuid, QList<Conflict>> m_conflicts;
    QDate m_day;
    QTimeZone m_tz;
    qreal m_ppm = 1.2;
    qreal m_columnWidth = 150;
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
