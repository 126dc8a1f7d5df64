#include "providerprofile.h"

#include "profilestore.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{
// The address without "user:password@", also when it is not a valid URL.
QString withoutUserInfo(const QString &address)
{
    static const QRegularExpression userInfo(u"//[^/@\\s]*@"_s);
    return QString(address).replace(userInfo, u"//"_s);
}
} // namespace

QString providerKindName(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::OpenAiCompatible:
        return u"openai"_s;
    case ProviderKind::AzureOpenAi:
        return u"azure"_s;
    case ProviderKind::Anthropic:
        return u"anthropic"_s;
    }
    return {};
}

std::optional<ProviderKind> providerKindFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"openai" || n == u"openai-compatible" || n == u"ollama" || n == u"llamacpp" || n == u"vllm" ||
        n == u"deepseek" || n == u"qwen")
        return ProviderKind::OpenAiCompatible;
    if (n == u"azure")
        return ProviderKind::AzureOpenAi;
    if (n == u"anthropic")
        return ProviderKind::Anthropic;
    return std::nullopt;
}

QUrl ProviderProfile::endpoint() const
{
    QUrl url(baseUrl.trimmed());
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (provider == ProviderKind::AzureOpenAi) {
        if (!path.contains(u"/openai/deployments/"_s))
            path += u"/openai/deployments/"_s + model;
        path += u"/chat/completions"_s;
        url.setPath(path);
        url.setQuery(u"api-version="_s + (apiVersion.isEmpty() ? u"2024-10-21"_s : apiVersion));
        return url;
    }
    const QString tail = provider == ProviderKind::Anthropic ? u"/messages"_s : u"/chat/completions"_s;
    if (path.endsWith(tail))
        return url.adjusted(QUrl::StripTrailingSlash);
    // Ollama's /v1, Qwen's /compatible-mode/v1, DeepSeek with or without /v1: add /v1 only when no
    // version segment ends the path.
    static const QRegularExpression versionEnd(u"/v\\d+[a-z0-9]*$"_s);
    if (!versionEnd.match(path).hasMatch())
        path += u"/v1"_s;
    url.setPath(path + tail);
    return url;
}

bool ProviderProfile::isLocal() const
{
    const QString host = QUrl(baseUrl).host();
    if (host == u"localhost")
        return true;
    QHostAddress addr(host);
    return !addr.isNull() && addr.isLoopback();
}

int ProviderProfile::defaultContextWindow(ProviderKind kind, bool local)
{
    if (local)
        return kLocalContextWindow;
    return kind == ProviderKind::Anthropic ? kAnthropicContextWindow : kHostedContextWindow;
}

int ProviderProfile::effectiveContextWindow() const
{
    return contextWindow > 0 ? contextWindow : defaultContextWindow(provider, isLocal());
}

