#include "WrappedLabel.h"
#include "support/TestData.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QRegularExpression>
#include <QTest>

#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>

using coherence::WrappedLabel;

namespace {

const QString kLong = QStringLiteral(
    "Include migration outcomes in the plan's mid-term review and final evaluation, and use the "
    "findings to adjust measures; say who reports on them, and to whom.");

/// A selectable, word-wrapped QLabel set up like @p label: the reference for its heights (the page
/// looked the same before the label laid its text out itself).
std::unique_ptr<QLabel> referenceLabel(const WrappedLabel& label) {
    auto reference = std::make_unique<QLabel>();
    reference->setWordWrap(true);
    reference->setTextFormat(Qt::PlainText);
    reference->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    reference->setFont(label.font());
    reference->setText(label.text());
    return reference;
}

int referenceHeight(const WrappedLabel& label, int width) {
    QLabel reference;
    reference.setWordWrap(true);
    reference.setTextFormat(Qt::PlainText);
    reference.setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    reference.setFont(label.font());
    reference.setMargin(label.margin());
    reference.setIndent(label.indent());
    reference.setContentsMargins(label.contentsMargins());
    reference.setLayoutDirection(label.layoutDirection());
    reference.setText(label.text());
    return reference.heightForWidth(width);
}

/// The narrowest label in which QLabel's lines and the wrapped label's are the same: a QLabel lets a
/// word wider than the line run out of it, a wrapped label breaks it.
int widestWordFits(const WrappedLabel& label) {
    int widest = 0;
    for (const QString& word : label.text().split(QRegularExpression(QStringLiteral("\\s+")))) {
        widest = std::max(widest, label.fontMetrics().horizontalAdvance(word));
    }
    const QMargins margins = label.contentsMargins();
    return widest + 2 * label.margin() + std::max(label.indent(), 0) + margins.left() + margins.right() + 2;
}

void requireHeightsAsQLabel(const WrappedLabel& label) {
    // Twice over the same widths: the second round is answered from what the label remembers.
    for (int round = 0; round < 2; ++round) {
        for (const int width : {widestWordFits(label), 120, 200, 333, 600}) {
            if (width < widestWordFits(label)) {
                continue;
            }
            INFO("round " << round << ", width " << width);
            REQUIRE(label.heightForWidth(width) == referenceHeight(label, width));
        }
    }
}

/// A shown label of @p width, sized to its text, in a window of its own.
std::unique_ptr<WrappedLabel> shownLabel(const QString& text, int width = 300) {
    auto label = std::make_unique<WrappedLabel>();
    label->setSelectable(true);
    label->setText(text);
    label->resize(width, label->heightForWidth(width));
    label->show();
    REQUIRE(QTest::qWaitForWindowExposed(label.get()));
    return label;
}

/// Whether a key event for @p key would be taken by the label before the window's shortcuts.
bool overridesShortcut(WrappedLabel& label, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QKeyEvent event(QEvent::ShortcutOverride, key, modifiers);
    event.ignore();
    QApplication::sendEvent(&label, &event);
    return event.isAccepted();
}

/// Pixels of @p image for which @p matches holds.
template <typename Predicate>
int countPixels(const QImage& image, Predicate matches) {
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            count += matches(image.pixel(x, y)) ? 1 : 0;
        }
    }
    return count;
}

bool isDark(QRgb pixel) {
    return qGray(pixel) < 100;
}

bool isHighlight(QRgb pixel) {
    return pixel == qRgb(10, 200, 30);
}

} // namespace

