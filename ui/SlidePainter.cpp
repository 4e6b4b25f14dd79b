#include "SlidePainter.h"

#include "AssessmentSession.h"
#include "ReportSvgCharts.h"
#include "ScoreReportFormat.h"
#include "VoteSummary.h"

#include <QDate>
#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QTextLayout>
#include <QtMath>

#include <memory>
#include <vector>

namespace coherence {

namespace {

// High contrast on any projector: near-black on white, one dark accent, no pale tints for meaning.
const QColor kBackground(0xff, 0xff, 0xff);
const QColor kText(0x11, 0x11, 0x11);
const QColor kMuted(0x3a, 0x3a, 0x3a);
const QColor kAccent(0x0b, 0x3d, 0x91);
const QColor kWarning(0x8a, 0x3b, 0x00);

QString criterionHeading(const Criterion& criterion) {
    return criterion.id + QStringLiteral("  ") + criterion.title.text();
}

} // namespace

SlidePainter::SlidePainter(const AssessmentSession& session, const PresentationDeck& deck,
                           QString participants)
    : m_session(session)
    , m_deck(deck)
    , m_participants(std::move(participants)) {
}

QFont SlidePainter::font(int pixelSize, bool bold) const {
    QFont result;
    result.setPixelSize(std::max(pixelSize, m_minimum));
    result.setBold(bold);
    return result;
}

int SlidePainter::drawFitted(QPainter& painter, const QRect& rect, const QString& text, int maxSize,
                             bool bold, int flags) const {
    if (text.isEmpty() || rect.height() <= 0) {
        return 0;
    }
    const int wrapFlags = flags | Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;
    for (int size = std::max(maxSize, m_minimum); size >= m_minimum; size = size * 9 / 10) {
        const QFont candidate = font(size, bold);
        const QRect needed = QFontMetrics(candidate).boundingRect(rect, wrapFlags, text);
        if (needed.height() <= rect.height() || size * 9 / 10 < m_minimum) {
            painter.setFont(candidate);
            if (needed.height() <= rect.height()) {
                painter.drawText(rect, wrapFlags, text);
                return needed.height();
            }
            // Even the minimum does not fit: as many whole lines as there is room for, the last one elided.
            const QFontMetrics metrics(candidate);
            const int maxLines = std::max(1, rect.height() / metrics.lineSpacing());
            QTextLayout layout(text, candidate);
            QStringList lines;
            layout.beginLayout();
            for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
                line.setLineWidth(rect.width());
                if (lines.size() == maxLines - 1) {
                    lines << metrics.elidedText(text.mid(line.textStart()).simplified(), Qt::ElideRight,
                                                rect.width());
                    break;
                }
                lines << text.mid(line.textStart(), line.textLength()).trimmed();
            }
            layout.endLayout();
            for (qsizetype i = 0; i < lines.size(); ++i) {
                painter.drawText(
                    QPoint(rect.left(), rect.top() + metrics.ascent() + int(i) * metrics.lineSpacing()),
                    lines[i]);
            }
            return rect.height();
        }
    }
    return 0;
}

void SlidePainter::paint(QPainter& painter, const QRect& rect, qsizetype index,
                         const VoteEntry* entry) const {
    m_minimum = minimumTextSize(rect.height());
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(rect, kBackground);
    painter.setPen(kText);
    if (index >= 0 && index < m_deck.size()) {
        const int margin = rect.height() / 18;
        const QRect content = rect.adjusted(margin, margin, -margin, -margin - m_minimum * 3 / 2);
        const Slide& slide = m_deck.at(index);
        switch (slide.kind) {
        case Slide::Kind::Title:
            paintTitle(painter, content);
            break;
        case Slide::Kind::Area:
            paintArea(painter, content, slide);
            break;
        case Slide::Kind::Criterion:
            if (const Criterion* criterion = m_session.rubric().criterion(slide.criterionId);
                criterion && index == m_levelsInFull) {
                paintLevelsInFull(painter, content, *criterion, entry);
            } else {
                paintCriterion(painter, content, slide, entry);
            }
            break;
        case Slide::Kind::Profile:
            paintProfile(painter, content);
            break;
        case Slide::Kind::Gaps:
            paintGaps(painter, content);
            break;
        }
        paintFooter(painter, rect.adjusted(margin, 0, -margin, -margin / 2), index);
    }
    painter.restore();
}

