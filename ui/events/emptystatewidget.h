#pragma once

#include <QWidget>

namespace EventDesk
{

// Shown when the workspace has no events: offers "New event" and "Load sample event".
class EmptyStateWidget : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyStateWidget(QWidget *parent = nullptr);

signals:
    void newEventRequested();
    void sampleRequested();
};

} // namespace EventDesk
