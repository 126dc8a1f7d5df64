#pragma once

#include "chatrequest.h"

#include <QString>
#include <QStringView>

namespace EventDesk
{

// A deterministic, tokenizer-free estimate of how many tokens a text or a whole request takes: about four
// characters per token for Latin text, one token per CJK character (Han, kana, Hangul, full-width forms),
// plus a small overhead per message and per tool definition. Real tokenizers differ by model; the
// estimate errs on the high side for ordinary prose so a request it accepts fits the context window.
class TokenEstimator
{
public:
    static constexpr int kCharsPerToken = 4;
    static constexpr int kMessageOverhead = 4; // role and separators of one message
    static constexpr int kReplyOverhead = 3;   // the assistant turn the answer starts
    static constexpr int kToolOverhead = 8;    // wrapping of one tool definition or tool call

    static int estimate(QStringView text);
    // The prompt: every message, tool call, tool definition and the structured-output schema.
    static int estimate(const ChatRequest &request);
    static bool isCjk(char32_t codePoint);
};

} // namespace EventDesk
