#pragma once

#include <QMessageBox>

namespace EventDesk
{

// The app's questions to the user go through here, so tests can answer them (KeePassXC's pattern):
// setNextAnswer(button) makes the next question return button without showing a dialog.
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static QMessageBox::StandardButton warning(QWidget *parent, const QString &title, const QString &text);

    // For tests: the next call returns answer instead of asking (NoButton: ask again).
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // For tests: the text of the last question or warning, asked or answered in advance.
    static QString lastText();
};

} // namespace EventDesk
