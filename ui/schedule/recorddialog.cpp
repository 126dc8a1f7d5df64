#include "recorddialog.h"

#include "common/formsnapshot.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{
// A scroll area as large as its fields want (QScrollArea's own size hint stops at 24 lines), so that the
// dialog scrolls only when the screen is too short for it.
class FieldsArea : public QScrollArea
{
public:
    explicit FieldsArea(QWidget *parent) : QScrollArea(parent)
    {
        setObjectName(u"formFieldsArea"_s);
        setFrameShape(QFrame::NoFrame);
        setWidgetResizable(true);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    }
    QSize sizeHint() const override
    {
        if (!widget())
            return QScrollArea::sizeHint();
        const QSize fields = widget()->sizeHint();
        return {fields.width() + verticalScrollBar()->sizeHint().width(), fields.height()};
    }
    QSize minimumSizeHint() const override
    {
        if (!widget())
            return QScrollArea::minimumSizeHint();
        return {widget()->minimumSizeHint().width() + verticalScrollBar()->sizeHint().width(),
                fontMetrics().height() * 6};
    }
};
} // namespace

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
    // The fields scroll when the screen is shorter than the form (the session form on a laptop); the errors
    // and OK/Cancel stay in view.
    auto *fields = new QWidget;
    fields->setLayout(m_form);
    m_form->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new FieldsArea(this);
    scroll->setWidget(fields);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
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
        // As tall as the fields want, but never past the screen's usable height (its title bar included).
        if (const QScreen *screen = this->screen()) {
            const QSize room = screen->availableGeometry().size() - QSize(0, 2 * fontMetrics().height() + 24);
            resize(size().expandedTo(sizeHint()).boundedTo(room).expandedTo(minimumSizeHint()));
        }
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
