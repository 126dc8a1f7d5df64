#include "llmprofilesdialog.h"

#include "llm/connectiontest.h"
#include "llm/keystore.h"
#include "llm/profilestore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{
using Field = ProviderProfile::Field;

QColor problemColor()
{
    return QColor(0xb0, 0x20, 0x20);
}

// The temperature box's lowest value stands for "no temperature sent".
constexpr double kModelDefaultTemperature = -0.1;

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}
} // namespace

LlmProfilesDialog::LlmProfilesDialog(QWidget *parent)
    : QDialog(parent), m_keys(new KeyStore(u"EventDesk"_s, this)), m_test(new ConnectionTest(this))
{
    setObjectName(u"llmProfilesDialog"_s);
    setWindowTitle(tr("Assistant Profiles"));

    const ProfileStore stored = ProfileStore::load();
    m_profiles = stored.profiles();
    m_default = stored.defaultName();
    for (qsizetype i = 0; i < m_profiles.size(); ++i)
        m_pendingKeys.append(QString());

    auto *columns = new QHBoxLayout;
    columns->addWidget(createList());
    auto *right = new QVBoxLayout;
    right->addWidget(createForm());
    right->addWidget(createTestRow());
    right->addStretch(1);
    columns->addLayout(right, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_buttons->setObjectName(u"buttonBox"_s);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveButton"_s);
    m_buttons->button(QDialogButtonBox::Close)->setObjectName(u"closeButton"_s);
    connect(m_buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &LlmProfilesDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_test, &ConnectionTest::finished, this, &LlmProfilesDialog::showTestResult);
    fillList();
    m_list->setCurrentRow(m_profiles.isEmpty() ? -1 : 0);
    showProfile(m_list->currentRow());
    resize(820, 560);
}

LlmProfilesDialog::~LlmProfilesDialog() = default;

QWidget *LlmProfilesDialog::createList()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Profiles"), box);
    m_list = new QListWidget(box);
    m_list->setObjectName(u"profileList"_s);
    m_list->setMinimumWidth(200);
    label->setBuddy(m_list);
    m_add = new QPushButton(tr("&Add"), box);
    m_add->setObjectName(u"addProfileButton"_s);
    m_duplicate = new QPushButton(tr("Dup&licate"), box);
    m_duplicate->setObjectName(u"duplicateProfileButton"_s);
    m_remove = new QPushButton(tr("&Remove"), box);
    m_remove->setObjectName(u"removeProfileButton"_s);
    m_makeDefault = new QPushButton(tr("Use by &Default"), box);
    m_makeDefault->setObjectName(u"defaultProfileButton"_s);
    auto *row1 = new QHBoxLayout;
    row1->addWidget(m_add);
    row1->addWidget(m_duplicate);
    auto *row2 = new QHBoxLayout;
    row2->addWidget(m_remove);
    row2->addWidget(m_makeDefault);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addLayout(row1);
    layout->addLayout(row2);
    connect(m_add, &QPushButton::clicked, this, &LlmProfilesDialog::addProfile);
    connect(m_duplicate, &QPushButton::clicked, this, &LlmProfilesDialog::duplicateProfile);
    connect(m_remove, &QPushButton::clicked, this, &LlmProfilesDialog::removeProfile);
    connect(m_makeDefault, &QPushButton::clicked, this, &LlmProfilesDialog::makeDefault);
    connect(m_list, &QListWidget::currentRowChanged, this, &LlmProfilesDialog::showProfile);
    return box;
}

void LlmProfilesDialog::setKeyStatusIsProblem(bool problem)
{
    m_keyStatus->setForegroundRole(problem ? QPalette::WindowText : QPalette::PlaceholderText);
    QPalette pal = m_keyStatus->palette();
    pal.setColor(QPalette::WindowText, problem ? problemColor() : palette().color(QPalette::WindowText));
    m_keyStatus->setPalette(pal);
}

