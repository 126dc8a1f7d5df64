#include "scheduleview.h"

#include "schedulescene.h"

#include <QDragEnterEvent>
#include <QMimeData>
#include <QResizeEvent>
#include <QWheelEvent>

using namespace Qt::StringLiterals;

namespace EventDesk
{

const char *const ScheduleView::kSessionMime = "application/x-eventdesk-session-ids";

ScheduleView::ScheduleView(ScheduleScene *scene, QWidget *parent) : QGraphicsView(scene, parent)
{
    setObjectName(u"scheduleView"_s);
    setAcceptDrops(true);
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
}

void ScheduleView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (auto *grid = qobject_cast<ScheduleScene *>(scene()))
        grid->setAvailableWidth(viewport()->width());
}

void ScheduleView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        emit zoomRequested(event->angleDelta().y() > 0 ? 1 : -1);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void ScheduleView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(QString::fromLatin1(kSessionMime)))
        event->acceptProposedAction();
}

void ScheduleView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(QString::fromLatin1(kSessionMime)))
        event->acceptProposedAction();
}

void ScheduleView::dropEvent(QDropEvent *event)
{
    const QByteArray data = event->mimeData()->data(QString::fromLatin1(kSessionMime));
    QList<QUuid> ids;
    for (const QByteArray &id : data.split('\n'))
        if (!id.isEmpty())
            ids.append(QUuid::fromString(QString::fromLatin1(id)));
    if (ids.isEmpty())
        return;
    event->acceptProposedAction();
    emit sessionsDropped(ids, mapToScene(event->position().toPoint()));
}

} // namespace EventDesk
