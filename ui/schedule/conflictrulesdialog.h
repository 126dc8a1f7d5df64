#pragma once

#include "model/event.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QSpinBox;

namespace EventDesk
{

// The event's conflict settings: a severity (error, warning, off) per rule and the changeover minutes.
class ConflictRulesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConflictRulesDialog(const Event &event, QWidget *parent = nullptr);
    Event values() const;

private:
    Event m_event;
    QHash<int, QComboBox *> m_severity;
    QSpinBox *m_changeover;
};

} // namespace EventDesk