QLabel *LlmProfilesDialog::problemLabel(Field field, const QString &name)
{
    auto *label = new QLabel(m_form);
    label->setObjectName(name + u"Problem"_s);
    label->setWordWrap(true);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, problemColor());
    label->setPalette(pal);
    label->hide();
    m_problems.insert(int(field), label);
    return label;
}

QWidget *LlmProfilesDialog::createForm()
{
    m_form = new QWidget(this);
    m_form->setObjectName(u"profileForm"_s);
    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    // Each field with its problem underneath, shown while the value is not usable.
    auto addRow = [&](const QString &label, QWidget *field, Field which, const QString &name) {
        auto *cell = new QWidget(m_form);
        auto *v = new QVBoxLayout(cell);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(field);
        v->addWidget(problemLabel(which, name));
        form->addRow(label, cell);
        // The label's Alt key goes to the field (the cell around it takes no focus).
        qobject_cast<QLabel *>(form->labelForField(cell))
            ->setBuddy(field->focusProxy() ? field->focusProxy() : field);
    };

    m_name = new QLineEdit(m_form);
    m_name->setObjectName(u"nameEdit"_s);
    addRow(tr("&Name:"), m_name, Field::Name, u"name"_s);
    m_provider = new QComboBox(m_form);
    m_provider->setObjectName(u"providerCombo"_s);
    m_provider->addItem(tr("OpenAI-compatible (OpenAI, Ollama, llama.cpp, vLLM, DeepSeek, Qwen)"),
                        providerKindName(ProviderKind::OpenAiCompatible));
    m_provider->addItem(tr("Azure OpenAI"), providerKindName(ProviderKind::AzureOpenAi));
    m_provider->addItem(tr("Anthropic"), providerKindName(ProviderKind::Anthropic));
    form->addRow(tr("Prov&ider:"), m_provider);
    m_baseUrl = new QLineEdit(m_form);
    m_baseUrl->setObjectName(u"baseUrlEdit"_s);
    m_baseUrl->setPlaceholderText(u"https://api.openai.com/v1"_s);
    addRow(tr("Base &URL:"), m_baseUrl, Field::BaseUrl, u"baseUrl"_s);
    m_model = new QLineEdit(m_form);
    m_model->setObjectName(u"modelEdit"_s);
    m_model->setPlaceholderText(tr("e.g. gpt-4o-mini, llama3.1, claude-sonnet-4"));
    addRow(tr("&Model:"), m_model, Field::Model, u"model"_s);
    m_apiVersion = new QLineEdit(m_form);
    m_apiVersion->setObjectName(u"apiVersionEdit"_s);
    m_apiVersion->setPlaceholderText(u"2024-10-21"_s);
    addRow(tr("Azure API &version:"), m_apiVersion, Field::ApiVersion, u"apiVersion"_s);
    m_temperature = new QDoubleSpinBox(m_form);
    m_temperature->setObjectName(u"temperatureSpin"_s);
    m_temperature->setRange(kModelDefaultTemperature, 2.0);
    m_temperature->setDecimals(1);
    m_temperature->setSingleStep(0.1);
    m_temperature->setSpecialValueText(tr("Model default"));
    addRow(tr("T&emperature:"), m_temperature, Field::Temperature, u"temperature"_s);
    m_maxTokens = new QSpinBox(m_form);
    m_maxTokens->setObjectName(u"maxTokensSpin"_s);
    m_maxTokens->setRange(1, 1000000);
    addRow(tr("Max. t&okens:"), m_maxTokens, Field::MaxTokens, u"maxTokens"_s);
    m_contextWindow = new QSpinBox(m_form);
    m_contextWindow->setObjectName(u"contextWindowSpin"_s);
    m_contextWindow->setRange(0, 10000000);
    m_contextWindow->setSingleStep(1024);
    m_contextWindow->setToolTip(tr("How many tokens the model reads and writes in one request. A request "
                                   "estimated larger is not sent; a local server is asked for this size."));
    addRow(tr("Conte&xt window:"), m_contextWindow, Field::ContextWindow, u"contextWindow"_s);
    m_reasoning = new QCheckBox(tr("Reasoning model (sends no temperature)"), m_form);
    m_reasoning->setObjectName(u"reasoningCheck"_s);
    form->addRow(QString(), m_reasoning);
    m_proxy = new QLineEdit(m_form);
    m_proxy->setObjectName(u"proxyEdit"_s);
    m_proxy->setPlaceholderText(tr("Empty for the system proxy; none; or http://proxy.example.com:8080"));
    addRow(tr("Prox&y:"), m_proxy, Field::Proxy, u"proxy"_s);
    auto *caRow = new QWidget(m_form);
    auto *caLayout = new QHBoxLayout(caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    m_caFile = new QLineEdit(caRow);
    m_caFile->setObjectName(u"caFileEdit"_s);
    m_caFile->setPlaceholderText(tr("Only behind a proxy that inspects TLS"));
    m_caBrowse = new QPushButton(tr("&Browse…"), caRow);
    m_caBrowse->setObjectName(u"caFileBrowseButton"_s);
    caLayout->addWidget(m_caFile, 1);
    caLayout->addWidget(m_caBrowse);
    caRow->setFocusProxy(m_caFile);
    addRow(tr("Extra &CA certificate:"), caRow, Field::CaCertificates, u"caFile"_s);

    m_apiKey = new QLineEdit(m_form);
    m_apiKey->setObjectName(u"apiKeyEdit"_s);
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setClearButtonEnabled(true);
    m_keyStatus = hint(QString(), m_form);
    m_keyStatus->setObjectName(u"keyStatusLabel"_s);
    auto *keyCell = new QWidget(m_form);
    auto *keyLayout = new QVBoxLayout(keyCell);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    keyLayout->setSpacing(2);
    keyLayout->addWidget(m_apiKey);
    keyLayout->addWidget(m_keyStatus);
    form->addRow(tr("API &key:"), keyCell);
    qobject_cast<QLabel *>(form->labelForField(keyCell))->setBuddy(m_apiKey);

    for (QLineEdit *e : {m_name, m_baseUrl, m_model, m_apiVersion, m_proxy, m_caFile})
        connect(e, &QLineEdit::textEdited, this, &LlmProfilesDialog::readForm);
    connect(m_apiKey, &QLineEdit::textEdited, this, [this](const QString &key) {
        if (m_current >= 0)
            m_pendingKeys[m_current] = key;
        setDirty();
    });
    connect(m_provider, &QComboBox::currentIndexChanged, this, &LlmProfilesDialog::readForm);
    connect(m_temperature, &QDoubleSpinBox::valueChanged, this, &LlmProfilesDialog::readForm);
    connect(m_maxTokens, &QSpinBox::valueChanged, this, &LlmProfilesDialog::readForm);
    connect(m_contextWindow, &QSpinBox::valueChanged, this, &LlmProfilesDialog::readForm);
    connect(m_reasoning, &QCheckBox::toggled, this, &LlmProfilesDialog::readForm);
    connect(m_caBrowse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("CA Certificate"), m_caFile->text(),
                                                          tr("Certificates (*.pem *.crt *.cer *.der)"));
        if (path.isEmpty())
            return;
        m_caFile->setText(path);
        readForm();
    });
    return m_form;
}

