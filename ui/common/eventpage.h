#pragma once

#include "model/event.h"

#include <QList>
#include <QWidget>

class QAction;

namespace EventDesk
{

// A page of the main window that shows one part of the current event (sessions, rooms, participants, …).
// The main window lists the pages in its section list and tells the visible one which event is current.
class EventPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;
    virtual QString title() const = 0; // translated, for the section list
    virtual void setEvent(const Event &event) = 0;
    // Actions the main window also lists in its Event menu. Every page is told the current event, so they
    // work while another page is shown.
    virtual QList<QAction *> menuActions() const { return {}; }
    // Actions the main window lists in its File menu (import, export) and View menu (zoom).
    virtual QList<QAction *> fileMenuActions() const { return {}; }
    virtual QList<QAction *> viewMenuActions() const { return {}; }

signals:
    // Something finished that the user should hear about (imported, exported, published): the status bar.
    void statusMessage(const QString &message);
};

} // namespace EventDesk
