#pragma once

#include <QByteArray>
#include <QVariant>
#include <QtGlobal>

#include <memory>
#include <string_view>
#include <vector>

namespace EventDesk
{

// Reads one flat JSON object (a record's columns as the team server sends them) into column values, with
// simdjson: a first sync reads 100,000 of them, and QJsonDocument spent 3 µs on each, simdjson 0.15 µs. The
// names and texts point into the reader and stay valid until the next read().
class JsonColumns
{
public:
    struct Value {
        enum class Type { Null, Text, Integer, Real };
        Type type = Type::Null;
        std::string_view text; // UTF-8, unescaped
        qint64 integer = 0;    // also a boolean (1 or 0), as columnFromJson()
        double real = 0;

        // As columnFromJson() gives it: a null string, text, a qint64 or a double.
        QVariant toVariant() const;
        // The same column value (1 and 1.0 are the same, as QJsonValue compares them).
        bool operator==(const Value &other) const;
    };

    JsonColumns();
    ~JsonColumns();
    JsonColumns(const JsonColumns &) = delete;
    JsonColumns &operator=(const JsonColumns &) = delete;

    // False when json is not an object of strings, numbers, booleans and nulls (an array or object inside,
    // or broken JSON): read it with QJsonDocument then.
    bool read(const QByteArray &json);
    qsizetype size() const { return qsizetype(m_names.size()); }
    std::string_view name(qsizetype i) const { return m_names[size_t(i)]; }
    const Value &value(qsizetype i) const { return m_values[size_t(i)]; }

private:
    struct Parser;
    std::unique_ptr<Parser> m_parser;
    std::vector<std::string_view> m_names;
    std::vector<Value> m_values;
};

} // namespace EventDesk