TEST_CASE("A wrapped label gives the heights a QLabel gives, before and after every change", "[ui]") {
    const bool selectable = GENERATE(false, true);
    WrappedLabel label;
    label.setSelectable(selectable);
    REQUIRE(label.hasHeightForWidth());
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
    SECTION("paragraphs") {
        label.setText(QStringLiteral("• Will the mid-term review look at migration outcomes?\n"
                                     "• Who reports on them, and to whom?"));
        requireHeightsAsQLabel(label);
        // Two lines however wide: the newline ends a paragraph.
        CHECK(label.heightForWidth(2000) >= 2 * label.fontMetrics().height());
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
    const int narrowest = widestWordFits(label);
    for (int width = narrowest; width < narrowest + 3 * 16 * 10; width += 10) {
        REQUIRE(label.heightForWidth(width) == referenceHeight(label, width));
    }
    for (int width = narrowest; width < narrowest + 3 * 16 * 10; width += 10) {
        REQUIRE(label.heightForWidth(width) == referenceHeight(label, width));
    }
}

TEST_CASE("A wrapped label's size hints fit its text", "[ui]") {
    WrappedLabel label;
    label.setText(QStringLiteral("Health"));
    const QSize shortHint = label.sizeHint();
    CHECK(shortHint.width() >= label.fontMetrics().horizontalAdvance(QStringLiteral("Health")));
    CHECK(shortHint.width() < label.fontMetrics().averageCharWidth() * 20);
    CHECK(shortHint.height() == label.heightForWidth(shortHint.width()));

    label.setText(kLong);
    const QSize longHint = label.sizeHint();
    CHECK(longHint.width() == label.fontMetrics().averageCharWidth() * 60);
    CHECK(longHint.height() == label.heightForWidth(longHint.width()));
    CHECK(longHint.height() > shortHint.height());
    CHECK(label.minimumSizeHint().width() <= longHint.width());
    // As low as QLabel can be: a line for each paragraph.
    CHECK(label.minimumSizeHint().height() == referenceLabel(label)->minimumSizeHint().height());
    label.setText(kLong + QLatin1Char('\n') + kLong);
    CHECK(label.minimumSizeHint().height() == referenceLabel(label)->minimumSizeHint().height());

    SECTION("a word wider than the label breaks instead of running out of it") {
        label.setText(QStringLiteral("https://www.iom.int/mainstreaming-migration-development-planning"));
        const int oneLine = label.heightForWidth(2000);
        CHECK(label.heightForWidth(label.minimumSizeHint().width()) > 2 * oneLine);
    }
}

TEST_CASE("A wrapped label paints its text, and its selection in the highlight colours", "[ui]") {
    auto label = shownLabel(kLong);
    label->setStyleSheet(QString()); // the application style, as in the window
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0, 0, 0));
    palette.setColor(QPalette::Window, QColor(255, 255, 255));
    palette.setColor(QPalette::Highlight, QColor(10, 200, 30));
    label->setPalette(palette);
    label->setAutoFillBackground(true);
    label->clearFocus(); // a window shown takes the focus to its first Tab stop

    const QImage plain = label->grab().toImage().convertToFormat(QImage::Format_RGB32);
    CHECK(countPixels(plain, isDark) > 500);
    CHECK(countPixels(plain, isHighlight) == 0);

    label->select(0, 7);
    CHECK(label->selection() == QStringLiteral("Include"));
    const QImage selected = label->grab().toImage().convertToFormat(QImage::Format_RGB32);
    CHECK(countPixels(selected, isHighlight) > 50);

    // With the focus, the text cursor shows where keyboard selection starts.
    label->select(0, 0);
    label->setFocus(Qt::TabFocusReason);
    REQUIRE(QTest::qWaitFor([&] { return label->hasFocus(); }));
    const QImage focused = label->grab().toImage().convertToFormat(QImage::Format_RGB32);
    CHECK(focused != plain);
    CHECK(focused.copy(4, 0, focused.width() - 4, focused.height()) ==
          plain.copy(4, 0, plain.width() - 4, plain.height()));

    // Nothing is painted below the height the label asked for.
    const QImage bottom = plain.copy(0, plain.height() - 2, plain.width(), 2);
    CHECK(countPixels(bottom, isDark) == 0);
}

TEST_CASE("A text on one line is drawn the same whatever width it was first measured at", "[ui]") {
    // Short texts keep the layout of their size hint for every width they fit in.
    const QString text = QStringLiteral("Mainstreaming process and institutions\nHealth");
    auto measuredWide = shownLabel(text, 400);
    measuredWide->clearFocus(); // no text cursor in either
    REQUIRE(measuredWide->sizeHint().width() < 400);
    auto fresh = std::make_unique<WrappedLabel>();
    fresh->setSelectable(true);
    fresh->setText(text);
    for (const int width : {400, measuredWide->sizeHint().width() + 3}) {
        INFO("width " << width);
        for (WrappedLabel* label : {measuredWide.get(), fresh.get()}) {
            label->resize(width, label->heightForWidth(width));
        }
        CHECK(measuredWide->height() == fresh->height());
        CHECK(measuredWide->grab().toImage() == fresh->grab().toImage());
    }
    // Narrower than the text, it wraps like any other.
    measuredWide->resize(60, measuredWide->heightForWidth(60));
    CHECK(measuredWide->height() > fresh->height());
}

