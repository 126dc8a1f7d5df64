#pragma once

#include "model/assistantrecords.h"

#include <QList>
#include <QTextBrowser>
#include <QTimer>

namespace EventDesk
{

// The conversation as Markdown, one message at a time (QTextDocument::setMarkdown, inserted as a
// fragment). The message being streamed is the last one; only it is rendered again as deltas arrive,
// at most every few milliseconds.
class AssistantTranscript : public QTextBrowser
{
    Q_OBJECT

public:
    // A tool call as the dock shows it; resultBytes -1: still running (or stopped before its result).
    struct ToolLine {
        QString name;
        QString arguments;
        qsizetype resultBytes = -1;
    };

    explicit AssistantTranscript(QWidget *parent = nullptr);

    void setMessages(const QList<AssistantMessage> &messages); // the stored conversation
    void beginStreaming();                                     // an answer starts below the messages
    void appendDelta(const QString &delta);
    void setToolLines(const QList<ToolLine> &lines);
    void setStreamingNote(const QString &note); // e.g. "Stopped." or an error sentence, below the answer
    void endStreaming();                        // the answer is final (setMessages shows it stored)
    bool isStreaming() const { return m_streaming; }
    QString streamedText() const { return m_text; }

    static QList<ToolLine> toolLinesOf(const AssistantMessage &message); // from its meta
    static QString markdownFor(const QString &role, const QString &content, const QList<ToolLine> &tools,
                               const QString &note);

private:
    void renderAll();
    void renderStreaming();
    void insertMarkdown(const QString &markdown);

    QList<AssistantMessage> m_messages;
    bool m_streaming = false;
    int m_streamStart = 0; // where the streamed message begins in the document
    QString m_text;
    QList<ToolLine> m_tools;
    QString m_note;
    QTimer m_renderTimer;
};

} // namespace EventDesk
