#include "assistantrecords.h"

using namespace Qt::StringLiterals;

namespace EventDesk
{

QString AssistantProposal::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return u"pending"_s;
    case State::Applied:
        return u"applied"_s;
    case State::Rejected:
        return u"rejected"_s;
    }
    return {};
}

} // namespace EventDesk
