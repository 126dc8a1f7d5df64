#include "recorddialog.h"

#include "common/formsnapshot.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace EventDesk
{

RecordDialog::RecordDialog(const QString &title, QWidget *parent)
    : QDialog(parent), m_form(new QFormLayout), m_errors(new QLabel(this))
{
    setWindowTitle(title);
    setMinimumWidth(440);
    m_errors->setObjectName(u"formErrors"_s);
    m_errors->setStyleSheet(u"color: #c62828;"_s);
    m_errors->setWordWrap(true);
    m_errors->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_errors);
    layout->addWidget(buttons);
}

void RecordDialog::revalidate()
{
    if (!m_tried)
        return;
    QStringList messages;
    for (const FieldError &e : validateValues())
        messages.append(e.message);
    m_errors->setText(messages.join(u'\n'));
    m_errors->setVisible(!messages.isEmpty());
}

void RecordDialog::showEvent(QShowEvent *event)
{
    if (!m_shown) {
        m_shown = true;
        m_opened = formSnapshot(this);
        if (QWidget *first = firstInputField(this))
            first->setFocus(Qt::OtherFocusReason);
    }
    QDialog::showEvent(event);
}

bool RecordDialog::isModified() const
{
    return m_shown && formSnapshot(this) != m_opened;
}

void RecordDialog::keyPressEvent(QKeyEvent *event)
{
    // An Esc that closes a drop-down or a completer's list goes to that list and never gets here.
    if (event->matches(QKeySequence::Cancel) && isModified() && !confirmDiscardingChanges(this)) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void RecordDialog::closeEvent(QCloseEvent *event)
{
    if (isVisible() && isModified() && !confirmDiscardingChanges(this)) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void RecordDialog::accept()
{
    m_tried = true;
    revalidate();
    if (validateValues().isEmpty())
        QDialog::accept();
}

} // namespace EventDesk
