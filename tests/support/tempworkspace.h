#pragma once

#include <QString>
#include <QTemporaryDir>

namespace EventDesk::Test
{

// A throwaway folder holding a real SQLite workspace file, removed at the end of the test.
class TempWorkspace
{
public:
    TempWorkspace();
    QString path() const { return m_path; }
    QString filePath(const QString &name) const;
    bool isValid() const { return m_dir.isValid(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace EventDesk::Test