QWidget *LlmProfilesDialog::createTestRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 6, 0, 0);
    auto *buttons = new QHBoxLayout;
    m_testButton = new QPushButton(tr("&Test Connection"), row);
    m_testButton->setObjectName(u"testConnectionButton"_s);
    m_testProgress = new QProgressBar(row);
    m_testProgress->setObjectName(u"testProgress"_s);
    m_testProgress->setRange(0, 0); // busy
    m_testProgress->setTextVisible(false);
    m_testProgress->setMaximumHeight(m_testButton->sizeHint().height() / 2);
    m_testProgress->hide();
    m_cancelTest = new QPushButton(tr("Cancel Test"), row);
    m_cancelTest->setObjectName(u"cancelTestButton"_s);
    m_cancelTest->hide();
    buttons->addWidget(m_testButton);
    buttons->addWidget(m_testProgress, 1);
    buttons->addWidget(m_cancelTest);
    buttons->addStretch();
    m_testResult = new QLabel(row);
    m_testResult->setObjectName(u"testResultLabel"_s);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addLayout(buttons);
    layout->addWidget(m_testResult);
    connect(m_testButton, &QPushButton::clicked, this, &LlmProfilesDialog::testConnection);
    connect(m_cancelTest, &QPushButton::clicked, this, &LlmProfilesDialog::cancelTest);
    return row;
}