TEST_CASE("A selectable wrapped label selects with the mouse", "[ui]") {
    auto label = shownLabel(kLong);
    const int lineMiddle = label->fontMetrics().height() / 2;

    SECTION("a drag selects from where it began") {
        QTest::mousePress(label.get(), Qt::LeftButton, Qt::NoModifier, QPoint(0, lineMiddle));
        QTest::mouseMove(label.get(), QPoint(label->width() - 1, lineMiddle));
        QMouseEvent move(QEvent::MouseMove, QPointF(label->width() - 1, lineMiddle),
                         label->mapToGlobal(QPointF(label->width() - 1, lineMiddle)), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(label.get(), &move);
        QTest::mouseRelease(label.get(), Qt::LeftButton, Qt::NoModifier,
                            QPoint(label->width() - 1, lineMiddle));
        const QString selected = label->selection();
        CHECK(selected.size() > 20);
        CHECK(kLong.startsWith(selected));
        CHECK(selected.size() < kLong.size());
    }
    SECTION("a double click selects a word") {
        const int x = label->fontMetrics().horizontalAdvance(QStringLiteral("Include mig"));
        QTest::mouseDClick(label.get(), Qt::LeftButton, Qt::NoModifier, QPoint(x, lineMiddle));
        CHECK(label->selection() == QStringLiteral("migration"));
    }
    SECTION("a click clears the selection; shift and a click extend it") {
        label->select(0, 7);
        QTest::mouseClick(label.get(), Qt::LeftButton, Qt::NoModifier, QPoint(0, lineMiddle));
        CHECK(label->selection().isEmpty());
        const int x = label->fontMetrics().horizontalAdvance(QStringLiteral("Include migration"));
        QTest::mouseClick(label.get(), Qt::LeftButton, Qt::ShiftModifier, QPoint(x, lineMiddle));
        CHECK(label->selection() == QStringLiteral("Include migration"));
    }
    SECTION("a new text has no selection") {
        label->select(0, 7);
        label->setText(QStringLiteral("Health"));
        CHECK(label->selection().isEmpty());
        CHECK(label->cursorPosition() == 0);
    }
}

TEST_CASE("A selectable wrapped label selects and copies with the keyboard", "[ui]") {
    const QString text = QStringLiteral("• Will the mid-term review look at migration outcomes?\n"
                                        "• Who reports on them, and to whom?");
    auto label = shownLabel(text, 600);
    label->activateWindow();
    label->setFocus(Qt::TabFocusReason);
    REQUIRE(label->hasFocus());
    CHECK(label->focusPolicy() == Qt::StrongFocus);

    SECTION("shift and the arrows select characters, words and lines") {
        for (int i = 0; i < 6; ++i) {
            QTest::keyClick(label.get(), Qt::Key_Right, Qt::ShiftModifier);
        }
        CHECK(label->selection() == QStringLiteral("• Will"));
        // To the start of the next word, and of the one after.
        QTest::keyClick(label.get(), Qt::Key_Right, Qt::ShiftModifier | Qt::ControlModifier);
        CHECK(label->selection() == QStringLiteral("• Will "));
        QTest::keyClick(label.get(), Qt::Key_Right, Qt::ShiftModifier | Qt::ControlModifier);
        CHECK(label->selection() == QStringLiteral("• Will the "));
        QTest::keyClick(label.get(), Qt::Key_Home);
        CHECK(label->selection().isEmpty());
        QTest::keyClick(label.get(), Qt::Key_Down, Qt::ShiftModifier);
        CHECK(label->selection().startsWith(QStringLiteral("• Will the mid-term review")));
        CHECK(label->selection().endsWith(QStringLiteral("outcomes?\n")));
    }
    SECTION("select all and copy keep the text's line breaks") {
        QTest::keyClick(label.get(), Qt::Key_A, Qt::ControlModifier);
        CHECK(label->selection() == text);
        QTest::keyClick(label.get(), Qt::Key_C, Qt::ControlModifier);
        CHECK(QApplication::clipboard()->text() == text);
    }
    SECTION("keys that select are the label's; others stay the window's shortcuts") {
        CHECK(overridesShortcut(*label, Qt::Key_Right, Qt::ShiftModifier));
        CHECK(overridesShortcut(*label, Qt::Key_C, Qt::ControlModifier));
        CHECK_FALSE(overridesShortcut(*label, Qt::Key_2));
        CHECK_FALSE(overridesShortcut(*label, Qt::Key_N));
        CHECK_FALSE(overridesShortcut(*label, Qt::Key_Right, Qt::AltModifier));
        QKeyEvent digit(QEvent::KeyPress, Qt::Key_2, Qt::NoModifier, QStringLiteral("2"));
        digit.ignore();
        QApplication::sendEvent(label.get(), &digit);
        CHECK_FALSE(digit.isAccepted());
    }
    SECTION("the context menu copies and selects all") {
        std::unique_ptr<QMenu> menu(label->createContextMenu(nullptr));
        const QList<QAction*> actions = menu->actions();
        REQUIRE(actions.size() == 2);
        CHECK_FALSE(actions[0]->isEnabled()); // nothing selected yet
        actions[1]->trigger();
        CHECK(label->selection() == text);
        std::unique_ptr<QMenu> again(label->createContextMenu(nullptr));
        REQUIRE(again->actions()[0]->isEnabled());
        QApplication::clipboard()->clear();
        again->actions()[0]->trigger();
        CHECK(QApplication::clipboard()->text() == text);
    }
}

TEST_CASE("A wrapped label that is not selectable takes no focus and no selection", "[ui]") {
    auto label = shownLabel(kLong);
    label->setSelectable(false);
    CHECK(label->focusPolicy() == Qt::NoFocus);
    QTest::mousePress(label.get(), Qt::LeftButton, Qt::NoModifier, QPoint(0, 5));
    QTest::mouseRelease(label.get(), Qt::LeftButton, Qt::NoModifier, QPoint(label->width() - 1, 5));
    CHECK(label->selection().isEmpty());
    CHECK_FALSE(overridesShortcut(*label, Qt::Key_Right, Qt::ShiftModifier));
}

TEST_CASE("A wrapped label that is not selectable wraps and draws as a selectable one, at every width",
          "[ui]") {
    // The one that is not selectable finds its lines from its text shaped once (ShapedText); the
    // selectable one lays its text out with QTextLayout at each width. Every text of the built-in
    // rubric and a few that try the rule's corners, including words longer than the line (which
    // break anywhere, and are left to QTextLayout).
    QStringList texts;
    for (const coherence::Criterion& criterion : coherence::test::gmgRubric()->criteria()) {
        for (const coherence::LocalizedText* text :
             {&criterion.title, &criterion.recommendation, &criterion.guidance}) {
            for (const auto& [language, translation] : text->entries()) {
                texts << translation;
            }
        }
    }
    texts << QStringLiteral("  leading, double  and trailing spaces   ") << QStringLiteral("a\n\nb\n")
          << QStringLiteral("https://www.iom.int/mainstreaming-migration-into-development-planning-handbook")
          << QStringLiteral("10.7, 10.c and 8.8; C143 (1975), p. 80 — “as cited”");
    WrappedLabel drawnOnce;
    WrappedLabel selectable;
    selectable.setSelectable(true);
    int checked = 0;
    for (qsizetype index = 0; index < texts.size(); ++index) {
        INFO(texts[index].toStdString());
        drawnOnce.setText(texts[index]);
        selectable.setText(texts[index]);
        REQUIRE(drawnOnce.sizeHint() == selectable.sizeHint());
        REQUIRE(drawnOnce.minimumSizeHint() == selectable.minimumSizeHint());
        for (int width = 30 + static_cast<int>(index % 7); width <= 480;
             width += 17 + static_cast<int>(index % 13)) {
            INFO("width " << width);
            const int height = selectable.heightForWidth(width);
            REQUIRE(drawnOnce.heightForWidth(width) == height);
            if (++checked % 7 == 0) {
                drawnOnce.resize(width, height);
                selectable.resize(width, height);
                REQUIRE(drawnOnce.grab().toImage() == selectable.grab().toImage());
            }
        }
    }
}
