#pragma once

#include <QString>

namespace EventDesk
{

// Installs EventDesk's and Qt's translations for code ("en", "zh_CN", "system" or empty for the setting,
// then $EVENTDESK_LANG, then the system locale). Returns the locale name that was applied.
QString installTranslations(const QString &code);

} // namespace EventDesk
