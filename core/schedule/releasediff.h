#pragma once

#include "model/schedulerelease.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace EventDesk
{

// What changed between two schedules (two releases, or a release and the working copy).
struct ReleaseDiff {
    struct Entry {
        QUuid session;
        QString title;
        QJsonObject before; // empty for added
        QJsonObject after;  // empty for removed
        QStringList fields; // changed fields (for moved/changed)
    };
    QList<Entry> added, removed, moved, changed;

    bool isEmpty() const
    {
        return added.isEmpty() && removed.isEmpty() && moved.isEmpty() && changed.isEmpty();
    }
    static ReleaseDiff compare(const QJsonArray &before, const QJsonArray &after);
    QJsonObject toJson() const;
};

} // namespace EventDesk