void LlmProfilesDialog::fillList()
{
    const QSignalBlocker block(m_list);
    const int row = m_current;
    m_list->clear();
    for (const ProviderProfile &p : std::as_const(m_profiles)) {
        const QString name = p.name.isEmpty() ? tr("(no name)") : p.name;
        auto *item = new QListWidgetItem(p.name == m_default ? tr("%1 (default)").arg(name) : name, m_list);
        QFont f = item->font();
        f.setBold(p.name == m_default);
        item->setFont(f);
    }
    m_list->setCurrentRow(row);
}

void LlmProfilesDialog::showProfile(int row)
{
    m_current = row;
    const bool has = row >= 0 && row < m_profiles.size();
    m_form->setEnabled(has);
    const ProviderProfile p = has ? m_profiles.at(row) : ProviderProfile{};
    m_loading = true;
    m_name->setText(p.name);
    m_provider->setCurrentIndex(m_provider->findData(providerKindName(p.provider)));
    m_baseUrl->setText(p.baseUrl);
    m_model->setText(p.model);
    m_apiVersion->setText(p.apiVersion);
    m_temperature->setValue(p.temperature.value_or(kModelDefaultTemperature));
    m_maxTokens->setValue(p.maxTokens);
    updateContextWindowDefault(p);
    m_contextWindow->setValue(p.contextWindow);
    m_reasoning->setChecked(p.reasoning);
    m_proxy->setText(p.proxy);
    m_caFile->setText(p.caCertificates);
    m_apiKey->setText(has ? m_pendingKeys.at(row) : QString());
    m_loading = false;
    m_apiVersion->setEnabled(p.provider == ProviderKind::AzureOpenAi);
    m_temperature->setEnabled(!p.reasoning);
    if (!has)
        m_keyStatus->clear();
    else if (p.keyRef.isEmpty())
        m_keyStatus->setText(p.isLocal() ? tr("A server on this computer needs no key.")
                                         : tr("The key goes into the system keychain when you save."));
    else
        m_keyStatus->setText(
            tr("Kept in the system keychain as \"%1\"; type a new key to replace it.").arg(p.keyRef));
    m_apiKey->setPlaceholderText(p.keyRef.isEmpty() ? tr("None") : tr("Unchanged"));
    setKeyStatusIsProblem(false);
    m_testResult->clear();
    showProblems();
    updateButtons();
}

void LlmProfilesDialog::readForm()
{
    if (m_loading || m_current < 0 || m_current >= m_profiles.size())
        return;
    ProviderProfile &p = m_profiles[m_current];
    const QString oldName = p.name;
    p.name = m_name->text().trimmed();
    p.provider =
        providerKindFromName(m_provider->currentData().toString()).value_or(ProviderKind::OpenAiCompatible);
    p.baseUrl = m_baseUrl->text().trimmed();
    p.model = m_model->text().trimmed();
    p.apiVersion = m_apiVersion->text().trimmed();
    if (m_temperature->value() <= kModelDefaultTemperature)
        p.temperature.reset();
    else
        p.temperature = m_temperature->value();
    p.maxTokens = m_maxTokens->value();
    p.contextWindow = m_contextWindow->value();
    p.reasoning = m_reasoning->isChecked();
    p.proxy = m_proxy->text().trimmed();
    p.caCertificates = m_caFile->text().trimmed();
    if (oldName == m_default)
        m_default = p.name; // the default follows a rename
    m_apiVersion->setEnabled(p.provider == ProviderKind::AzureOpenAi);
    m_temperature->setEnabled(!p.reasoning);
    updateContextWindowDefault(p);
    if (oldName != p.name)
        fillList();
    showProblems();
    setDirty();
}

