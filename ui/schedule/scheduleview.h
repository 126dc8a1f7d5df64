#pragma once

#include <QGraphicsView>

namespace EventDesk
{
class ScheduleScene;

// Shows a ScheduleScene, whose room columns share the viewport's width; Ctrl+wheel zooms; accepts sessions
// dragged from the Unscheduled list.
class ScheduleView : public QGraphicsView
{
    Q_OBJECT

public:
    static const char *const kSessionMime;
    explicit ScheduleView(ScheduleScene *scene, QWidget *parent = nullptr);

signals:
    void zoomRequested(int steps);
    void sessionsDropped(const QList<QUuid> &ids, const QPointF &scenePos);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
};

} // namespace EventDesk
