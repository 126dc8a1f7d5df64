#include "assistanttranscript.h"

#include <QJsonArray>
#include <QLocale>
#include <QScrollBar>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>

using namespace Qt::StringLiterals;

namespace EventDesk
{

AssistantTranscript::AssistantTranscript(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(u"transcript"_s);
    setOpenExternalLinks(true);
    setAccessibleName(tr("Conversation"));
    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(30);
    connect(&m_renderTimer, &QTimer::timeout, this, &AssistantTranscript::renderStreaming);
}

QList<AssistantTranscript::ToolLine> AssistantTranscript::toolLinesOf(const AssistantMessage &message)
{
    QList<ToolLine> lines;
    for (const QJsonValue &v : message.meta.value(u"toolCalls"_s).toArray())
        lines.append({v[u"name"_s].toString(), v[u"arguments"_s].toString(),
                      qsizetype(v[u"resultBytes"_s].toInteger(-1))});
    return lines;
}

QString AssistantTranscript::markdownFor(const QString &role, const QString &content,
                                         const QList<ToolLine> &tools, const QString &note)
{
    QString md =
        role == u"user" ? u"**"_s + tr("You") + u"**\n\n"_s : u"**"_s + tr("Assistant") + u"**\n\n"_s;
    for (const ToolLine &t : tools) {
        QString args = t.arguments;
        args.replace(u'`', u'\'');
        md += u"- "_s +
              (t.resultBytes < 0
                   ? tr("Tool %1 `%2`: running…").arg(t.name, args)
                   : tr("Tool %1 `%2`: %3 bytes").arg(t.name, args, QLocale().toString(t.resultBytes))) +
              u'\n';
    }
    if (!tools.isEmpty())
        md += u'\n';
    md += content;
    if (!note.isEmpty())
        md += u"\n\n*"_s + note + u'*';
    return md;
}

void AssistantTranscript::setMessages(const QList<AssistantMessage> &messages)
{
    m_messages.clear();
    for (const AssistantMessage &m : messages)
        if (m.role == u"user" || m.role == u"assistant")
            m_messages.append(m);
    m_streaming = false;
    m_renderTimer.stop();
    renderAll();
}

void AssistantTranscript::insertMarkdown(const QString &markdown)
{
    QTextDocument message;
    message.setMarkdown(markdown);
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    if (!document()->isEmpty())
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    cursor.insertFragment(QTextDocumentFragment(&message));
}

void AssistantTranscript::renderAll()
{
    clear();
    for (const AssistantMessage &m : std::as_const(m_messages)) {
        QString note;
        if (m.meta.value(u"stopped"_s).toBool())
            note = tr("Stopped.");
        else if (!m.meta.value(u"error"_s).toString().isEmpty())
            note = m.meta.value(u"error"_s).toString();
        insertMarkdown(markdownFor(m.role, m.content, toolLinesOf(m), note));
    }
    if (m_streaming) {
        m_streamStart = document()->characterCount() - 1;
        renderStreaming();
    }
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

void AssistantTranscript::beginStreaming()
{
    m_streaming = true;
    m_text.clear();
    m_tools.clear();
    m_note.clear();
    renderAll();
}

void AssistantTranscript::appendDelta(const QString &delta)
{
    m_text += delta;
    if (!m_renderTimer.isActive())
        m_renderTimer.start();
}

void AssistantTranscript::setToolLines(const QList<ToolLine> &lines)
{
    m_tools = lines;
    renderStreaming();
}

void AssistantTranscript::setStreamingNote(const QString &note)
{
    m_note = note;
    renderStreaming();
}

void AssistantTranscript::endStreaming()
{
    renderStreaming();
    m_streaming = false;
}

void AssistantTranscript::renderStreaming()
{
    m_renderTimer.stop();
    if (!m_streaming)
        return;
    QScrollBar *bar = verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 4;
    QTextCursor cursor(document());
    cursor.setPosition(m_streamStart);
    cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    insertMarkdown(markdownFor(u"assistant"_s, m_text, m_tools, m_note));
    if (atEnd)
        bar->setValue(bar->maximum());
}

} // namespace EventDesk
