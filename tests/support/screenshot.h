#pragma once

#include <QDir>
#include <QWidget>

namespace EventDesk::Test
{

// Saves widget->grab() as NAME.png into $EVENTDESK_SCREENSHOT_DIR when it is set, so people can look.
inline void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("EVENTDESK_SCREENSHOT_DIR");
    if (dir.isEmpty() || !widget)
        return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace EventDesk::Test
