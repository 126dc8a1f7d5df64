#include "customquestionsdialog.h"

#include "registration/customquestions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
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

CustomQuestionsDialog::CustomQuestionsDialog(const QUuid &eventId, const QList<CustomQuestion> &questions,
                                             QWidget *parent)
    : QDialog(parent), m_eventId(eventId), m_original(questions), m_questions(questions),
      m_list(new QListWidget(this)), m_add(new QPushButton(tr("&Add"), this)),
      m_remove(new QPushButton(tr("&Remove"), this)), m_up(new QPushButton(tr("Move &up"), this)),
      m_down(new QPushButton(tr("Move do&wn"), this)), m_editor(new QWidget(this)),
      m_form(new QFormLayout(m_editor)), m_label(new QLineEdit(m_editor)), m_type(new QComboBox(m_editor)),
      m_options(new QPlainTextEdit(m_editor)),
      m_required(new QCheckBox(tr("An answer &is required"), m_editor)),
      m_conditionQuestion(new QComboBox(m_editor)), m_conditionValue(new QComboBox(m_editor)),
      m_errorLabel(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"customQuestionsDialog"_s);
    setWindowTitle(tr("Registration questions"));
    m_list->setObjectName(u"questionList"_s);
    m_add->setObjectName(u"addQuestionButton"_s);
    m_remove->setObjectName(u"removeQuestionButton"_s);
    m_up->setObjectName(u"moveQuestionUpButton"_s);
    m_down->setObjectName(u"moveQuestionDownButton"_s);
    m_label->setObjectName(u"questionLabelEdit"_s);
    m_label->setPlaceholderText(tr("What the form asks, e.g. \"Dietary needs?\""));
    m_type->setObjectName(u"questionTypeCombo"_s);
    for (CustomQuestion::Type t : CustomQuestions::allTypes())
        m_type->addItem(CustomQuestions::typeDisplayName(t), int(t));
    m_options->setObjectName(u"questionOptionsEdit"_s);
    m_options->setPlaceholderText(tr("One option per line"));
    m_options->setTabChangesFocus(true);
    m_options->setMaximumHeight(m_options->fontMetrics().height() * 7);
    m_required->setObjectName(u"questionRequiredCheck"_s);
    m_conditionQuestion->setObjectName(u"conditionQuestionCombo"_s);
    m_conditionValue->setObjectName(u"conditionValueCombo"_s);
    m_errorLabel->setObjectName(u"questionErrors"_s);
    m_errorLabel->setStyleSheet(u"color: #b00020"_s);
    m_errorLabel->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveQuestionsButton"_s);

    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->addRow(tr("&Question:"), m_label);
    m_form->addRow(tr("&Type:"), m_type);
    m_form->addRow(tr("&Options:"), m_options);
    m_form->addRow(QString(), m_required);
    auto *condition = new QHBoxLayout;
    condition->addWidget(m_conditionQuestion, 2);
    condition->addWidget(new QLabel(tr("is"), m_editor));
    condition->addWidget(m_conditionValue, 1);
    m_form->addRow(tr("&Show only when:"), condition);
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(condition)))
        label->setBuddy(m_conditionQuestion);

    auto *listButtons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_remove, m_up, m_down})
        listButtons->addWidget(b);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    auto *right = new QVBoxLayout;
    right->addWidget(m_editor);
    right->addWidget(m_errorLabel);
    right->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);
    resize(760, 420);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_current = row;
        showCurrent();
    });
    connect(m_add, &QPushButton::clicked, this, &CustomQuestionsDialog::addQuestion);
    connect(m_remove, &QPushButton::clicked, this, &CustomQuestionsDialog::removeQuestion);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_label, &QLineEdit::textChanged, this, &CustomQuestionsDialog::storeCurrent);
    connect(m_type, &QComboBox::currentIndexChanged, this, &CustomQuestionsDialog::storeCurrent);
    connect(m_options, &QPlainTextEdit::textChanged, this, &CustomQuestionsDialog::storeCurrent);
    connect(m_required, &QCheckBox::toggled, this, &CustomQuestionsDialog::storeCurrent);
    connect(m_conditionQuestion, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        fillConditionValues();
        storeCurrent();
    });
    connect(m_conditionValue, &QComboBox::currentIndexChanged, this, &CustomQuestionsDialog::storeCurrent);
    connect(m_conditionValue, &QComboBox::editTextChanged, this, &CustomQuestionsDialog::storeCurrent);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isValid())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (int i = 0; i < m_questions.size(); ++i)
        m_list->addItem(QString());
    m_list->setCurrentRow(m_questions.isEmpty() ? -1 : 0);
    showCurrent();
    validate();
}

QString CustomQuestionsDialog::itemText(int index) const
{
    const CustomQuestion &q = m_questions.at(index);
    QString text = q.label.trimmed().isEmpty() ? tr("(no question yet)") : q.label.trimmed();
    text += u" · "_s + CustomQuestions::typeDisplayName(q.type);
    if (q.required)
        text += u" *"_s;
    if (!q.showIfQuestion.isNull())
        text += u" · "_s + tr("conditional");
    return tr("%1. %2").arg(index + 1).arg(text);
}

void CustomQuestionsDialog::addQuestion()
{
    CustomQuestion q;
    q.id = newRecordId();
    q.eventId = m_eventId;
    m_questions.append(q);
    m_list->addItem(QString());
    m_list->setCurrentRow(int(m_questions.size()) - 1);
    validate();
    m_label->setFocus();
}

void CustomQuestionsDialog::removeQuestion()
{
    if (m_current < 0 || m_current >= m_questions.size())
        return;
    const int row = m_current;
    m_questions.removeAt(row);
    m_loading = true;
    delete m_list->takeItem(row);
    m_loading = false;
    m_current = m_list->currentRow();
    showCurrent();
    validate();
}

