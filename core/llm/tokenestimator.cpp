#include "tokenestimator.h"

#include <QJsonDocument>

namespace EventDesk
{

bool TokenEstimator::isCjk(char32_t c)
{
    return (c >= 0x2E80 && c <= 0x2FDF)       // CJK radicals, Kangxi radicals
           || (c >= 0x3000 && c <= 0x30FF)    // CJK punctuation, hiragana, katakana
           || (c >= 0x3100 && c <= 0x31FF)    // bopomofo, Hangul compatibility jamo, katakana extensions
           || (c >= 0x3400 && c <= 0x4DBF)    // CJK extension A
           || (c >= 0x4E00 && c <= 0x9FFF)    // CJK unified ideographs
           || (c >= 0xA960 && c <= 0xA97F)    // Hangul jamo extended A
           || (c >= 0xAC00 && c <= 0xD7FF)    // Hangul syllables and jamo extended B
           || (c >= 0xF900 && c <= 0xFAFF)    // CJK compatibility ideographs
           || (c >= 0xFE30 && c <= 0xFE4F)    // CJK compatibility forms
           || (c >= 0xFF00 && c <= 0xFFEF)    // half-width and full-width forms
           || (c >= 0x20000 && c <= 0x3FFFF); // CJK extensions B and later
}

int TokenEstimator::estimate(QStringView text)
{
    qint64 cjk = 0;
    qint64 other = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i).unicode(), text.at(i + 1).unicode());
            ++i;
        }
        if (isCjk(c))
            ++cjk;
        else
            ++other;
    }
    return int(cjk + (other + kCharsPerToken - 1) / kCharsPerToken);
}

int TokenEstimator::estimate(const ChatRequest &request)
{
    int total = kReplyOverhead;
    for (const ChatMessage &m : request.messages) {
        total += kMessageOverhead + estimate(m.content);
        for (const ToolCall &c : m.toolCalls)
            total += kToolOverhead + estimate(c.id) + estimate(c.name) + estimate(c.arguments);
        if (!m.toolCallId.isEmpty())
            total += estimate(m.toolCallId);
    }
    for (const ToolDefinition &t : request.tools) {
        const QByteArray schema = QJsonDocument(t.parameters).toJson(QJsonDocument::Compact);
        total +=
            kToolOverhead + estimate(t.name) + estimate(t.description) + estimate(QString::fromUtf8(schema));
    }
    if (!request.jsonSchema.isEmpty())
        total +=
            kToolOverhead +
            estimate(QString::fromUtf8(QJsonDocument(request.jsonSchema).toJson(QJsonDocument::Compact)));
    return total;
}

} // namespace EventDesk
