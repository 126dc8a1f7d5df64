#include "logging.h"

Q_LOGGING_CATEGORY(lcStorage, "eventdesk.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModel, "eventdesk.model", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "eventdesk.cli", QtInfoMsg)
