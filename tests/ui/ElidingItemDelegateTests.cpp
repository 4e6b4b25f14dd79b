#include "ElidingItemDelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QStandardItemModel>
#include <QTest>
#include <QTextLayout>
#include <QTreeView>

#include <catch2/catch.hpp>

#include <memory>

using coherence::ElidingItemDelegate;

namespace {

/// Rows like the navigator's: areas in bold with their progress, criteria with their level; long
/// titles, short ones, an icon, a placeholder colour, centred and right-aligned state texts.
std::unique_ptr<QStandardItemModel> navigatorLikeModel() {
    auto model = std::make_unique<QStandardItemModel>(0, 2);
    const QStringList titles{
        QStringLiteral("LAB-1  Labour policy grounded in human and labour rights"),
        QStringLiteral("LAB-2  Targeted labour-market measures"),
        QStringLiteral("ENV-3  Disaster preparedness includes displacement and migration"),
        QStringLiteral("HLT-1  Access to health services, including maternal health"),
        QStringLiteral("Ü-1  Égalité de traitement des non-nationaux dans la sécurité sociale"),
        QStringLiteral("X"),
        QString(),
    };
    for (int area = 0; area < 2; ++area) {
        auto* areaTitle = new QStandardItem(area == 0 ? QStringLiteral("Labour and employment")
                                                      : QStringLiteral("Environment, climate and disasters"));
        QFont bold;
        bold.setBold(true);
        areaTitle->setFont(bold);
        auto* progress = new QStandardItem(QStringLiteral("4/6"));
        progress->setFont(bold);
        progress->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        for (int row = 0; row < titles.size(); ++row) {
            auto* state = new QStandardItem(row % 3 == 0 ? QStringLiteral("N/A") : QString::number(row % 5));
            state->setTextAlignment(Qt::AlignCenter);
            if (row == 2) {
                state->setForeground(QApplication::palette().color(QPalette::PlaceholderText));
            }
            if (row == 3) {
                QPixmap mark(8, 8);
                mark.fill(Qt::darkYellow);
                state->setIcon(QIcon(mark));
            }
            auto* title = new QStandardItem(titles[row]);
            if (row == 4) {
                // A cut text aligned to the right moves as a whole: drawn from a layout of its own.
                title->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            areaTitle->appendRow({title, state});
        }
        model->appendRow({areaTitle, progress});
    }
    return model;
}

QImage grabTree(QTreeView& view, bool focused) {
    if (focused) {
        view.setFocus();
        REQUIRE(QTest::qWaitFor([&] { return view.hasFocus(); }));
    }
    return view.grab().toImage().convertToFormat(QImage::Format_RGB32);
}

} // namespace

TEST_CASE("The eliding delegate draws item texts as the style does", "[ui]") {
    const auto model = navigatorLikeModel();
    QWidget window;
    QTreeView styled(&window);
    QTreeView eliding(&window);
    eliding.setItemDelegate(new ElidingItemDelegate(&eliding));
    for (QTreeView* view : {&styled, &eliding}) {
        view->setModel(model.get());
        view->setUniformRowHeights(true);
        view->expandAll();
        view->header()->setStretchLastSection(false);
        view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    }
    window.resize(900, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    // Narrow enough that most titles are elided, wide enough that none is; with a current, selected
    // row (focus frame and highlight colours) and without.
    const int width = GENERATE(150, 230, 330, 600);
    const bool withCurrentRow = GENERATE(false, true);
    for (QTreeView* view : {&styled, &eliding}) {
        view->setGeometry(0, 0, width, 340);
        view->header()->resizeSection(1, 40);
        if (withCurrentRow) {
            view->setCurrentIndex(model->index(2, 0, model->index(0, 0)));
        } else {
            view->clearSelection();
            view->setCurrentIndex(QModelIndex());
        }
    }
    INFO("width " << width << (withCurrentRow ? ", a current row" : ""));
    // Each grabbed with the focus, which only one can have at a time (the current row's focus frame).
    const QImage expected = grabTree(styled, withCurrentRow);
    const QImage drawn = grabTree(eliding, withCurrentRow);
    REQUIRE(drawn.size() == expected.size());
    CHECK(drawn == expected);
}

TEST_CASE("The eliding delegate cuts a text where the style does", "[ui]") {
    const QFont font = QApplication::font();
    const QFontMetrics metrics(font);
    // Plain, accented with combining marks (a cut never splits a character from its accent), and
    // with wide and narrow letters side by side.
    const QString text =
        GENERATE(QStringLiteral("ENV-3  Disaster preparedness includes displacement and migration"),
                 QStringLiteral("SOC-3  E\u0301galite\u0301 de traitement des non-nationaux"),
                 QStringLiteral("WWW iii MMM lll ... AVATAR Ta Te"));
    for (int width = 5; width < metrics.horizontalAdvance(text) + 20; width += 3) {
        QTextLayout layout(text, font);
        QTextOption oneLine;
        oneLine.setWrapMode(QTextOption::NoWrap);
        layout.setTextOption(oneLine);
        layout.beginLayout();
        layout.createLine().setLineWidth(width);
        layout.endLayout();
        INFO(text.toStdString() << " in " << width);
        REQUIRE(ElidingItemDelegate::elidedText(layout, font, width) ==
                metrics.elidedText(text, Qt::ElideRight, width));
    }
}
