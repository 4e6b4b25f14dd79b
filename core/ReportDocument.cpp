#include "ReportDocument.h"

namespace coherence {

void ReportDocument::heading(const QString& text, int level) {
    ReportBlock block;
    block.kind = ReportBlock::Kind::Heading;
    block.level = level;
    block.text = text;
    blocks.append(block);
}

void ReportDocument::paragraph(const QString& text) {
    ReportBlock block;
    block.kind = ReportBlock::Kind::Paragraph;
    block.text = text;
    blocks.append(block);
}

void ReportDocument::bullets(const QStringList& items) {
    if (items.isEmpty()) {
        return;
    }
    ReportBlock block;
    block.kind = ReportBlock::Kind::Bullets;
    block.items = items;
    blocks.append(block);
}

void ReportDocument::table(const QStringList& header, const QList<QStringList>& rows,
                           const QString& caption) {
    ReportBlock block;
    block.kind = ReportBlock::Kind::Table;
    block.header = header;
    block.rows = rows;
    block.caption = caption;
    blocks.append(block);
}

void ReportDocument::chart(ReportBlock::Chart chart, const QString& caption) {
    ReportBlock block;
    block.kind = ReportBlock::Kind::Chart;
    block.chart = chart;
    block.caption = caption;
    blocks.append(block);
}

void ReportDocument::quote(const QString& text, const QString& source) {
    ReportBlock block;
    block.kind = ReportBlock::Kind::Quote;
    block.text = text;
    block.source = source;
    blocks.append(block);
}

void ReportDocument::callout(const QString& text) {
    ReportBlock block;
    block.kind = ReportBlock::Kind::Callout;
    block.text = text;
    blocks.append(block);
}

} // namespace coherence
