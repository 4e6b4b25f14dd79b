#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace coherence {

/// One element of a report, independent of the format it will be written in. All text is plain
/// text: the writers escape it for their format, so user text can never become markup.
struct ReportBlock {
    enum class Kind { Heading, Paragraph, Bullets, Table, Chart, Quote, Callout };
    enum class Chart { AreaRadar, AreaBars };

    Kind kind = Kind::Paragraph;
    int level = 2;      ///< Heading: 1–3
    QString text;       ///< Heading, Paragraph, Quote, Callout
    QString source;     ///< Quote: where the passage is from
    QStringList items;  ///< Bullets
    QStringList header; ///< Table
    QList<QStringList> rows;
    Chart chart = Chart::AreaRadar;
    QString caption; ///< Chart and Table
};

/// What a report says, before it is written as Markdown, HTML, PDF or ODT.
struct ReportDocument {
    enum class PageSize { A4, Letter };

    QString title;
    QString subtitle;
    QList<ReportBlock> blocks;
    PageSize pageSize = PageSize::A4;

    void heading(const QString& text, int level = 2);
    void paragraph(const QString& text);
    void bullets(const QStringList& items);
    void table(const QStringList& header, const QList<QStringList>& rows, const QString& caption = QString());
    void chart(ReportBlock::Chart chart, const QString& caption);
    void quote(const QString& text, const QString& source);
    void callout(const QString& text);
};

} // namespace coherence
