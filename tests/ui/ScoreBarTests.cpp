#include "ScoreBar.h"

#include <QImage>
#include <QPalette>
#include <QProgressBar>

#include <catch2/catch.hpp>

using coherence::ScoreBar;

namespace {

/// A bar of the score panel's kind: a score of 0 to 100 in tenths, with the score as its text.
void setUp(QProgressBar& bar, int value, const QString& text) {
    bar.setRange(0, 1000);
    bar.setValue(value);
    bar.setFormat(text);
    bar.resize(200, 24);
}

QImage rendered(QWidget& widget) {
    return widget.grab().toImage().convertToFormat(QImage::Format_RGB32);
}

} // namespace

TEST_CASE("A score bar fills the value's share of its inside", "[ui]") {
    CHECK(ScoreBar::filledWidth(0, 1000, 0, 198) == 0);
    CHECK(ScoreBar::filledWidth(0, 1000, 350, 198) == 69); // 69.3
    CHECK(ScoreBar::filledWidth(0, 1000, 500, 198) == 99);
    CHECK(ScoreBar::filledWidth(0, 1000, 1000, 198) == 198);
    // reset() leaves the value below the minimum: nothing filled, not a negative width.
    CHECK(ScoreBar::filledWidth(0, 1000, -1, 198) == 0);
    CHECK(ScoreBar::filledWidth(10, 20, 15, 100) == 50);
    // An empty range (QProgressBar's "busy" bar) or no room fills nothing.
    CHECK(ScoreBar::filledWidth(0, 0, 0, 198) == 0);
    CHECK(ScoreBar::filledWidth(0, 1000, 500, 0) == 0);
}

TEST_CASE("A score bar draws its groove, its filled part and its score in the palette's colours", "[ui]") {
    ScoreBar bar;
    setUp(bar, 250, QStringLiteral("25.0"));
    // Tells what a QProgressBar tells: the accessible value and text come from the same state.
    CHECK(bar.text() == QStringLiteral("25.0"));
    CHECK(bar.value() == 250);
    CHECK(bar.sizeHint() == QProgressBar().sizeHint());

    const QImage image = rendered(bar);
    const QPalette& palette = bar.palette();
    const auto colour = [&](QPalette::ColorRole role) {
        return palette.color(QPalette::Inactive, role).rgb();
    };
    const int middle = image.height() / 2;
    const int filledEnd = 1 + ScoreBar::filledWidth(0, 1000, 250, bar.width() - 2); // 1 + 50
    CHECK(image.pixel(5, middle) == colour(QPalette::Highlight));
    CHECK(image.pixel(filledEnd - 1, 3) == colour(QPalette::Highlight));
    CHECK(image.pixel(filledEnd, 3) == colour(QPalette::Base));
    CHECK(image.pixel(bar.width() - 5, middle) == colour(QPalette::Base));
    CHECK(image.pixel(0, middle) == colour(QPalette::Mid));
    CHECK(image.pixel(bar.width() - 1, middle) == colour(QPalette::Mid));
    CHECK(image.pixel(bar.width() / 2, 0) == colour(QPalette::Mid));

    // The score is drawn in the middle of the unfilled part: some of its pixels differ from the base.
    int inked = 0;
    for (int x = 60; x < 140; ++x) {
        for (int y = 2; y < image.height() - 2; ++y) {
            inked += image.pixel(x, y) != colour(QPalette::Base) ? 1 : 0;
        }
    }
    CHECK(inked > 20);
    bar.setFormat(QString());
    const QImage withoutText = rendered(bar);
    int inkedWithout = 0;
    for (int x = 60; x < 140; ++x) {
        for (int y = 2; y < withoutText.height() - 2; ++y) {
            inkedWithout += withoutText.pixel(x, y) != colour(QPalette::Base) ? 1 : 0;
        }
    }
    CHECK(inkedWithout == 0);
}

TEST_CASE("A score bar fills from the right in a right-to-left layout, and nothing after reset()", "[ui]") {
    ScoreBar bar;
    setUp(bar, 250, QString());
    bar.setLayoutDirection(Qt::RightToLeft);
    const QPalette& palette = bar.palette();
    const QRgb highlight = palette.color(QPalette::Inactive, QPalette::Highlight).rgb();
    const QRgb base = palette.color(QPalette::Inactive, QPalette::Base).rgb();
    QImage image = rendered(bar);
    CHECK(image.pixel(bar.width() - 5, 12) == highlight);
    CHECK(image.pixel(5, 12) == base);

    bar.reset();
    image = rendered(bar);
    CHECK(image.pixel(bar.width() - 5, 12) == base);
    CHECK(image.pixel(5, 12) == base);
}

TEST_CASE("A vertical score bar is drawn by the style, as a QProgressBar", "[ui]") {
    ScoreBar bar;
    QProgressBar reference;
    for (QProgressBar* each : {static_cast<QProgressBar*>(&bar), &reference}) {
        setUp(*each, 600, QStringLiteral("60.0"));
        each->setOrientation(Qt::Vertical);
        each->resize(24, 200);
    }
    CHECK(rendered(bar) == rendered(reference));
}
