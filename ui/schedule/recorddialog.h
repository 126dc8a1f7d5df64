#pragma once

#include "model/record.h"

#include <QDialog>
#include <QStringList>

class QFormLayout;
class QLabel;

namespace EventDesk
{

// Base of the record forms: a form layout, an inline error label that follows every edit once the user has
// tried to save, and OK/Cancel. Subclasses say how to validate their values.
class RecordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RecordDialog(const QString &title, QWidget *parent = nullptr);
    void accept() override;
    bool isModified() const; // a field differs from when the form opened

protected:
    virtual FieldErrors validateValues() const = 0;
    QFormLayout *form() const { return m_form; }
    void revalidate();
    // Puts the cursor in the first field and remembers the values shown, to tell later whether they changed.
    void showEvent(QShowEvent *event) override;
    // Esc and the window's close button ask before discarding unsaved changes; Cancel (reject()) discards.
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    QFormLayout *m_form;
    QLabel *m_errors;
    bool m_tried = false;
    bool m_shown = false;
    QStringList m_opened; // the form's values when it opened
};

} // namespace EventDesk
