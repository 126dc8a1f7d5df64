#include "messagetemplatesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace EventDesk
{

MessageTemplatesDialog::MessageTemplatesDialog(const Event &event, const MessageTemplates &saved,
                                               const std::optional<Participant> &previewFor,
                                               const QString &ticketName, QWidget *parent)
    : QDialog(parent), m_event(event), m_saved(saved),
      m_previewParticipant(previewFor.value_or(MessageRenderer::sampleParticipant(event.meta.id))),
      m_ticketName(previewFor ? ticketName : tr("Regular")), m_kind(new QComboBox(this)),
      m_subject(new QLineEdit(this)), m_body(new QPlainTextEdit(this)), m_placeholders(new QListWidget(this)),
      m_previewHeader(new QLabel(this)), m_previewBody(new QPlainTextEdit(this)), m_state(new QLabel(this)),
      m_errors(new QLabel(this)), m_reset(new QPushButton(tr("Reset to &default"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"messageTemplatesDialog"_s);
    setWindowTitle(tr("Message templates"));
    m_kind->setObjectName(u"templateKindCombo"_s);
    for (MessageTemplate::Kind k : MessageTemplate::allKinds()) {
        m_kind->addItem(MessageTemplate::kindDisplayName(k), int(k));
        m_working.insert(k, m_saved.value(k).value_or(MessageTemplate::defaultFor(k)));
        m_custom.insert(k, m_saved.value(k).has_value());
    }
    m_subject->setObjectName(u"templateSubjectEdit"_s);
    m_body->setObjectName(u"templateBodyEdit"_s);
    m_body->setTabChangesFocus(true);
    m_placeholders->setObjectName(u"placeholderList"_s);
    m_placeholders->setToolTip(tr("Double-click a placeholder to insert it into the text."));
    for (const auto &[name, description] : MessageTemplate::placeholders()) {
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(name, description), m_placeholders);
        item->setData(Qt::UserRole, name);
    }
    m_previewHeader->setObjectName(u"previewHeader"_s);
    m_previewHeader->setWordWrap(true);
    m_previewHeader->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previewBody->setObjectName(u"previewBody"_s);
    m_previewBody->setReadOnly(true);
    m_previewBody->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // wrapped at the width
    m_state->setObjectName(u"templateState"_s);
    m_state->setStyleSheet(u"color: palette(mid)"_s);
    m_errors->setObjectName(u"templateErrors"_s);
    m_errors->setStyleSheet(u"color: #b00020"_s);
    m_errors->setWordWrap(true);
    m_reset->setObjectName(u"resetTemplateButton"_s);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveTemplatesButton"_s);

    auto *form = new QFormLayout;
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_kind);
    kindRow->addWidget(m_state, 1);
    kindRow->addWidget(m_reset);
    form->addRow(tr("&Message:"), kindRow);
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("&Text:"), m_body);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(kindRow)))
        label->setBuddy(m_kind);
    auto *left = new QVBoxLayout;
    left->addLayout(form, 1);
    left->addWidget(m_errors);

    auto *placeholdersBox = new QGroupBox(tr("Placeholders"), this);
    auto *placeholdersLayout = new QVBoxLayout(placeholdersBox);
    placeholdersLayout->addWidget(m_placeholders);
    auto *previewBox = new QGroupBox(previewFor ? tr("Preview for %1").arg(m_previewParticipant.name)
                                                : tr("Preview (sample participant)"),
                                     this);
    previewBox->setObjectName(u"previewBox"_s);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_previewHeader);
    previewLayout->addWidget(m_previewBody, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(placeholdersBox, 2);
    right->addWidget(previewBox, 3);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);
    resize(940, 560);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &MessageTemplatesDialog::showTemplate);
    connect(m_subject, &QLineEdit::textChanged, this, &MessageTemplatesDialog::storeTemplate);
    connect(m_body, &QPlainTextEdit::textChanged, this, &MessageTemplatesDialog::storeTemplate);
    connect(m_reset, &QPushButton::clicked, this, &MessageTemplatesDialog::resetTemplate);
    connect(m_placeholders, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        m_body->insertPlainText(item->data(Qt::UserRole).toString());
        m_body->setFocus();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showTemplate();
}

MessageTemplate::Kind MessageTemplatesDialog::currentKind() const
{
    return MessageTemplate::Kind(m_kind->currentData().toInt());
}

void MessageTemplatesDialog::setKind(MessageTemplate::Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

std::optional<MessageTemplate> MessageTemplatesDialog::edited(MessageTemplate::Kind kind) const
{
    return m_custom.value(kind) ? std::optional<MessageTemplate>(m_working.value(kind)) : std::nullopt;
}

MessageTemplates MessageTemplatesDialog::changedBefore() const
{
    MessageTemplates out;
    for (MessageTemplate::Kind k : MessageTemplate::allKinds())
        if (edited(k) != m_saved.value(k))
            out.insert(k, m_saved.value(k));
    return out;
}

MessageTemplates MessageTemplatesDialog::changedAfter() const
{
    MessageTemplates out;
    for (MessageTemplate::Kind k : MessageTemplate::allKinds())
        if (edited(k) != m_saved.value(k))
            out.insert(k, edited(k));
    return out;
}

void MessageTemplatesDialog::showTemplate()
{
    m_loading = true;
    const MessageTemplate t = m_working.value(currentKind());
    m_subject->setText(t.subject);
    m_body->setPlainText(t.body);
    m_loading = false;
    validate();
}

void MessageTemplatesDialog::storeTemplate()
{
    if (m_loading)
        return;
    MessageTemplate &t = m_working[currentKind()];
    t.kind = currentKind();
    t.subject = m_subject->text();
    t.body = m_body->toPlainText();
    m_custom[currentKind()] = true;
    validate();
}

void MessageTemplatesDialog::resetTemplate()
{
    m_working[currentKind()] = MessageTemplate::defaultFor(currentKind());
    m_custom[currentKind()] = false;
    showTemplate();
}

void MessageTemplatesDialog::updatePreview()
{
    const RenderedMessage m =
        MessageRenderer::render(m_working.value(currentKind()), m_previewParticipant, m_event, m_ticketName);
    m_previewHeader->setText(
        tr("<b>To:</b> %1<br><b>Subject:</b> %2").arg(m.to.toHtmlEscaped(), m.subject.toHtmlEscaped()));
    m_previewBody->setPlainText(m.body);
}

void MessageTemplatesDialog::validate()
{
    updatePreview();
    const MessageTemplate::Kind kind = currentKind();
    m_state->setText(m_custom.value(kind) ? tr("Own text for this event") : tr("Built-in default"));
    m_reset->setEnabled(m_custom.value(kind));
    QStringList messages;
    bool allValid = true;
    for (MessageTemplate::Kind k : MessageTemplate::allKinds()) {
        const FieldErrors errors = m_working.value(k).validate();
        allValid = allValid && errors.isEmpty();
        for (const FieldError &e : errors)
            messages.append(k == kind ? e.message
                                      : tr("%1: %2").arg(MessageTemplate::kindDisplayName(k), e.message));
    }
    m_errors->setText(messages.join(u'\n'));
    m_errors->setVisible(!messages.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(allValid && !changedAfter().isEmpty());
}

} // namespace EventDesk
