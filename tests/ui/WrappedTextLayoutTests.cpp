#include "WrappedTextLayout.h"

#include <QApplication>
#include <QFontMetrics>
#include <QImage>
#include <QPainter>

#include <catch2/catch.hpp>

#include <functional>

using coherence::WrappedTextLayout;

namespace {

QImage drawn(const std::function<void(QPainter&)>& draw) {
    QImage image(420, 220, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setPen(Qt::black);
    draw(painter);
    return image;
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
