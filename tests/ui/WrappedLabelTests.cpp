#include "WrappedLabel.h"

#include <QLabel>

#include <catch2/catch.hpp>

using coherence::WrappedLabel;

namespace {

const QString kLong = QStringLiteral(
    "Include migration outcomes in the plan's mid-term review and final evaluation, and use the "
    "findings to adjust measures; say who reports on them, and to whom.");

/// A plain word-wrapped QLabel set up like @p label: the reference for its heights.
int referenceHeight(const WrappedLabel& label, int width) {
    QLabel reference;
    reference.setWordWrap(true);
    reference.setTextFormat(label.textFormat());
    reference.setTextInteractionFlags(label.textInteractionFlags());
    reference.setFont(label.font());
    reference.setMargin(label.margin());
    reference.setIndent(label.indent());
    reference.setContentsMargins(label.contentsMargins());
    reference.setLayoutDirection(label.layoutDirection());
    reference.setText(label.text());
    return reference.heightForWidth(width);
}

int referenceHeightUnwrapped(const WrappedLabel& label, int width) {
    QLabel reference(label.text());
    reference.setTextFormat(label.textFormat());
    reference.setTextInteractionFlags(label.textInteractionFlags());
    return reference.heightForWidth(width);
}

void requireHeightsAsQLabel(const WrappedLabel& label) {
    // Twice over the same widths: the second round is answered from what the label remembers.
    for (int round = 0; round < 2; ++round) {
        for (const int width : {60, 120, 200, 333, 600}) {
            INFO("round " << round << ", width " << width);
            REQUIRE(label.heightForWidth(width) == referenceHeight(label, width));
        }
    }
}

} // namespace

TEST_CASE("A wrapped label gives the heights a QLabel gives, before and after every change", "[ui]") {
    // Plain and selectable: QLabel measures these two ways (a text document for the second).
    const bool selectable = GENERATE(false, true);
    WrappedLabel label;
    label.setTextFormat(Qt::PlainText);
    if (selectable) {
        label.setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    REQUIRE(label.wordWrap());
    label.setText(kLong);
    requireHeightsAsQLabel(label);
    const int narrow = label.heightForWidth(120);

    SECTION("a longer text") {
        label.setText(kLong + QLatin1Char(' ') + kLong);
        requireHeightsAsQLabel(label);
        CHECK(label.heightForWidth(120) > narrow);
    }
    SECTION("a shorter text") {
        label.setText(QStringLiteral("Health"));
        requireHeightsAsQLabel(label);
        CHECK(label.heightForWidth(120) < narrow);
    }
    SECTION("a larger font") {
        QFont font = label.font();
        font.setPointSizeF(font.pointSizeF() * 2);
        label.setFont(font);
        requireHeightsAsQLabel(label);
        CHECK(label.heightForWidth(120) > narrow);
    }
    SECTION("right to left") {
        label.setLayoutDirection(Qt::RightToLeft);
        label.setText(
            QStringLiteral("إدماج الهجرة في تخطيط التنمية الوطنية، ومراجعة النتائج في منتصف المدة"));
        requireHeightsAsQLabel(label);
    }
    SECTION("no wrapping, then wrapping again") {
        label.setWordWrap(false);
        CHECK(label.heightForWidth(120) == referenceHeightUnwrapped(label, 120));
        label.setWordWrap(true);
        requireHeightsAsQLabel(label);
    }
    SECTION("a margin, an indent, contents margins") {
        label.setMargin(7);
        requireHeightsAsQLabel(label);
        label.setIndent(30);
        requireHeightsAsQLabel(label);
        label.setContentsMargins(5, 9, 5, 9);
        requireHeightsAsQLabel(label);
        CHECK(label.heightForWidth(120) > narrow);
    }
}

TEST_CASE("A wrapped label stays right when asked for more widths than it remembers", "[ui]") {
    WrappedLabel label;
    label.setText(kLong);
    for (int width = 40; width < 40 + 3 * 16 * 10; width += 10) {
        REQUIRE(label.heightForWidth(width) == referenceHeight(label, width));
    }
    for (int width = 40; width < 40 + 3 * 16 * 10; width += 10) {
        REQUIRE(label.heightForWidth(width) == referenceHeight(label, width));
    }
}
