#pragma once

#include "llm/providerprofile.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace EventDesk
{
class ConnectionTest;
class KeyStore;

// Assistant profiles: the list (add, duplicate, remove, set default), a form for the selected one with
// each field's problem shown beside it, its API key (into the system keychain, never into settings) and
// a connection test. Save writes every profile through ProfileStore; Close drops what was not saved.
class LlmProfilesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LlmProfilesDialog(QWidget *parent = nullptr);
    ~LlmProfilesDialog() override;

    bool isDirty() const { return m_dirty; }

public slots:
    bool save(); // false when a profile is not valid (the problem is shown) or the keychain is busy
    void addProfile();
    void duplicateProfile();
    void removeProfile();
    void makeDefault();
    void testConnection();
    void cancelTest();

private:
    QWidget *createList();
    QWidget *createForm();
    QWidget *createTestRow();
    void fillList();
    void showProfile(int row);
    void readForm(); // form -> m_profiles[m_current]
    void showProblems();
    void setDirty();
    void updateButtons();
    void storePendingKey(const QString &keyRef, const QString &key);
    void startTest(const ProviderProfile &profile, const QString &key);
    void showTestResult();
    QLabel *problemLabel(ProviderProfile::Field field, const QString &name);
    void setKeyStatusIsProblem(bool problem);
    void updateContextWindowDefault(const ProviderProfile &p);

    QList<ProviderProfile> m_profiles; // the working copy
    QStringList m_pendingKeys;         // typed keys, parallel to m_profiles; written on save
    QString m_default;
    int m_current = -1;
    bool m_loading = false;
    bool m_dirty = false;
    int m_keyWrites = 0; // keychain writes under way

    KeyStore *m_keys;
    ConnectionTest *m_test;
    int m_keyLookup = 0; // generation of the key lookup before a test

    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_makeDefault = nullptr;
    QWidget *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_provider = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_model = nullptr;
    QLineEdit *m_apiVersion = nullptr;
    QDoubleSpinBox *m_temperature = nullptr;
    QSpinBox *m_maxTokens = nullptr;
    QSpinBox *m_contextWindow = nullptr; // 0: the provider's usual size
    QCheckBox *m_reasoning = nullptr;
    QLineEdit *m_proxy = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_caBrowse = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QLabel *m_keyStatus = nullptr;
    QHash<int, QLabel *> m_problems; // by ProviderProfile::Field
    QPushButton *m_testButton = nullptr;
    QPushButton *m_cancelTest = nullptr;
    QProgressBar *m_testProgress = nullptr;
    QLabel *m_testResult = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace EventDesk
