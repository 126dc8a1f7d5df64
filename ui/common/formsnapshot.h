#pragma once

#include <QStringList>

class QWidget;

namespace EventDesk
{

// What the input fields under root show (texts, choices, check states), in a fixed order: two snapshots of
// the same form differ exactly when the user changed something. Forms take one when they open and compare
// before discarding on Esc or Cancel.
QStringList formSnapshot(const QWidget *root);

// The first input field under root in the tab order (a line edit, text box, combo box, spin box, …), or
// nullptr: where a new record's form puts the cursor.
QWidget *firstInputField(QWidget *root);

// Asks whether to throw away the unsaved changes of a form (Discard / Keep Editing); true: discard.
bool confirmDiscardingChanges(QWidget *parent);

} // namespace EventDesk
