#pragma once

#include <QListWidget>

namespace EventDesk
{

// Sessions without a room or time. Drag them onto the grid to schedule them.
class UnscheduledList : public QListWidget
{
    Q_OBJECT

public:
    explicit UnscheduledList(QWidget *parent = nullptr);

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
};

} // namespace EventDesk