QList<ProviderProfile::Problem> ProviderProfile::problems() const
{
    QList<Problem> problems;
    if (name.trimmed().isEmpty())
        problems.append({Field::Name, tr("A profile needs a name.")});
    const QUrl url(baseUrl.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
        problems.append(
            {Field::BaseUrl,
             tr("The base URL \"%1\" is not an http or https address.").arg(withoutUserInfo(baseUrl))});
    else if (!url.userInfo().isEmpty())
        problems.append(
            {Field::BaseUrl, tr("The base URL must not contain a user name or password; settings "
                                "are not a safe place for them, so put the key in the keychain.")});
    if (model.trimmed().isEmpty())
        problems.append({Field::Model, tr("The profile \"%1\" names no model.").arg(name)});
    if (provider == ProviderKind::AzureOpenAi && apiVersion.isEmpty())
        problems.append({Field::ApiVersion, tr("An Azure profile needs an api-version.")});
    if (temperature && (*temperature < 0.0 || *temperature > 2.0))
        problems.append({Field::Temperature, tr("The temperature must be between 0 and 2.")});
    if (maxTokens < 1)
        problems.append({Field::MaxTokens, tr("The maximum number of tokens must be at least 1.")});
    if (contextWindow < 0)
        problems.append({Field::ContextWindow, tr("The context window must be a number of tokens, or 0 for "
                                                  "the provider's usual size.")});
    else if (maxTokens >= 1 && maxTokens >= effectiveContextWindow())
        problems.append({Field::ContextWindow,
                         tr("The context window (%L1 tokens) must be larger than the longest answer (%L2 "
                            "tokens).")
                             .arg(effectiveContextWindow())
                             .arg(maxTokens)});
    if (!proxy.isEmpty() && proxy != u"none") {
        const QUrl p(proxy.trimmed(), QUrl::StrictMode);
        const QString scheme = p.scheme();
        if (!p.isValid() || p.host().isEmpty() ||
            (scheme != u"http" && scheme != u"https" && scheme != u"socks5" && scheme != u"socks5h"))
            problems.append({Field::Proxy, tr("The proxy \"%1\" is not an address such as "
                                              "http://proxy.example.com:8080, nor \"none\".")
                                               .arg(withoutUserInfo(proxy))});
        else if (!p.userInfo().isEmpty())
            problems.append({Field::Proxy, tr("The proxy address must not contain a user name or password, "
                                              "which would be stored in plain text in the settings.")});
    }
    if (!caCertificates.isEmpty() && !QFileInfo(caCertificates).isFile())
        problems.append(
            {Field::CaCertificates, tr("The CA certificate file %1 does not exist.").arg(caCertificates)});
    return problems;
}

QStringList ProviderProfile::validate() const
{
    QStringList sentences;
    for (const Problem &p : problems())
        sentences << p.message;
    return sentences;
}

QJsonObject ProviderProfile::toJson() const
{
    // Never a password (refused by validate(), but settings written by older versions may hold one): what
    // is written to settings or printed leaves the user information out.
    QJsonObject o{{u"name"_s, name},
                  {u"provider"_s, providerKindName(provider)},
                  {u"baseUrl"_s, withoutUserInfo(baseUrl)},
                  {u"model"_s, model},
                  {u"keyRef"_s, keyRef},
                  {u"maxTokens"_s, maxTokens},
                  {u"reasoning"_s, reasoning}};
    if (temperature)
        o.insert(u"temperature"_s, *temperature);
    if (!apiVersion.isEmpty())
        o.insert(u"apiVersion"_s, apiVersion);
    if (!proxy.isEmpty())
        o.insert(u"proxy"_s, withoutUserInfo(proxy));
    if (!caCertificates.isEmpty())
        o.insert(u"caCertificates"_s, caCertificates);
    if (contextWindow > 0)
        o.insert(u"contextWindow"_s, contextWindow);
    return o;
}

ProviderProfile ProviderProfile::fromJson(const QJsonObject &o)
{
    ProviderProfile p;
    p.name = o.value(u"name"_s).toString();
    p.provider =
        providerKindFromName(o.value(u"provider"_s).toString()).value_or(ProviderKind::OpenAiCompatible);
    p.baseUrl = o.value(u"baseUrl"_s).toString();
    p.model = o.value(u"model"_s).toString();
    p.keyRef = o.value(u"keyRef"_s).toString();
    if (o.contains(u"temperature"_s))
        p.temperature = o.value(u"temperature"_s).toDouble();
    p.maxTokens = o.value(u"maxTokens"_s).toInt(1024);
    p.reasoning = o.value(u"reasoning"_s).toBool();
    p.apiVersion = o.value(u"apiVersion"_s).toString();
    p.proxy = o.value(u"proxy"_s).toString();
    p.caCertificates = o.value(u"caCertificates"_s).toString();
    p.contextWindow = qMax(0, o.value(u"contextWindow"_s).toInt(0)); // older profiles: the default
    return p;
}

QList<ProviderProfile> ProviderProfile::loadAll()
{
    QList<ProviderProfile> profiles = ProfileStore::load().profiles();

    const QString envProvider = qEnvironmentVariable("EVENTDESK_LLM_PROVIDER");
    const QString envUrl = qEnvironmentVariable("EVENTDESK_LLM_BASE_URL");
    const QString envModel = qEnvironmentVariable("EVENTDESK_LLM_MODEL");
    if (envProvider.isEmpty() && envUrl.isEmpty() && envModel.isEmpty())
        return profiles;
    const QString active = activeName();
    qsizetype index = -1;
    for (qsizetype i = 0; i < profiles.size(); ++i)
        if (profiles.at(i).name == active)
            index = i;
    if (index < 0) {
        ProviderProfile p;
        p.name = active;
        p.baseUrl = u"https://api.openai.com/v1"_s;
        profiles.prepend(p);
        index = 0;
    }
    ProviderProfile &p = profiles[index];
    if (auto kind = providerKindFromName(envProvider)) {
        if (*kind != p.provider && envUrl.isEmpty())
            p.baseUrl = *kind == ProviderKind::Anthropic ? u"https://api.anthropic.com"_s : p.baseUrl;
        p.provider = *kind;
    }
    if (!envUrl.isEmpty())
        p.baseUrl = envUrl;
    if (!envModel.isEmpty())
        p.model = envModel;
    return profiles;
}

QString ProviderProfile::activeName()
{
    const QString name = ProfileStore::load().defaultName();
    return name.isEmpty() ? u"default"_s : name;
}

Result<ProviderProfile> ProviderProfile::active()
{
    const QList<ProviderProfile> all = loadAll();
    const QString name = activeName();
    for (const ProviderProfile &p : all) {
        if (p.name != name)
            continue;
        const QStringList problems = p.validate();
        if (!problems.isEmpty())
            return Error{ErrorCode::Validation, problems.first(), {}};
        return p;
    }
    return Error{ErrorCode::NotFound,
                 tr("No language-model profile is set up; set EVENTDESK_LLM_BASE_URL and "
                    "EVENTDESK_LLM_MODEL, or add a profile in the settings."),
                 {}};
}

void ProviderProfile::saveAll(const QList<ProviderProfile> &profiles, const QString &activeName)
{
    ProfileStore(profiles, activeName).save();
}

} // namespace EventDesk
