#pragma once

#include "commands/setmessagetemplates.h"
#include "model/event.h"
#include "model/participant.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace EventDesk
{

// Edits the event's confirmation, waitlist and reminder templates: a kind selector, subject and text, the
// placeholders (double-click inserts one), a live preview for a participant (or a sample) and reset to the
// default. The caller saves changes() as one undo step.
class MessageTemplatesDialog : public QDialog
{
    Q_OBJECT

public:
    // saved: the event's templates by kind (an empty optional: the default); previewFor: the participant the
    // preview is rendered for, else a sample.
    MessageTemplatesDialog(const Event &event, const MessageTemplates &saved,
                           const std::optional<Participant> &previewFor, const QString &ticketName,
                           QWidget *parent = nullptr);
    // The kinds that changed: before as saved, after as edited.
    MessageTemplates changedBefore() const;
    MessageTemplates changedAfter() const;
    void setKind(MessageTemplate::Kind kind);

private:
    MessageTemplate::Kind currentKind() const;
    void showTemplate();
    void storeTemplate();
    void resetTemplate();
    void updatePreview();
    void validate();
    std::optional<MessageTemplate> edited(MessageTemplate::Kind kind) const;

    Event m_event;
    MessageTemplates m_saved;
    QMap<MessageTemplate::Kind, MessageTemplate> m_working;
    QMap<MessageTemplate::Kind, bool> m_custom; // false: the default (reset or never saved)
    Participant m_previewParticipant;
    QString m_ticketName;
    bool m_loading = false;

    QComboBox *m_kind;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QListWidget *m_placeholders;
    QLabel *m_previewHeader;
    QPlainTextEdit *m_previewBody;
    QLabel *m_state;
    QLabel *m_errors;
    QPushButton *m_reset;
    QDialogButtonBox *m_buttons;
};

} // namespace EventDesk