void LlmProfilesDialog::updateContextWindowDefault(const ProviderProfile &p)
{
    // 0 shows what it stands for, which follows the provider and whether the server is on this computer.
    m_contextWindow->setSpecialValueText(
        tr("Usual for this provider (%L1)")
            .arg(ProviderProfile::defaultContextWindow(p.provider, p.isLocal())));
}

void LlmProfilesDialog::showProblems()
{
    for (QLabel *label : std::as_const(m_problems))
        label->hide();
    if (m_current < 0 || m_current >= m_profiles.size())
        return;
    const ProviderProfile &p = m_profiles.at(m_current);
    QList<ProviderProfile::Problem> problems = p.problems();
    for (qsizetype i = 0; i < m_profiles.size(); ++i)
        if (i != m_current && !p.name.isEmpty() && m_profiles.at(i).name == p.name)
            problems.append({Field::Name, tr("Another profile is called \"%1\".").arg(p.name)});
    for (const ProviderProfile::Problem &problem : std::as_const(problems)) {
        QLabel *label = m_problems.value(int(problem.field));
        if (label && label->isHidden()) {
            label->setText(problem.message);
            label->show();
        }
    }
    // The rows grow and shrink with their problems: lay the form out again now, not on a later pass.
    for (QLabel *label : std::as_const(m_problems))
        label->parentWidget()->layout()->activate();
    m_form->layout()->invalidate();
    m_form->layout()->activate();
}

void LlmProfilesDialog::setDirty()
{
    if (m_loading)
        return;
    m_dirty = true;
    m_status->clear();
    updateButtons();
}

void LlmProfilesDialog::updateButtons()
{
    const bool has = m_current >= 0 && m_current < m_profiles.size();
    m_duplicate->setEnabled(has);
    m_remove->setEnabled(has);
    m_makeDefault->setEnabled(has && m_profiles.at(m_current).name != m_default);
    m_testButton->setEnabled(has && !m_test->isRunning());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_keyWrites == 0);
}

void LlmProfilesDialog::addProfile()
{
    ProviderProfile p;
    p.name = ProfileStore(m_profiles, m_default).contains(tr("New profile"))
                 ? ProfileStore(m_profiles, m_default).unusedName(tr("New profile"))
                 : tr("New profile");
    p.baseUrl = u"https://api.openai.com/v1"_s;
    m_profiles.append(p);
    m_pendingKeys.append(QString());
    if (m_profiles.size() == 1)
        m_default = p.name;
    m_current = int(m_profiles.size()) - 1;
    fillList();
    showProfile(m_current);
    setDirty();
    m_name->setFocus();
    m_name->selectAll();
}

void LlmProfilesDialog::duplicateProfile()
{
    if (m_current < 0)
        return;
    ProviderProfile copy = m_profiles.at(m_current);
    copy.name = ProfileStore(m_profiles, m_default).unusedName(copy.name);
    m_profiles.append(copy);
    m_pendingKeys.append(QString());
    m_current = int(m_profiles.size()) - 1;
    fillList();
    showProfile(m_current);
    setDirty();
}

void LlmProfilesDialog::removeProfile()
{
    if (m_current < 0)
        return;
    const QString name = m_profiles.at(m_current).name;
    m_profiles.removeAt(m_current);
    m_pendingKeys.removeAt(m_current);
    if (name == m_default)
        m_default = m_profiles.isEmpty() ? QString() : m_profiles.first().name;
    m_current = qMin(m_current, int(m_profiles.size()) - 1);
    fillList();
    showProfile(m_current);
    setDirty();
}

void LlmProfilesDialog::makeDefault()
{
    if (m_current < 0)
        return;
    m_default = m_profiles.at(m_current).name;
    fillList();
    setDirty();
}

