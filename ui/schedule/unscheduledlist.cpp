#include "unscheduledlist.h"

#include "scheduleview.h"

#include <QMimeData>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace EventDesk
{

UnscheduledList::UnscheduledList(QWidget *parent) : QListWidget(parent)
{
    setObjectName(u"unscheduledList"_s);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    // A session's whole title and length, on as many lines as the column needs: no sideways scrolling.
    setWordWrap(true);
    setResizeMode(QListView::Adjust);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setAlternatingRowColors(true); // where one wrapped title ends and the next begins
}

QStringList UnscheduledList::mimeTypes() const
{
    return {QString::fromLatin1(ScheduleView::kSessionMime)};
}

QMimeData *UnscheduledList::mimeData(const QList<QListWidgetItem *> &items) const
{
    QByteArray ids;
    for (const QListWidgetItem *item : items)
        ids += item->data(Qt::UserRole).toUuid().toString(QUuid::WithoutBraces).toLatin1() + '\n';
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(ScheduleView::kSessionMime), ids);
    return mime;
}

} // namespace EventDesk