void SlidePainter::paintTitle(QPainter& painter, const QRect& rect) const {
    const Plan& plan = m_session.assessment().plan();
    const int height = rect.height();
    int y = rect.top() + height / 10;
    painter.setPen(kAccent);
    y += drawFitted(painter, QRect(rect.left(), y, rect.width(), height * 2 / 5), plan.title, height / 10,
                    true);
    y += height / 20;
    painter.setPen(kText);
    const QStringList where{plan.country, plan.period};
    y += drawFitted(painter, QRect(rect.left(), y, rect.width(), height / 6),
                    where.filter(QRegularExpression(QStringLiteral("\\S"))).join(QStringLiteral(" · ")),
                    height / 18);
    y += height / 30;
    y += drawFitted(painter, QRect(rect.left(), y, rect.width(), height / 10),
                    QLocale().toString(QDate::currentDate(), QLocale::LongFormat), height / 22);
    if (!m_participants.isEmpty()) {
        y += drawFitted(painter, QRect(rect.left(), y, rect.width(), height / 6),
                        tr("Participants: %1").arg(m_participants), height / 22);
    }
    painter.setPen(kMuted);
    const QString keys =
        tr("→ or Page Down: next · ← or Page Up: back · 0–4: the room's level · V: count votes · "
           "B: blank screen · Esc: leave");
    const int keysHeight = QFontMetrics(font(m_minimum)).lineSpacing() * 2;
    drawFitted(painter, QRect(rect.left(), rect.bottom() - keysHeight, rect.width(), keysHeight), keys,
               m_minimum);
}

void SlidePainter::paintArea(QPainter& painter, const QRect& rect, const Slide& slide) const {
    const Rubric& rubric = m_session.rubric();
    const Area* area = rubric.area(slide.areaId);
    if (!area) {
        return;
    }
    const int height = rect.height();
    int y = rect.top() + height / 8;
    painter.setPen(kMuted);
    const qsizetype position = rubric.areaIndex(area->id) + 1;
    y += drawFitted(painter, QRect(rect.left(), y, rect.width(), height / 8),
                    tr("Area %1 of %2").arg(position).arg(rubric.areas().size()), height / 24);
    painter.setPen(kAccent);
    y += drawFitted(painter, QRect(rect.left(), y, rect.width(), height / 3), area->title.text(), height / 9,
                    true);
    y += height / 24;
    painter.setPen(kText);
    y += drawFitted(painter, QRect(rect.left(), y, rect.width(), height / 3), area->description.text(),
                    height / 22);
    y += height / 24;
    const qsizetype count = rubric.criteriaOfArea(area->id).size();
    QString status = tr("Recommendations: %1").arg(count);
    for (const AreaScore& score : m_session.report().areas) {
        if (score.areaId == area->id && score.score) {
            status += QStringLiteral(" · ") +
                      tr("score so far %1").arg(ScoreReportFormat::formatScore(score.score, QLocale()));
        }
    }
    y += drawFitted(painter, QRect(rect.left(), y, rect.width(), rect.bottom() - y), status, height / 22);
    y += m_minimum / 2;
    QStringList titles;
    for (const Criterion* criterion : rubric.criteriaOfArea(area->id)) {
        titles << QStringLiteral("• ") + criterion->title.text();
    }
    painter.setPen(kMuted);
    drawFitted(painter, QRect(rect.left(), y, rect.width(), rect.bottom() - y),
               titles.join(QLatin1Char('\n')), height / 26);
}

