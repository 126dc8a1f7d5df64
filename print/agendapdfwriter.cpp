#include "agendapdfwriter.h"

#include "io/atomicfile.h"

#include <QBuffer>
#include <QFont>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace EventDesk
{

Result<QByteArray> AgendaPdfWriter::render(const ScheduleData &data, const AgendaHtmlWriter::Options &options,
                                           int *pages, const std::function<bool()> &cancelled)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error{ErrorCode::Usage, tr("A PDF can only be made with a graphical application object."), {}};
    auto isCancelled = [&] { return cancelled && cancelled(); };
    const Error cancelError{ErrorCode::Cancelled, tr("The export was cancelled."), {}};
    const QString html = AgendaHtmlWriter::html(data, options);
    if (isCancelled())
        return cancelError;

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setTitle(data.event.name);
    pdf.setCreator(u"EventDesk"_s);
    pdf.setResolution(300);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                  QPageLayout::Millimeter));

    QTextDocument doc;
    // Latin text in Noto Sans, everything else (Chinese included) in Noto Sans CJK; fontconfig falls back
    // further for what neither has.
    QFont font;
    font.setFamilies({u"Noto Sans"_s, u"Noto Sans CJK SC"_s, u"Noto Sans SC"_s, u"WenQuanYi Micro Hei"_s});
    font.setPointSizeF(10.5);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    doc.setHtml(html);
    // Lay out on the printable area in the document's own units (pixels at Qt's default 96 dpi, which
    // print() scales to the writer's resolution), so pageCount() is the PDF's.
    doc.setPageSize(pdf.pageLayout().paintRectPixels(96).size());
    if (isCancelled())
        return cancelError;
    doc.print(&pdf);
    if (pages)
        *pages = doc.pageCount();
    return bytes;
}

Result<int> AgendaPdfWriter::write(const ScheduleData &data, const AgendaHtmlWriter::Options &options,
                                   const QString &path, const std::function<bool()> &cancelled)
{
    int pages = 0;
    auto bytes = render(data, options, &pages, cancelled);
    if (!bytes)
        return bytes.error();
    if (auto written = AtomicFile::write(path, bytes.value()); !written)
        return written.error();
    return pages;
}

} // namespace EventDesk
