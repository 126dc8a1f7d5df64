#include "schedulefile.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{
// The namespace of EventDesk's UUIDv5 ids for schedule files.
const QUuid kNamespace(u"{6f1d3b52-1c9e-4b7a-9c41-2d5e8f0a7b13}"_s);
} // namespace

Result<QByteArray> ScheduleFile::readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::NotFound, tr("Cannot read \"%1\": %2.").arg(path, file.errorString()), {}};
    if (file.size() > kMaxFileBytes)
        return Error{ErrorCode::Validation,
                     tr("\"%1\" is %2; schedule files larger than %3 are refused.")
                         .arg(QFileInfo(path).fileName(), QLocale::c().formattedDataSize(file.size()),
                              QLocale::c().formattedDataSize(kMaxFileBytes)),
                     {}};
    QByteArray bytes = file.read(kMaxFileBytes + 1);
    if (bytes.size() > kMaxFileBytes) // a file that grew, or a device without a size
        return Error{ErrorCode::Validation,
                     tr("\"%1\" is larger than %2; schedule files that large are refused.")
                         .arg(QFileInfo(path).fileName(), QLocale::c().formattedDataSize(kMaxFileBytes)),
                     {}};
    return bytes;
}

bool ScheduleFile::isUuid(const QString &text)
{
    static const QRegularExpression re(
        u"^\\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\}?$"_s);
    return re.match(text.trimmed()).hasMatch();
}

QUuid ScheduleFile::idFromGuid(const QString &guid)
{
    const QString t = guid.trimmed();
    if (isUuid(t))
        return QUuid::fromString(t);
    return QUuid::createUuidV5(kNamespace, u"guid:"_s + t);
}

QUuid ScheduleFile::derivedId(const QUuid &scope, const QString &key)
{
    return QUuid::createUuidV5(scope.isNull() ? kNamespace : scope, key);
}

QUuid ScheduleFile::derive(const QString &key)
{
    const QUuid id = derivedId({}, key);
    derivedKeys.insert(id, key);
    return id;
}

std::optional<int> ScheduleFile::parseDuration(const QString &text)
{
    const QStringList parts = text.trimmed().split(u':');
    if (parts.size() < 2 || parts.size() > 4)
        return std::nullopt;
    QList<int> n;
    for (const QString &p : parts) {
        bool ok = false;
        const int v = p.toInt(&ok);
        if (!ok || v < 0 || p.size() > 3 || !p.at(0).isDigit())
            return std::nullopt;
        n.append(v);
    }
    if (parts.size() == 4) // days:hours:minutes:seconds
        n = {n.at(0) * 24 + n.at(1), n.at(2), n.at(3)};
    if (n.at(1) >= 60 || (n.size() == 3 && n.at(2) >= 60))
        return std::nullopt;
    return n.at(0) * 60 + n.at(1) + (n.size() == 3 && n.at(2) >= 30 ? 1 : 0);
}

QDateTime ScheduleFile::parseDateTime(const QString &text, const QString &timeZone)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::ISODate);
    if (!dt.isValid())
        return {};
    if (dt.timeSpec() == Qt::LocalTime) {
        const QTimeZone zone(timeZone.toUtf8());
        dt = QDateTime(dt.date(), dt.time(), zone.isValid() ? zone : QTimeZone::utc());
    }
    return dt.toUTC();
}

SessionType ScheduleFile::typeFromText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (const auto exact = sessionTypeFromName(t))
        return *exact;
    if (t.contains(u"workshop"_s) || t.contains(u"hands-on"_s))
        return SessionType::Workshop;
    if (t.contains(u"keynote"_s))
        return SessionType::Keynote;
    if (t.contains(u"panel"_s) || t.contains(u"podium"_s) || t.contains(u"discussion"_s))
        return SessionType::Panel;
    if (t.contains(u"break"_s) || t.contains(u"pause"_s) || t.contains(u"lunch"_s))
        return SessionType::Break;
    if (t.contains(u"talk"_s) || t.contains(u"lecture"_s) || t.contains(u"vortrag"_s) ||
        t.contains(u"lightning"_s))
        return SessionType::Talk;
    return SessionType::Other;
}

QString ScheduleFile::cleanText(const QString &text)
{
    QStringList lines = text.trimmed().split(u'\n');
    for (QString &line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    qsizetype indent = -1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        qsizetype n = 0;
        while (n < line.size() && (line.at(n) == u' ' || line.at(n) == u'\t'))
            ++n;
        indent = indent < 0 ? n : qMin(indent, n);
    }
    for (qsizetype i = 1; i < lines.size(); ++i)
        lines[i] = lines.at(i).trimmed().isEmpty() ? QString() : lines.at(i).mid(qMax<qsizetype>(indent, 0));
    return lines.join(u'\n');
}

qsizetype ScheduleFile::invalidUtf8At(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const uchar c = p[i];
        int more = 0;
        uint cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xe0) == 0xc0 && c >= 0xc2) {
            more = 1;
            cp = c & 0x1f;
        } else if ((c & 0xf0) == 0xe0) {
            more = 2;
            cp = c & 0x0f;
        } else if ((c & 0xf8) == 0xf0 && c <= 0xf4) {
            more = 3;
            cp = c & 0x07;
        } else {
            return i;
        }
        for (int k = 1; k <= more; ++k) {
            if (i + k >= n || (p[i + k] & 0xc0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3f);
        }
        if ((more == 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) ||
            (more == 3 && (cp < 0x10000 || cp > 0x10ffff)))
            return i;
        i += more + 1;
    }
    return -1;
}

int ScheduleFile::lineAt(const QByteArray &bytes, qsizetype offset)
{
    return int(std::count(bytes.cbegin(), bytes.cbegin() + qBound<qsizetype>(0, offset, bytes.size()),
                          '\n')) +
           1;
}

void ScheduleFile::finish()
{
    Event &e = data.event;
    const QTimeZone zone(e.timeZone.toUtf8());
    QTime earliest, latest;
    for (const Session &s : data.sessions) {
        if (!s.start.isValid())
            continue;
        const QDateTime local = s.start.toTimeZone(zone);
        const QDateTime end = s.end().toTimeZone(zone);
        if (!e.startDate.isValid() || local.date() < e.startDate)
            e.startDate = local.date();
        if (!e.endDate.isValid() || local.date() > e.endDate)
            e.endDate = local.date();
        if (!earliest.isValid() || local.time() < earliest)
            earliest = local.time();
        const QTime endTime = end.date() > local.date() ? QTime(23, 59) : end.time();
        if (!latest.isValid() || endTime > latest)
            latest = endTime;
    }
    if (!e.startDate.isValid())
        e.startDate = QDate::currentDate();
    if (!e.endDate.isValid() || e.endDate < e.startDate)
        e.endDate = e.startDate;
    if (earliest.isValid()) {
        e.dayStart = QTime(earliest.hour(), 0);
        e.dayEnd = latest.minute() == 0 || latest.hour() == 23 ? latest : QTime(latest.hour() + 1, 0);
    }
}

} // namespace EventDesk
