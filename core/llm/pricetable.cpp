#include "pricetable.h"

using namespace Qt::StringLiterals;

namespace EventDesk
{

PriceTable PriceTable::builtIn()
{
    PriceTable t;
    t.set(u"gpt-4o"_s, {2.50, 10.00});
    t.set(u"gpt-4o-mini"_s, {0.15, 0.60});
    t.set(u"gpt-4.1"_s, {2.00, 8.00});
    t.set(u"gpt-4.1-mini"_s, {0.40, 1.60});
    t.set(u"gpt-4.1-nano"_s, {0.10, 0.40});
    t.set(u"o3-mini"_s, {1.10, 4.40});
    t.set(u"o4-mini"_s, {1.10, 4.40});
    t.set(u"claude-3-5-haiku"_s, {0.80, 4.00});
    t.set(u"claude-3-5-sonnet"_s, {3.00, 15.00});
    t.set(u"claude-sonnet-4"_s, {3.00, 15.00});
    t.set(u"claude-opus-4"_s, {15.00, 75.00});
    t.set(u"deepseek-chat"_s, {0.27, 1.10});
    t.set(u"deepseek-reasoner"_s, {0.55, 2.19});
    t.set(u"qwen-plus"_s, {0.40, 1.20});
    t.set(u"qwen-turbo"_s, {0.05, 0.20});
    return t;
}

std::optional<PriceTable::Price> PriceTable::find(const QString &model) const
{
    auto exact = m_prices.constFind(model);
    if (exact != m_prices.constEnd())
        return exact.value();
    std::optional<Price> best;
    qsizetype bestLength = 0;
    for (auto it = m_prices.constBegin(); it != m_prices.constEnd(); ++it) {
        if (model.startsWith(it.key()) && it.key().size() > bestLength) {
            best = it.value();
            bestLength = it.key().size();
        }
    }
    return best;
}

std::optional<double> PriceTable::cost(const QString &model, const TokenUsage &usage) const
{
    const auto price = find(model);
    if (!price)
        return std::nullopt;
    return (double(usage.inputTokens) * price->inputPerMillion +
            double(usage.outputTokens) * price->outputPerMillion) /
           1e6;
}

} // namespace EventDesk
