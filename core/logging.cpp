#include "logging.h"

Q_LOGGING_CATEGORY(lcStorage, "eventdesk.storage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcModel, "eventdesk.model", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "eventdesk.cli", QtWarningMsg)
Q_LOGGING_CATEGORY(lcLlm, "eventdesk.llm", QtWarningMsg)