void SlidePainter::paintCriterion(QPainter& painter, const QRect& rect, const Slide& slide,
                                  const VoteEntry* entry) const {
    const Criterion* criterion = m_session.rubric().criterion(slide.criterionId);
    if (!criterion) {
        return;
    }
    const int height = rect.height();
    const Area* area = m_session.rubric().area(criterion->areaId);
    painter.setPen(kMuted);
    int y = rect.top();
    y += drawFitted(painter, QRect(rect.left(), y, rect.width(), m_minimum * 2),
                    area ? area->title.text() : QString(), m_minimum);
    painter.setPen(kAccent);
    y += drawFitted(painter, QRect(rect.left(), y, rect.width(), height / 5), criterionHeading(*criterion),
                    height / 14, true);
    y += height / 40;

    // Left: what the handbook asks and how to look for it. Right: the five levels, where the room decides.
    const int gutter = rect.width() / 30;
    const int leftWidth = rect.width() * 52 / 100;
    const int statusHeight = statusLineHeight();
    const QRect left(rect.left(), y, leftWidth, rect.bottom() - y - statusHeight);
    const QRect right(rect.left() + leftWidth + gutter, y, rect.width() - leftWidth - gutter,
                      rect.bottom() - y - statusHeight);
    painter.setPen(kText);
    int leftY = left.top();
    leftY += drawFitted(painter, QRect(left.left(), leftY, left.width(), left.height() / 2),
                        criterion->recommendation.text(), height / 22);
    leftY += m_minimum;
    QStringList questions;
    for (const LocalizedText& question : criterion->questions) {
        questions << QStringLiteral("• ") + question.text();
    }
    if (!questions.isEmpty()) {
        painter.setPen(kMuted);
        leftY += drawFitted(painter, QRect(left.left(), leftY, left.width(), m_minimum * 2),
                            tr("Guiding questions"), m_minimum, true);
        painter.setPen(kText);
        drawFitted(painter, QRect(left.left(), leftY, left.width(), left.bottom() - leftY),
                   questions.join(QLatin1Char('\n')), height / 26);
    }
    paintLevels(painter, right, criterion->id);

    paintStatus(painter, rect, *criterion, entry);
}

void SlidePainter::paintStatus(QPainter& painter, const QRect& content, const Criterion& criterion,
                               const VoteEntry* entry) const {
    const int statusHeight = statusLineHeight();
    const QRect status(content.left(), content.bottom() - statusHeight + m_minimum / 2, content.width(),
                       statusHeight - m_minimum / 2);
    if (entry) {
        paintVoteEntry(painter, status, *entry);
        return;
    }
    const Rating& rating = m_session.assessment().rating(criterion.id);
    QString text;
    if (rating.notApplicable) {
        text = tr("Not applicable");
    } else if (rating.level) {
        const ScaleLevel* level = m_session.rubric().scale().level(*rating.level);
        text =
            tr("The room's level: %1 — %2").arg(*rating.level).arg(level ? level->label.text() : QString());
    } else {
        text = tr("Not yet rated: press 0–4 for the room's level");
    }
    const VoteSummary votes = VoteSummary::of(rating.votes);
    if (votes.total > 0) {
        text += QStringLiteral("   ·   ") + tr("votes: %1, spread %2–%3, median %4")
                                                .arg(votes.total)
                                                .arg(*votes.minimum)
                                                .arg(*votes.maximum)
                                                .arg(*votes.median);
    }
    painter.setPen(votes.spread() >= 2 ? kWarning : kText);
    if (votes.spread() >= 2) {
        text += QStringLiteral("   ·   ") + tr("wide spread: discuss");
    }
    drawFitted(painter, status, text, content.height() / 26, true);
}

