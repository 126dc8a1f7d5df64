#pragma once

#include "chatresponse.h"

#include <QHash>
#include <QString>

#include <optional>

namespace EventDesk
{

// US dollars per million tokens, by model. Models are matched by exact name, then by longest prefix
// (so "gpt-4o-mini-2024-07-18" finds "gpt-4o-mini"). Local models cost nothing.
class PriceTable
{
public:
    struct Price {
        double inputPerMillion = 0;
        double outputPerMillion = 0;
    };

    static PriceTable builtIn();
    void set(const QString &model, Price price) { m_prices.insert(model, price); }
    std::optional<Price> find(const QString &model) const;
    // nullopt when the model has no known price.
    std::optional<double> cost(const QString &model, const TokenUsage &usage) const;

private:
    QHash<QString, Price> m_prices;
};

} // namespace EventDesk
