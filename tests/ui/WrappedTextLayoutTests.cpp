#include "WrappedTextLayout.h"
#include "support/TestData.h"

#include <QApplication>
#include <QFontMetrics>
#include <QImage>
#include <QPainter>

#include <catch2/catch.hpp>

#include <functional>

using coherence::WrappedTextLayout;

namespace {

QImage drawn(const std::function<void(QPainter&)>& draw, QSize size = QSize(420, 220)) {
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setPen(Qt::black);
    draw(painter);
    return image;
}

/// Every text of the built-in rubric in every language it has, and texts that try the line breaking
/// rule's corners: spaces that open, double or close a paragraph, empty paragraphs, spaces that do not
/// break, punctuation after a space, hyphens and slashes, a word longer than any line, numbers with
/// separators, accents and typographic marks, glyphs whose ink overhangs their advance.
QStringList textsToWrap() {
    QStringList texts;
    const auto add = [&](const coherence::LocalizedText& text) {
        for (const auto& [language, translation] : text.entries()) {
            texts << translation;
        }
    };
    for (const coherence::Criterion& criterion : coherence::test::gmgRubric()->criteria()) {
        add(criterion.title);
        add(criterion.recommendation);
        add(criterion.guidance);
        for (const coherence::LocalizedText& question : criterion.questions) {
            add(question);
        }
        for (const coherence::LocalizedText& level : criterion.levelDescriptors) {
            add(level);
        }
    }
    for (const coherence::ScaleLevel& level : coherence::test::gmgRubric()->scale().levels()) {
        add(level.definition);
    }
    texts << QStringLiteral("  leading spaces and  double  spaces   and trailing   ")
          << QStringLiteral("a\n\nb\n") << QStringLiteral("\nafter a newline")
          << QStringLiteral("word ! and ( paren ) and « guillemets » ; semi : colon")
          << QStringLiteral("non\u00a0breaking\u00a0spaces\u00a0between\u00a0these\u00a0words, then others")
          << QStringLiteral("migration-disaggregated well-known co-operation/coordination e.g. i.e. etc.")
          << QStringLiteral("https://example.org/a/very/long/path/that/never/ends?query=1&b=2 next")
          << QStringLiteral("Ünïcödé àccents çà et là — dashes – and… ellipsis “quotes” ‘single’")
          << QStringLiteral("f f wolf half staff riff cliff fjord affix off. off, off; off:")
          << QStringLiteral("12,345.67 89% $100 €200 (1990) [2018] 10.7.1, 10.c 8.8") << QStringLiteral(" ")
          << QStringLiteral("x");
    return texts;
}

} // namespace

TEST_CASE("A wrapped text layout measures and draws as QPainter::drawText does", "[ui]") {
    const QString text = GENERATE(
        QStringLiteral("As level 3, plus migration-disaggregated indicators in the monitoring and evaluation "
                       "framework, a reporting or review mechanism, and participation of stakeholders."),
        QStringLiteral("Not addressed"),
        QStringLiteral("Two lines\nof text, the second one long enough to wrap at the narrower widths"),
        QStringLiteral("https://www.iom.int/mainstreaming-migration-into-development-planning-handbook"),
        QString());
    QFont font = QApplication::font();
    const bool bold = GENERATE(false, true);
    font.setBold(bold);
    if (bold) {
        font.setPointSizeF(font.pointSizeF() * 1.4);
    }
    WrappedTextLayout layout;
    layout.setText(text, font);
    // Each width twice: the second time is answered from the layout kept.
    for (const int width : {90, 90, 173, 260, 173, 400}) {
        INFO("width " << width << (bold ? ", bold" : ""));
        const QRect rect(7, 11, width, 200);
        CHECK(layout.height(width) ==
              QFontMetrics(font).boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, text).height());
        const QImage expected = drawn([&](QPainter& painter) {
            painter.setFont(font);
            painter.drawText(rect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
        });
        CHECK(drawn([&](QPainter& painter) { layout.draw(painter, rect); }) == expected);
    }
}

TEST_CASE("A wrapped text layout follows a new text and a new font", "[ui]") {
    WrappedTextLayout layout;
    QFont font = QApplication::font();
    layout.setText(QStringLiteral("Short"), font);
    const int oneLine = layout.height(300);
    layout.setText(QStringLiteral("A text long enough to take more than one line at this width, surely"),
                   font);
    CHECK(layout.height(300) > oneLine);
    font.setPointSizeF(font.pointSizeF() * 2);
    const int before = layout.height(300);
    layout.setText(layout.text(), font);
    CHECK(layout.height(300) > before);
}

TEST_CASE("A wrapped text layout wraps every rubric text as QPainter::drawText does, at every width",
          "[ui]") {
    // The text is shaped once and the lines for each width are found by the layout's own rule
    // (WrappedTextLayout.h): heights at widths a pixel or a few apart, and every ninth drawn.
    const QStringList texts = textsToWrap();
    REQUIRE(texts.size() > 300);
    QFont font = QApplication::font();
    font.setBold(GENERATE(false, true));
    int checked = 0;
    for (qsizetype index = 0; index < texts.size(); ++index) {
        const QString& text = texts[index];
        INFO((font.bold() ? "bold: " : "") << text.toStdString());
        WrappedTextLayout layout;
        layout.setText(text, font);
        for (int width = 20 + static_cast<int>(index % 5); width <= 520;
             width += 13 + static_cast<int>(index % 11)) {
            INFO("width " << width);
            const int height =
                QFontMetrics(font).boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, text).height();
            REQUIRE(layout.height(width) == height);
            if (++checked % 9 == 0) {
                const QRect rect(5, 3, width, height + 4);
                const QSize size(width + 40, height + 10);
                const QImage expected = drawn(
                    [&](QPainter& painter) {
                        painter.setFont(font);
                        painter.drawText(rect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
                    },
                    size);
                REQUIRE(drawn([&](QPainter& painter) { layout.draw(painter, rect); }, size) == expected);
            }
        }
    }
}

TEST_CASE("A wrapped text layout outside its own rule is laid out by QTextLayout, as drawText does", "[ui]") {
    // Right-to-left and mixed text, a soft hyphen, combining marks and a character outside the
    // basic plane: each laid out again at each width, still line for line and pixel for pixel.
    const QString text =
        GENERATE(QStringLiteral("الهجرة والتنمية في خطط التنمية الوطنية"),
                 QStringLiteral("Mixed עברית and English words in one paragraph"),
                 QStringLiteral("A soft\u00adhyphen in a line long enough to wrap"),
                 QStringLiteral("Combining e\u0301 marks and 𝑚𝑎𝑡ℎ letters outside the plane"));
    const QFont font = QApplication::font();
    WrappedTextLayout layout;
    layout.setText(text, font);
    for (const int width : {60, 140, 260, 400}) {
        INFO("width " << width << ": " << text.toStdString());
        CHECK(layout.height(width) ==
              QFontMetrics(font).boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, text).height());
        const QRect rect(7, 11, width, 200);
        const QImage expected = drawn([&](QPainter& painter) {
            painter.setFont(font);
            painter.drawText(rect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
        });
        CHECK(drawn([&](QPainter& painter) { layout.draw(painter, rect); }) == expected);
    }
}
