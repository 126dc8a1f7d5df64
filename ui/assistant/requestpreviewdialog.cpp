#include "requestpreviewdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace EventDesk
{

RequestPreviewDialog::RequestPreviewDialog(const QString &requestText, const QString &profileName,
                                           QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"previewDialog"_s);
    setWindowTitle(tr("What Will Be Sent"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("This is the text the profile \"%1\" will receive with your message, after "
                                "emails and phone numbers are replaced by placeholders (when redaction is "
                                "on for the chat).")
                                 .arg(profileName),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *text = new QPlainTextEdit(requestText, this);
    text->setObjectName(u"previewText"_s);
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    layout->addWidget(text, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"previewButtons"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(700, 520);
}

} // namespace EventDesk
