#pragma once

#include "model/record.h"

#include <QDialog>

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

protected:
    virtual FieldErrors validateValues() const = 0;
    QFormLayout *form() const { return m_form; }
    void revalidate();

private:
    QFormLayout *m_form;
    QLabel *m_errors;
    bool m_tried = false;
};

} // namespace EventDesk