void SlidePainter::paintLevels(QPainter& painter, const QRect& rect, const QString& criterionId) const {
    const Criterion* criterion = m_session.rubric().criterion(criterionId);
    const RatingScale& scale = m_session.rubric().scale();
    const Rating& rating = m_session.assessment().rating(criterionId);
    const VoteSummary votes = VoteSummary::of(rating.votes);
    const qsizetype count = scale.levels().size();
    if (count == 0) {
        return;
    }
    const int gap = rect.height() / 60;
    const int rowHeight = (rect.height() - gap * static_cast<int>(count - 1)) / static_cast<int>(count);
    for (qsizetype i = 0; i < count; ++i) {
        const ScaleLevel& level = scale.levels()[i];
        const QRect row(rect.left(), rect.top() + static_cast<int>(i) * (rowHeight + gap), rect.width(),
                        rowHeight);
        const bool chosen = rating.isRated() && *rating.level == level.value;
        painter.setPen(QPen(chosen ? kAccent : kMuted, std::max(2, rowHeight / 30)));
        painter.setBrush(chosen ? kAccent : kBackground);
        painter.drawRoundedRect(row, rowHeight / 8, rowHeight / 8);
        const QColor ink = chosen ? kBackground : kText;
        const QRect number(row.left(), row.top(), rowHeight, rowHeight);
        painter.setPen(ink);
        painter.setFont(font(rowHeight * 6 / 10, true));
        painter.drawText(number, Qt::AlignCenter, QString::number(level.value));

        const int voteCount = rating.votes.value(level.value);
        const int voteWidth = votes.total > 0 ? rowHeight * 3 / 2 : 0;
        const QRect text =
            row.adjusted(rowHeight, rowHeight / 12, -voteWidth - rowHeight / 6, -rowHeight / 12);
        const QString descriptor =
            criterion ? criterion->levelMeaning(level).text() : level.definition.text();
        const int labelHeight =
            drawFitted(painter, QRect(text.left(), text.top(), text.width(), text.height() / 2),
                       level.label.text(), rowHeight * 4 / 10, true);
        drawFitted(painter,
                   QRect(text.left(), text.top() + labelHeight, text.width(), text.height() - labelHeight),
                   descriptor, m_minimum);
        if (votes.total > 0) {
            // The tally as a bar and a number, so the spread reads at a glance.
            const QRect cell(row.right() - voteWidth, row.top() + rowHeight / 6, voteWidth - rowHeight / 6,
                             rowHeight * 2 / 3);
            const int barWidth = votes.mostVotes > 0 ? cell.width() * voteCount / votes.mostVotes : 0;
            painter.fillRect(QRect(cell.left(), cell.bottom() - rowHeight / 8, barWidth, rowHeight / 8),
                             chosen ? kBackground : kAccent);
            painter.setPen(ink);
            painter.setFont(font(rowHeight * 4 / 10, true));
            painter.drawText(cell.adjusted(0, 0, 0, -rowHeight / 8), Qt::AlignRight | Qt::AlignVCenter,
                             QString::number(voteCount));
        }
    }
}