void CustomQuestionsDialog::move(int delta)
{
    const int to = m_current + delta;
    if (m_current < 0 || to < 0 || to >= m_questions.size())
        return;
    m_questions.swapItemsAt(m_current, to);
    m_list->setCurrentRow(to);
    validate();
}

void CustomQuestionsDialog::showCurrent()
{
    const bool has = m_current >= 0 && m_current < m_questions.size();
    m_editor->setEnabled(has);
    m_remove->setEnabled(has);
    m_up->setEnabled(has && m_current > 0);
    m_down->setEnabled(has && m_current + 1 < m_questions.size());
    m_loading = true;
    const CustomQuestion q = has ? m_questions.at(m_current) : CustomQuestion();
    m_label->setText(q.label);
    m_type->setCurrentIndex(m_type->findData(int(q.type)));
    m_options->setPlainText(q.options.join(u'\n'));
    m_required->setChecked(q.required);
    m_form->setRowVisible(m_options, CustomQuestions::isChoice(q.type));
    fillCondition();
    m_loading = false;
    validate();
}

void CustomQuestionsDialog::fillCondition()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_conditionQuestion->clear();
    m_conditionQuestion->addItem(tr("(always shown)"), QUuid());
    if (m_current >= 0 && m_current < m_questions.size()) {
        const CustomQuestion &q = m_questions.at(m_current);
        for (int i = 0; i < m_current; ++i)
            m_conditionQuestion->addItem(m_questions.at(i).label, m_questions.at(i).id);
        if (!q.showIfQuestion.isNull() && m_conditionQuestion->findData(q.showIfQuestion) < 0) {
            // After a move or a removal: the condition no longer refers to an earlier question.
            QString label = tr("(a removed question)");
            for (const CustomQuestion &other : std::as_const(m_questions))
                if (other.id == q.showIfQuestion)
                    label = tr("%1 (comes later)").arg(other.label);
            m_conditionQuestion->addItem(label, q.showIfQuestion);
        }
        m_conditionQuestion->setCurrentIndex(qMax(0, m_conditionQuestion->findData(q.showIfQuestion)));
    }
    fillConditionValues();
    m_loading = wasLoading;
}

void CustomQuestionsDialog::fillConditionValues()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const QUuid parentId = m_conditionQuestion->currentData().toUuid();
    const CustomQuestion *parent = nullptr;
    for (const CustomQuestion &q : std::as_const(m_questions))
        if (q.id == parentId)
            parent = &q;
    const QString current =
        m_current >= 0 && m_current < m_questions.size() ? m_questions.at(m_current).showIfValue : QString();
    m_conditionValue->clear();
    m_conditionValue->setEnabled(parent != nullptr);
    m_conditionValue->setEditable(parent && parent->type == CustomQuestion::Type::Text);
    if (parent) {
        if (parent->type == CustomQuestion::Type::YesNo) {
            m_conditionValue->addItem(tr("Yes"), u"yes"_s);
            m_conditionValue->addItem(tr("No"), u"no"_s);
        } else {
            for (const QString &v : CustomQuestions::conditionValues(*parent))
                m_conditionValue->addItem(v, v);
        }
        if (m_conditionValue->isEditable()) {
            m_conditionValue->setEditText(current);
        } else {
            int index = m_conditionValue->findData(current);
            if (index < 0 && !current.isEmpty()) { // no longer an option: shown so validation can say so
                m_conditionValue->addItem(current, current);
                index = m_conditionValue->count() - 1;
            }
            m_conditionValue->setCurrentIndex(index < 0 ? 0 : index);
        }
    }
    m_loading = wasLoading;
}

void CustomQuestionsDialog::storeCurrent()
{
    if (m_loading || m_current < 0 || m_current >= m_questions.size())
        return;
    CustomQuestion &q = m_questions[m_current];
    const auto oldType = q.type;
    q.label = m_label->text();
    q.type = CustomQuestion::Type(m_type->currentData().toInt());
    q.options.clear();
    if (CustomQuestions::isChoice(q.type))
        for (const QString &line : m_options->toPlainText().split(u'\n'))
            if (!line.trimmed().isEmpty())
                q.options.append(line.trimmed());
    q.required = m_required->isChecked();
    q.showIfQuestion = m_conditionQuestion->currentData().toUuid();
    q.showIfValue = q.showIfQuestion.isNull()        ? QString()
                    : m_conditionValue->isEditable() ? m_conditionValue->currentText().trimmed()
                                                     : m_conditionValue->currentData().toString();
    if (oldType != q.type)
        m_form->setRowVisible(m_options, CustomQuestions::isChoice(q.type));
    validate();
}

void CustomQuestionsDialog::validate()
{
    m_errors = CustomQuestions::validateDefinitions(m_questions);
    for (int i = 0; i < m_list->count() && i < m_questions.size(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setText(itemText(i));
        const bool bad = !m_errors.isEmpty() && !m_errors.at(i).isEmpty();
        item->setForeground(bad ? QColor(0xb0, 0x00, 0x20) : m_list->palette().color(QPalette::Text));
        item->setToolTip(bad ? m_errors.at(i).first().message : QString());
    }
    QStringList messages;
    if (!m_errors.isEmpty() && m_current >= 0 && m_current < m_errors.size())
        for (const FieldError &e : m_errors.at(m_current))
            messages.append(e.message);
    if (messages.isEmpty() && !m_errors.isEmpty())
        messages.append(tr("Some questions need attention (shown in red)."));
    m_errorLabel->setText(messages.join(u'\n'));
    m_errorLabel->setVisible(!messages.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(isValid() && m_questions != m_original);
}

} // namespace EventDesk
