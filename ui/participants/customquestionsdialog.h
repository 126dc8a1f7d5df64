#pragma once

#include "model/customquestion.h"
#include "model/record.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace EventDesk
{

// Edits the event's custom registration questions: the list (add, remove, move up and down) and, for the
// selected question, its label, type, options, whether it is required and the condition under which the form
// shows it. The rules are CustomQuestions'; the caller saves questions() as one undo step.
class CustomQuestionsDialog : public QDialog
{
    Q_OBJECT

public:
    CustomQuestionsDialog(const QUuid &eventId, const QList<CustomQuestion> &questions,
                          QWidget *parent = nullptr);
    QList<CustomQuestion> questions() const { return m_questions; }
    QList<CustomQuestion> original() const { return m_original; }
    bool isValid() const { return m_errors.isEmpty(); }

private:
    void addQuestion();
    void removeQuestion();
    void move(int delta);
    void showCurrent();
    void fillCondition();
    void fillConditionValues();
    void storeCurrent();
    void validate();
    QString itemText(int index) const;

    QUuid m_eventId;
    QList<CustomQuestion> m_original;
    QList<CustomQuestion> m_questions;
    QList<FieldErrors> m_errors; // one per question; empty when all are valid
    int m_current = -1;
    bool m_loading = false;

    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QWidget *m_editor;
    QFormLayout *m_form;
    QLineEdit *m_label;
    QComboBox *m_type;
    QPlainTextEdit *m_options;
    QCheckBox *m_required;
    QComboBox *m_conditionQuestion;
    QComboBox *m_conditionValue;
    QLabel *m_errorLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace EventDesk