void SlidePainter::paintLevelsInFull(QPainter& painter, const QRect& rect, const Criterion& criterion,
                                     const VoteEntry* entry) const {
    const int height = rect.height();
    painter.setPen(kAccent);
    int y = rect.top() + drawFitted(painter, QRect(rect.left(), rect.top(), rect.width(), height / 7),
                                    criterionHeading(criterion), height / 16, true);
    y += m_minimum / 2;
    const QRect table(rect.left(), y, rect.width(), rect.bottom() - y - statusLineHeight());

    const RatingScale& scale = m_session.rubric().scale();
    const Rating& rating = m_session.assessment().rating(criterion.id);
    const VoteSummary votes = VoteSummary::of(rating.votes);
    // Each level as one paragraph, its label in bold leading into its definition: the room reads
    // the whole definition, which the side-by-side slide can only begin.
    std::vector<std::unique_ptr<QTextLayout>> layouts;
    QList<QTextLayout::FormatRange> bold(1);
    bold[0].format.setFontWeight(QFont::Bold);
    for (const ScaleLevel& level : scale.levels()) {
        auto layout = std::make_unique<QTextLayout>(level.label.text() + QStringLiteral(" — ") +
                                                    criterion.levelMeaning(level).text());
        bold[0].start = 0;
        bold[0].length = static_cast<int>(level.label.text().size());
        layout->setFormats(bold);
        QTextOption option;
        option.setWrapMode(QTextOption::WordWrap);
        layout->setTextOption(option);
        layouts.push_back(std::move(layout));
    }
    const int count = static_cast<int>(layouts.size());
    const int gap = m_minimum / 4;
    const auto layOut = [&](int size, int textWidth, QList<int>* heights) {
        const QFont regular = font(size);
        int total = gap * std::max(0, count - 1);
        heights->clear();
        for (const auto& layout : layouts) {
            layout->setFont(regular);
            layout->beginLayout();
            qreal textHeight = 0;
            for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
                line.setLineWidth(textWidth);
                line.setPosition(QPointF(0, textHeight));
                textHeight += line.height();
            }
            layout->endLayout();
            const int rowHeight = qCeil(textHeight) + size * 2 / 3;
            *heights << rowHeight;
            total += rowHeight;
        }
        return total;
    };
    // The largest type from a recommendation's size down to the minimum at which all levels fit.
    QList<int> heights;
    int size = std::max(height / 22, m_minimum);
    int numberWidth = 0;
    int voteWidth = 0;
    for (;; size = std::max(m_minimum, size * 9 / 10)) {
        numberWidth = size * 2;
        voteWidth = votes.total > 0 ? size * 4 : 0;
        const int textWidth = table.width() - numberWidth - voteWidth - size / 2;
        if (layOut(size, textWidth, &heights) <= table.height() || size == m_minimum) {
            break;
        }
    }
    painter.save();
    // At the minimum size a very long rubric text may not fit: never over the status line. The clip
    // leaves room for the rows' outlines, half of whose pen lies outside them.
    const int pen = std::max(2, size / 12);
    painter.setClipRect(table.adjusted(-pen, -pen, pen, pen));
    int rowTop = table.top();
    for (int i = 0; i < count; ++i) {
        const ScaleLevel& level = scale.levels()[i];
        const QRect row(table.left(), rowTop, table.width(), heights[i]);
        const bool chosen = rating.isRated() && *rating.level == level.value;
        painter.setPen(QPen(chosen ? kAccent : kMuted, pen));
        painter.setBrush(chosen ? kAccent : kBackground);
        painter.drawRoundedRect(row, size / 3, size / 3);
        const QColor ink = chosen ? kBackground : kText;
        painter.setPen(ink);
        painter.setFont(font(size * 3 / 2, true));
        painter.drawText(QRect(row.left(), row.top(), numberWidth, row.height()), Qt::AlignCenter,
                         QString::number(level.value));
        layouts[i]->draw(&painter, QPointF(row.left() + numberWidth, row.top() + size / 3));
        if (votes.total > 0) {
            const QRect cell(row.right() - voteWidth, row.top(), voteWidth - size / 2, row.height());
            painter.setFont(font(size * 3 / 2, true));
            painter.drawText(cell, Qt::AlignRight | Qt::AlignVCenter,
                             QString::number(rating.votes.value(level.value)));
        }
        rowTop += heights[i] + gap;
    }
    painter.restore();

    paintStatus(painter, rect, criterion, entry);
}

void SlidePainter::paintVoteEntry(QPainter& painter, const QRect& rect, const VoteEntry& entry) const {
    painter.setPen(QPen(kAccent, 2));
    painter.setBrush(kBackground);
    painter.drawRect(rect);
    const int maxLevel = m_session.rubric().scale().maxLevel();
    QFont normal = font(rect.height() * 6 / 10);
    QFont bold = font(rect.height() * 6 / 10, true);
    painter.setFont(bold);
    const QString lead = tr("Votes per level");
    int x = rect.left() + m_minimum / 2;
    painter.setPen(kText);
    painter.drawText(QRect(x, rect.top(), rect.width(), rect.height()), Qt::AlignVCenter | Qt::AlignLeft,
                     lead);
    x += QFontMetrics(bold).horizontalAdvance(lead) + m_minimum;
    for (int level = 0; level <= maxLevel; ++level) {
        const QString label = tr("%1:").arg(level);
        painter.setFont(normal);
        painter.setPen(kText);
        painter.drawText(QRect(x, rect.top(), rect.width(), rect.height()), Qt::AlignVCenter | Qt::AlignLeft,
                         label);
        x += QFontMetrics(normal).horizontalAdvance(label) + m_minimum / 3;
        const QString value = entry.counts.value(level);
        const int fieldWidth = QFontMetrics(bold).horizontalAdvance(QStringLiteral("000"));
        const QRect field(x, rect.top() + rect.height() / 8, fieldWidth, rect.height() * 3 / 4);
        const bool current = level == entry.currentLevel;
        painter.setPen(QPen(current ? kAccent : kMuted, current ? 3 : 1));
        painter.setBrush(kBackground);
        painter.drawRect(field);
        painter.setFont(bold);
        painter.setPen(kText);
        painter.drawText(field, Qt::AlignCenter, value);
        x += fieldWidth + m_minimum;
    }
    painter.setPen(kMuted);
    drawFitted(painter, QRect(x, rect.top(), rect.right() - x, rect.height()),
               tr("Tab: next level · Enter: save · Esc: cancel"), m_minimum);
}

