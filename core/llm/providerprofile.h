#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace EventDesk
{

enum class ProviderKind { OpenAiCompatible, AzureOpenAi, Anthropic };
QString providerKindName(ProviderKind kind); // "openai", "azure", "anthropic"
std::optional<ProviderKind> providerKindFromName(const QString &name);

// A named way to reach a model. The key itself never lives here: keyRef names the keychain entry.
struct ProviderProfile {
    Q_DECLARE_TR_FUNCTIONS(EventDesk::ProviderProfile)
public:
    QString name;
    ProviderKind provider = ProviderKind::OpenAiCompatible;
    QString baseUrl; // e.g. https://api.openai.com, http://localhost:11434/v1, https://x.openai.azure.com
    QString model;   // Azure: the deployment name
    QString keyRef;  // keychain entry name; empty: no key (a local server)
    std::optional<double> temperature;
    int maxTokens = 1024;
    bool reasoning = false; // reasoning models: no temperature, max_completion_tokens
    QString apiVersion;     // Azure api-version
    QString proxy;          // empty: the system proxy; "none": no proxy; else a URL (http:// or socks5://)
    QString caCertificates; // a PEM or DER file of extra trusted CA certificates (TLS-inspecting proxies)
    // The model's context window in tokens (prompt and answer together); 0: the provider's usual size
    // (defaultContextWindow). A request estimated larger is refused before it is sent, and a local
    // OpenAI-compatible server (Ollama) is asked for this size (options.num_ctx).
    int contextWindow = 0;

    static constexpr int kLocalContextWindow = 8192;       // Ollama, llama.cpp, vLLM on this machine
    static constexpr int kHostedContextWindow = 128000;    // OpenAI, Azure, DeepSeek, Qwen…
    static constexpr int kAnthropicContextWindow = 200000; // Claude
    static int defaultContextWindow(ProviderKind kind, bool local);
    int effectiveContextWindow() const; // contextWindow, or the default when it is 0

    // The fields validate() checks, so forms can put each sentence next to its field.
    enum class Field {
        Name,
        BaseUrl,
        Model,
        ApiVersion,
        Temperature,
        MaxTokens,
        Proxy,
        CaCertificates,
        ContextWindow
    };
    struct Problem {
        Field field;
        QString message; // translated sentence
    };

    // The endpoint: base URL joined with /v1/chat/completions, /v1/messages or the Azure deployment path,
    // whether or not the base URL already ends in /v1.
    QUrl endpoint() const;
    bool isLocal() const; // localhost or a loopback address: no key needed
    QList<Problem> problems() const;
    QStringList validate() const; // translated sentences; empty when usable

    QJsonObject toJson() const;
    static ProviderProfile fromJson(const QJsonObject &o);

    // Profiles from settings (through ProfileStore), with the EVENTDESK_LLM_* environment overrides applied
    // to the active one (which is created from the environment alone when settings have none).
    static QList<ProviderProfile> loadAll();
    static QString activeName();
    static Result<ProviderProfile> active();
    static void saveAll(const QList<ProviderProfile> &profiles, const QString &activeName);

    bool operator==(const ProviderProfile &other) const = default;
};

} // namespace EventDesk