bool LlmProfilesDialog::save()
{
    if (m_keyWrites > 0)
        return false;
    // Keys typed for profiles that have no keychain entry yet get one named after the profile.
    QList<ProviderProfile> profiles = m_profiles;
    for (qsizetype i = 0; i < profiles.size(); ++i)
        if (!m_pendingKeys.at(i).isEmpty() && profiles.at(i).keyRef.isEmpty())
            profiles[i].keyRef = profiles.at(i).name;
    // ProfileStore checks every rule; the first problem is shown and its profile selected.
    ProfileStore store({}, QString());
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        if (auto added = store.add(profiles.at(i), profiles.at(i).name == m_default); !added) {
            m_list->setCurrentRow(int(i));
            m_status->setText(added.error().message);
            return false;
        }
    }
    store.save();
    m_profiles = profiles;
    m_default = store.defaultName();
    m_dirty = false;
    QList<std::pair<QString, QString>> keys; // keyRef, key
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (!m_pendingKeys.at(i).isEmpty())
            keys.append({m_profiles.at(i).keyRef, m_pendingKeys.at(i)});
        m_pendingKeys[i].clear();
    }
    fillList();
    showProfile(m_current);
    m_status->setText(tr("Saved."));
    for (const auto &[keyRef, key] : std::as_const(keys))
        storePendingKey(keyRef, key);
    return true;
}

void LlmProfilesDialog::storePendingKey(const QString &keyRef, const QString &key)
{
    ++m_keyWrites;
    m_keyStatus->setText(tr("Storing the key in the system keychain…"));
    updateButtons();
    m_keys->writeKey(keyRef, key, [this, keyRef](Result<void> done) {
        --m_keyWrites;
        updateButtons();
        // One sentence, e.g. that no keychain service runs; the key is then kept nowhere.
        m_keyStatus->setText(done ? tr("The key is stored in the system keychain as \"%1\".").arg(keyRef)
                                  : done.error().message);
        setKeyStatusIsProblem(!done);
    });
}

void LlmProfilesDialog::testConnection()
{
    if (m_current < 0 || m_test->isRunning())
        return;
    const ProviderProfile profile = m_profiles.at(m_current);
    if (const QStringList problems = profile.validate(); !problems.isEmpty()) {
        m_testResult->setText(problems.first());
        return;
    }
    m_testButton->setEnabled(false);
    m_testProgress->show();
    m_cancelTest->show();
    m_testResult->setText(tr("Testing the connection…"));
    const QString typed = m_pendingKeys.at(m_current);
    if (!typed.isEmpty()) {
        startTest(profile, typed);
        return;
    }
    // The stored key (or EVENTDESK_API_KEY when no keychain service runs), read asynchronously.
    const int lookup = ++m_keyLookup;
    m_keys->keyFor(profile, [this, lookup, profile](KeyStore::Lookup l) {
        if (lookup != m_keyLookup)
            return; // cancelled meanwhile
        if (l.error) {
            m_keyLookup++;
            m_testProgress->hide();
            m_cancelTest->hide();
            m_testResult->setText(l.error->message);
            updateButtons();
            return;
        }
        startTest(profile, l.key);
    });
}

void LlmProfilesDialog::startTest(const ProviderProfile &profile, const QString &key)
{
    m_test->start(profile, key);
    updateButtons();
}

void LlmProfilesDialog::cancelTest()
{
    ++m_keyLookup;
    if (m_test->isRunning()) {
        m_test->cancel(); // finished() shows the Cancelled sentence
        return;
    }
    m_testProgress->hide();
    m_cancelTest->hide();
    m_testResult->setText(tr("The test was cancelled."));
    updateButtons();
}

void LlmProfilesDialog::showTestResult()
{
    m_testProgress->hide();
    m_cancelTest->hide();
    const auto &result = m_test->result();
    if (result && result->ok())
        m_testResult->setText(ConnectionTest::successSentence(result->value()));
    else if (result)
        m_testResult->setText(result->error().message);
    updateButtons();
}

} // namespace EventDesk