void SlidePainter::paintProfile(QPainter& painter, const QRect& rect) const {
    const Rubric& rubric = m_session.rubric();
    const ScoreReport& report = m_session.report();
    painter.setPen(kAccent);
    const int titleHeight = drawFitted(painter, rect, tr("Area profile"), rect.height() / 12, true);
    painter.setPen(kMuted);
    const QString coverage = tr("%1% of the criteria rated · scores 0–100, the outer ring is 100")
                                 .arg(ScoreReportFormat::formatScore(report.coverage, QLocale()));
    const int coverageHeight =
        drawFitted(painter, QRect(rect.left(), rect.top() + titleHeight, rect.width(), m_minimum * 3),
                   coverage, m_minimum);
    const QRect chart = rect.adjusted(0, titleHeight + coverageHeight + m_minimum, 0, 0);
    const qsizetype axes = report.areas.size();
    if (axes < 3) {
        return;
    }
    const QFont labelFont = font(m_minimum);
    const QFontMetrics metrics(labelFont);
    const QPointF centre = chart.center();
    const double radius = std::min(chart.height() / 2.0 - metrics.lineSpacing(),
                                   chart.width() / 2.0 - metrics.horizontalAdvance(QStringLiteral("M")) * 12);
    const auto point = [&](qsizetype axis, double fraction) {
        const double angle = -M_PI / 2 + 2 * M_PI * double(axis) / double(axes);
        return QPointF(centre.x() + std::cos(angle) * radius * fraction,
                       centre.y() + std::sin(angle) * radius * fraction);
    };
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(kMuted, 1));
    for (const double ring : {0.25, 0.5, 0.75, 1.0}) {
        QPolygonF polygon;
        for (qsizetype i = 0; i < axes; ++i) {
            polygon << point(i, ring);
        }
        painter.drawPolygon(polygon);
    }
    QPolygonF profile;
    painter.setFont(labelFont);
    for (qsizetype i = 0; i < axes; ++i) {
        const AreaScore& score = report.areas[i];
        painter.setPen(QPen(kMuted, 1));
        painter.drawLine(centre, point(i, 1.0));
        profile << point(i, score.score.value_or(0) / 100.0);
        const Area* area = rubric.area(score.areaId);
        const QString label =
            ReportSvgCharts::shortTitle(area ? area->title.text() : score.areaId, 22) + QStringLiteral(" ") +
            (score.score ? ScoreReportFormat::formatScore(score.score, QLocale()) : QStringLiteral("—"));
        const QPointF at = point(i, 1.0);
        const int width = metrics.horizontalAdvance(label);
        QRectF box(0, 0, width, metrics.height());
        const double dx = at.x() - centre.x();
        box.moveCenter(at);
        if (dx > radius * 0.1) {
            box.moveLeft(at.x() + m_minimum / 2.0);
        } else if (dx < -radius * 0.1) {
            box.moveRight(at.x() - m_minimum / 2.0);
        } else {
            box.moveBottom(at.y() < centre.y() ? at.y() - 2 : at.y() + metrics.height() + 2);
        }
        painter.setPen(kText);
        painter.drawText(box, Qt::AlignCenter, label);
    }
    QColor fill = kAccent;
    fill.setAlpha(70);
    painter.setBrush(fill);
    painter.setPen(QPen(kAccent, std::max(3, rect.height() / 200)));
    painter.drawPolygon(profile);
}

