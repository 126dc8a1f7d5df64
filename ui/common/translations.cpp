#include "translations.h"

#include "settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace EventDesk
{

QString installTranslations(const QString &requested)
{
    QString code = requested;
    if (code.isEmpty())
        code = qEnvironmentVariable("EVENTDESK_LANG");
    if (code.isEmpty())
        code = Settings::value(Settings::Key::Language).toString();
    const QLocale locale = code == u"system" || code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    static QTranslator *ours = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator **t : {&ours, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
        }
        *t = new QTranslator(QCoreApplication::instance());
    }
    // Any language we have no translation for (the C locale of a bare session too) gets English with its
    // plural forms ("1 session", "44 sessions"), not the source texts' "session(s)".
    if (ours->load(locale, u"eventdesk"_s, u"_"_s, u":/i18n"_s) || ours->load(u":/i18n/eventdesk_en"_s))
        QCoreApplication::installTranslator(ours);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return locale.name();
}

} // namespace EventDesk
