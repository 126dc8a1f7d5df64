#include "jsoncolumns.h"

#include <simdjson.h>

#include <cmath>
#include <cstring>
#include <string>

namespace EventDesk
{

struct JsonColumns::Parser {
    simdjson::ondemand::parser parser;
    std::string padded; // simdjson reads up to SIMDJSON_PADDING bytes past the end
};

QVariant JsonColumns::Value::toVariant() const
{
    switch (type) {
    case Type::Null:
        return QVariant(QMetaType::fromType<QString>());
    case Type::Text:
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    case Type::Integer:
        return integer;
    case Type::Real:
        return real;
    }
    return {};
}

bool JsonColumns::Value::operator==(const Value &other) const
{
    if (type != other.type)
        return false;
    switch (type) {
    case Type::Null:
        return true;
    case Type::Text:
        return text == other.text;
    case Type::Integer:
        return integer == other.integer;
    case Type::Real:
        return real == other.real;
    }
    return false;
}

JsonColumns::JsonColumns() : m_parser(std::make_unique<Parser>()) {}

JsonColumns::~JsonColumns() = default;

bool JsonColumns::read(const QByteArray &json)
{
    using namespace simdjson;
    m_names.clear();
    m_values.clear();
    std::string &buffer = m_parser->padded;
    buffer.resize(size_t(json.size()) + SIMDJSON_PADDING);
    std::memcpy(buffer.data(), json.constData(), size_t(json.size()));
    ondemand::document doc;
    if (m_parser->parser.iterate(buffer.data(), size_t(json.size()), buffer.size()).get(doc))
        return false;
    ondemand::object object;
    if (doc.get_object().get(object))
        return false;
    for (auto field : object) {
        std::string_view key;
        ondemand::value raw;
        ondemand::json_type type;
        if (field.unescaped_key().get(key) || field.value().get(raw) || raw.type().get(type))
            return false;
        Value v;
        switch (type) {
        case ondemand::json_type::null:
            break;
        case ondemand::json_type::boolean: {
            bool b = false;
            if (raw.get_bool().get(b))
                return false;
            v.type = Value::Type::Integer;
            v.integer = b ? 1 : 0;
            break;
        }
        case ondemand::json_type::string:
            v.type = Value::Type::Text;
            if (raw.get_string().get(v.text))
                return false;
            break;
        case ondemand::json_type::number: {
            ondemand::number n;
            if (raw.get_number().get(n))
                return false;
            if (n.is_int64()) {
                v.type = Value::Type::Integer;
                v.integer = n.get_int64();
            } else {
                // A whole number stays an integer (as columnFromJson() reads it); others are reals.
                const double d = n.as_double();
                if (std::trunc(d) == d && std::fabs(d) < 9007199254740992.0) {
                    v.type = Value::Type::Integer;
                    v.integer = static_cast<qint64>(d);
                } else {
                    v.type = Value::Type::Real;
                    v.real = d;
                }
            }
            break;
        }
        default:
            return false; // an array or object inside
        }
        m_names.push_back(key);
        m_values.push_back(v);
    }
    return true;
}

} // namespace EventDesk