void SlidePainter::paintGaps(QPainter& painter, const QRect& rect) const {
    const ScoreReport& report = m_session.report();
    painter.setPen(kAccent);
    int y = rect.top();
    y += drawFitted(painter, rect, tr("Top gaps"), rect.height() / 12, true);
    y += m_minimum;
    painter.setPen(kText);
    if (report.gaps.isEmpty()) {
        drawFitted(painter, QRect(rect.left(), y, rect.width(), rect.bottom() - y),
                   tr("No criterion is below its target."), rect.height() / 20);
        return;
    }
    const int shown = std::min<int>(6, static_cast<int>(report.gaps.size()));
    const int rowHeight = (rect.bottom() - y) / shown;
    for (int i = 0; i < shown; ++i) {
        const Gap& gap = report.gaps[i];
        const Criterion* criterion = m_session.rubric().criterion(gap.criterionId);
        const QRect row(rect.left(), y + i * rowHeight, rect.width(), rowHeight);
        const int numberWidth = rowHeight;
        painter.setPen(kAccent);
        painter.setFont(font(rowHeight / 2, true));
        painter.drawText(QRect(row.left(), row.top(), numberWidth, rowHeight), Qt::AlignLeft | Qt::AlignTop,
                         QString::number(i + 1));
        painter.setPen(kText);
        const QRect textRect = row.adjusted(numberWidth, 0, 0, -rowHeight / 10);
        const int used = drawFitted(
            painter, QRect(textRect.left(), textRect.top(), textRect.width(), textRect.height() / 2),
            criterion ? criterionHeading(*criterion) : gap.criterionId, rowHeight * 3 / 10, true);
        painter.setPen(kMuted);
        drawFitted(painter,
                   QRect(textRect.left(), textRect.top() + used, textRect.width(), textRect.height() - used),
                   tr("level %1, target %2: a gap of %3").arg(gap.level).arg(gap.target).arg(gap.gap),
                   rowHeight / 4);
    }
}

void SlidePainter::paintFooter(QPainter& painter, const QRect& rect, qsizetype index) const {
    painter.setPen(kMuted);
    painter.setFont(font(m_minimum));
    painter.drawText(rect, Qt::AlignRight | Qt::AlignBottom, tr("%1 / %2").arg(index + 1).arg(m_deck.size()));
}

QString SlidePainter::notes(qsizetype index) const {
    if (index < 0 || index >= m_deck.size()) {
        return QString();
    }
    const Slide& slide = m_deck.at(index);
    QStringList parts;
    if (slide.kind == Slide::Kind::Criterion) {
        const Criterion* criterion = m_session.rubric().criterion(slide.criterionId);
        const Rating& rating = m_session.assessment().rating(slide.criterionId);
        if (criterion && !criterion->guidance.text().isEmpty()) {
            parts << tr("What to look for: %1").arg(criterion->guidance.text());
        }
        if (!rating.note.isEmpty()) {
            parts << tr("Note: %1").arg(rating.note);
        }
        if (!rating.privateNote.isEmpty()) {
            parts << tr("Private note (not shown to the room): %1").arg(rating.privateNote);
        }
        parts << tr("Citations recorded: %1").arg(rating.citations.size());
        const VoteSummary votes = VoteSummary::of(rating.votes);
        if (votes.total > 0) {
            parts << tr("Votes: %1; spread %2–%3; median %4")
                         .arg(votes.total)
                         .arg(*votes.minimum)
                         .arg(*votes.maximum)
                         .arg(*votes.median);
        }
    } else if (slide.kind == Slide::Kind::Area) {
        const Area* area = m_session.rubric().area(slide.areaId);
        parts << (area ? area->description.text() : QString());
    } else if (slide.kind == Slide::Kind::Title) {
        parts << tr(
            "Keys: → / Page Down / Space next · ← / Page Up back · L the levels in full · 0–4 the room's "
            "level · V count votes · B blank · Ctrl+Z undo · Esc leave");
    } else if (slide.kind == Slide::Kind::Gaps) {
        parts << tr("Gaps in all: %1").arg(m_session.report().gaps.size());
    }
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace coherence
