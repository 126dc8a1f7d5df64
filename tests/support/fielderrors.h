#pragma once

#include "model/record.h"

#include <QStringList>

#include <ostream>

// Readable QString / FieldError output in GoogleTest failure messages.
QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}
QT_END_NAMESPACE

namespace EventDesk
{
inline void PrintTo(const FieldError &e, std::ostream *os)
{
    *os << e.field.toStdString() << ": " << e.message.toStdString();
}
} // namespace EventDesk

namespace EventDesk::Test
{

// The fields named by a list of validation errors, in order.
inline QStringList fieldsOf(const FieldErrors &errors)
{
    QStringList out;
    for (const FieldError &e : errors)
        out.append(e.field);
    return out;
}

// The messages reported for one field, joined; empty when the field is not named.
inline QString messageFor(const FieldErrors &errors, const QString &field)
{
    QStringList out;
    for (const FieldError &e : errors)
        if (e.field == field)
            out.append(e.message);
    return out.join(u' ');
}

} // namespace EventDesk::Test
