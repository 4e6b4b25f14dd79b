#include "OneLineLabel.h"

#include <QFont>
#include <QLabel>
#include <QLineEdit>

#include <catch2/catch.hpp>

#include <functional>

using coherence::OneLineLabel;

namespace {

struct Setup {
    const char* name;
    std::function<void(QLabel&)> apply;
};

/// The one-line label and a QLabel, both set up by @p setup: their size hints must be the same.
void requireSameHints(const Setup& setup) {
    OneLineLabel label;
    QLabel reference;
    setup.apply(label);
    setup.apply(reference);
    INFO(setup.name << ": \"" << label.text().toStdString() << '"');
    REQUIRE(label.sizeHint() == reference.sizeHint());
    REQUIRE(label.minimumSizeHint() == reference.minimumSizeHint());
}

} // namespace

TEST_CASE("A one-line label gives the size hints a QLabel gives", "[ui]") {
    QFont bold;
    bold.setBold(true);
    QFont large;
    large.setPointSizeF(large.pointSizeF() * 2.2);
    large.setBold(true);
    const QList<Setup> setups = {
        {"heading",
         [&](QLabel& l) {
             l.setText(QStringLiteral("What to look for in the plan"));
             l.setFont(bold);
         }},
        {"empty", [](QLabel&) {}},
        {"cleared",
         [](QLabel& l) {
             l.setText(QStringLiteral("x"));
             l.clear();
         }},
        {"right-aligned number",
         [](QLabel& l) {
             l.setAlignment(Qt::AlignRight | Qt::AlignVCenter);
             l.setText(QStringLiteral("40.8"));
         }},
        {"centred",
         [](QLabel& l) {
             l.setAlignment(Qt::AlignCenter);
             l.setText(QStringLiteral("4/4"));
         }},
        {"large",
         [&](QLabel& l) {
             l.setFont(large);
             l.setText(QStringLiteral("43.8"));
         }},
        {"status message",
         [](QLabel& l) {
             l.setText(QStringLiteral("Opened your copy of examplia-ndp-2026-2030.json "
                                      "(/home/user/.local/share/Coherence/imported/examplia.coherence)"));
         }},
        {"right to left", [](QLabel& l) { l.setText(QStringLiteral("تقييم الخطة الوطنية")); }},
        {"contents margins",
         [](QLabel& l) {
             l.setContentsMargins(3, 4, 5, 6);
             l.setText(QStringLiteral("Coverage 92.3%"));
         }},
        {"minimum size",
         [](QLabel& l) {
             l.setMinimumSize(120, 40);
             l.setText(QStringLiteral("Health"));
         }},
        {"tab and newline", [](QLabel& l) { l.setText(QStringLiteral("a\tb\nsecond line")); }},
        // Where the label is a plain QLabel:
        {"word wrap",
         [](QLabel& l) {
             l.setWordWrap(true);
             l.setText(QStringLiteral("Include migration outcomes in the plan's mid-term review and final "
                                      "evaluation, and use the findings to adjust measures."));
         }},
        {"rich text", [](QLabel& l) { l.setText(QStringLiteral("<b>Bold</b> and plain")); }},
        {"margin and indent",
         [](QLabel& l) {
             l.setMargin(4);
             l.setIndent(7);
             l.setText(QStringLiteral("Sector content"));
         }},
        {"frame",
         [](QLabel& l) {
             l.setFrameShape(QFrame::Box);
             l.setText(QStringLiteral("Cross-cutting"));
         }},
        {"selectable",
         [](QLabel& l) {
             l.setTextInteractionFlags(Qt::TextSelectableByMouse);
             l.setText(QStringLiteral("Selectable"));
         }},
    };
    for (const Setup& setup : setups) {
        requireSameHints(setup);
    }
}

TEST_CASE("A one-line label measures again after each change that changes its size", "[ui]") {
    OneLineLabel label(QStringLiteral("Recommendation"));
    // A fresh QLabel set up as the label is now: a QLabel keeps its hints through a change of its
    // minimum size, the one-line label measures again.
    const auto requireSame = [&](const char* step) {
        QLabel reference(label.text());
        reference.setFont(label.font());
        reference.setAlignment(label.alignment());
        reference.setContentsMargins(label.contentsMargins());
        reference.setMinimumSize(label.minimumSize());
        reference.setWordWrap(label.wordWrap());
        INFO(step);
        REQUIRE(label.sizeHint() == reference.sizeHint());
        REQUIRE(label.minimumSizeHint() == reference.minimumSizeHint());
    };
    requireSame("first");
    label.setText(QStringLiteral("Guiding questions and references"));
    requireSame("a longer text");
    QFont bold = label.font();
    bold.setBold(true);
    label.setFont(bold);
    requireSame("bold");
    label.setAlignment(Qt::AlignRight);
    requireSame("right-aligned");
    label.setContentsMargins(2, 2, 2, 2);
    requireSame("margins");
    label.setMinimumWidth(400);
    requireSame("a minimum width");
    label.setWordWrap(true);
    requireSame("word-wrapped, as QLabel");
    label.setWordWrap(false);
    requireSame("one line again");
}

TEST_CASE("A one-line label with a buddy measures its mnemonic as QLabel does", "[ui]") {
    QLineEdit buddy;
    OneLineLabel label(QStringLiteral("&Note"));
    QLabel reference(QStringLiteral("&Note"));
    label.setBuddy(&buddy);
    reference.setBuddy(&buddy);
    REQUIRE(label.sizeHint() == reference.sizeHint());
    REQUIRE(label.minimumSizeHint() == reference.minimumSizeHint());
}
