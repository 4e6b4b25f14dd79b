#include "ApplicationIconEngine.h"
#include "ApplicationStyle.h"
#include "DeferredStandardIconEngine.h"
#include "WarningMarkIconEngine.h"

#include <QApplication>
#include <QCommonStyle>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QPixmap>

#include <catch2/catch.hpp>

#include <cstring>
#include <link.h>

using namespace coherence;

namespace {

QImage imageOf(const QIcon& icon, int side) {
    return icon.pixmap(QSize(side, side)).toImage().convertToFormat(QImage::Format_ARGB32);
}

/// The base style under the application's ApplicationStyle (set by UiTestMain as by the app).
const QStyle& baseStyle() {
    const auto* proxy = qobject_cast<const ApplicationStyle*>(QApplication::style());
    REQUIRE(proxy != nullptr);
    return *proxy->baseStyle();
}

bool hasColour(const QImage& image, const auto& predicate) {
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (predicate(QColor::fromRgba(image.pixel(x, y)))) {
                return true;
            }
        }
    }
    return false;
}

/// Whether an image-format plugin (qt6/plugins/imageformats) is loaded into this process.
bool imageFormatPluginLoaded() {
    bool found = false;
    dl_iterate_phdr(
        [](dl_phdr_info* info, size_t, void* data) {
            if (info->dlpi_name != nullptr && std::strstr(info->dlpi_name, "/imageformats/") != nullptr) {
                *static_cast<bool*>(data) = true;
            }
            return 0;
        },
        &found);
    return found;
}

} // namespace

TEST_CASE("Icons of hidden buttons are read only when first drawn, and are the base style's", "[ui][style]") {
    for (const auto which : {QStyle::SP_ToolBarHorizontalExtensionButton,
                             QStyle::SP_ToolBarVerticalExtensionButton, QStyle::SP_LineEditClearButton}) {
        CAPTURE(which);
        CHECK(ApplicationStyle::isDeferred(which));
        auto* engine = new DeferredStandardIconEngine(&baseStyle(), which);
        const QIcon icon(engine); // owns the engine
        // What a button asks when the icon is set must not read it.
        CHECK_FALSE(icon.isNull());
        CHECK_FALSE(engine->isLoaded());
        const QImage drawn = imageOf(icon, 16);
        CHECK(engine->isLoaded());
        CHECK_FALSE(drawn.isNull());
        CHECK(drawn == imageOf(baseStyle().standardIcon(which), 16));
        // At 200 % too, where QIcon asks the engine for device pixels.
        CHECK(icon.pixmap(QSize(16, 16), 2.0).toImage() ==
              baseStyle().standardIcon(which).pixmap(QSize(16, 16), 2.0).toImage());
        // And through the style, as widgets get it.
        CHECK(imageOf(QApplication::style()->standardIcon(which), 16) == drawn);
    }
    // Every other icon is the base style's own.
    CHECK_FALSE(ApplicationStyle::isDeferred(QStyle::SP_MessageBoxWarning));
    CHECK(imageOf(QApplication::style()->standardIcon(QStyle::SP_DialogOkButton), 16) ==
          imageOf(baseStyle().standardIcon(QStyle::SP_DialogOkButton), 16));
    // An icon whose style is gone draws nothing rather than fail.
    auto* style = new QCommonStyle;
    const QIcon orphan(new DeferredStandardIconEngine(style, QStyle::SP_LineEditClearButton));
    delete style;
    CHECK(orphan.pixmap(16).isNull());
}

TEST_CASE("The docks' title-bar icons are made once, and are the base style's", "[ui][style]") {
    for (const auto which : {QStyle::SP_TitleBarCloseButton, QStyle::SP_TitleBarNormalButton}) {
        CAPTURE(which);
        CHECK(ApplicationStyle::isKept(which));
        const QIcon first = QApplication::style()->standardIcon(which);
        const QIcon again = QApplication::style()->standardIcon(which, nullptr, nullptr);
        CHECK(again.cacheKey() == first.cacheKey());
        for (const int side : {10, 16, 32}) {
            CHECK(imageOf(first, side) == imageOf(baseStyle().standardIcon(which), side));
        }
    }
    CHECK_FALSE(ApplicationStyle::isKept(QStyle::SP_DialogOkButton));
}

TEST_CASE("The warning mark is drawn at any size and pixel ratio, grey when disabled", "[ui][style]") {
    const QIcon mark = WarningMarkIconEngine::icon();
    CHECK_FALSE(mark.isNull());
    for (const int side : {16, 22, 48}) {
        CAPTURE(side);
        const QImage image = imageOf(mark, side);
        REQUIRE(image.size() == QSize(side, side));
        CHECK(qAlpha(image.pixel(0, 0)) == 0); // a triangle leaves the corners clear
        CHECK(hasColour(image, [](const QColor& c) { return c.alpha() == 255 && c.hsvSaturation() > 200; }));
    }
    const QPixmap sharp = mark.pixmap(QSize(16, 16), 2.0);
    CHECK(sharp.devicePixelRatio() == 2.0);
    CHECK(sharp.size() == QSize(32, 32));
    const QImage disabled =
        mark.pixmap(QSize(16, 16), QIcon::Disabled).toImage().convertToFormat(QImage::Format_ARGB32);
    CHECK(hasColour(disabled, [](const QColor& c) { return c.alpha() > 0; }));
    CHECK_FALSE(hasColour(disabled, [](const QColor& c) { return c.alpha() > 0 && c.hsvSaturation() > 40; }));
}

TEST_CASE("Deferred icons still draw under an application style sheet (-stylesheet)", "[ui][style]") {
    // With an application style sheet, QApplication::style() is Qt's style-sheet style wrapping ours;
    // a deferred icon must still reach the base style's icon, not another deferred one.
    const QStyle& base = baseStyle();
    qApp->setStyleSheet(QStringLiteral("QLabel { }"));
    {
        QLineEdit edit;
        edit.setClearButtonEnabled(true);
        edit.setText(QStringLiteral("text"));
        edit.show();
        CHECK_FALSE(edit.grab().isNull());
        const QIcon clear = QApplication::style()->standardIcon(QStyle::SP_LineEditClearButton);
        CHECK(imageOf(clear, 16) == imageOf(base.standardIcon(QStyle::SP_LineEditClearButton), 16));
    }
    qApp->setStyleSheet(QString());
}

TEST_CASE("The application's icon comes at every size, read without any image-format plugin", "[ui][icons]") {
    const bool pluginLoadedBefore = imageFormatPluginLoaded();
    const QIcon icon = ApplicationIconEngine::icon();
    CHECK_FALSE(icon.isNull());
    QList<QSize> rendered;
    for (const int side : ApplicationIconEngine::renderedSides()) {
        INFO("side " << side);
        // Each size the build renders (resources/CMakeLists.txt) is in the resources.
        CHECK(QFile::exists(QStringLiteral(":/icons/%1.png").arg(side)));
        rendered.append(QSize(side, side));
        const QImage image = imageOf(icon, side);
        REQUIRE(image.size() == QSize(side, side));
        CHECK(qAlpha(image.pixel(0, 0)) < 128); // rounded corners
        // The teal ground and the amber scores.
        CHECK(hasColour(
            image, [](const QColor& c) { return c.alpha() == 255 && c.hslHue() > 170 && c.hslHue() < 200; }));
        CHECK(hasColour(image, [](const QColor& c) {
            return c.alpha() == 255 && c.hslHue() > 25 && c.hslHue() < 45 && c.hsvSaturation() > 150;
        }));
    }
    CHECK(icon.availableSizes() == rendered);
    // Between two rendered sizes, the larger scaled down; beyond the largest, the largest.
    CHECK(imageOf(icon, 20).size() == QSize(20, 20));
    CHECK(icon.pixmap(QSize(512, 512)).size() == QSize(256, 256));
    const QPixmap sharp = icon.pixmap(QSize(32, 32), 2.0);
    CHECK(sharp.devicePixelRatio() == 2.0);
    CHECK(sharp.size() == QSize(64, 64));
    const QImage disabled =
        icon.pixmap(QSize(32, 32), QIcon::Disabled).toImage().convertToFormat(QImage::Format_ARGB32);
    CHECK(hasColour(disabled, [](const QColor& c) { return c.alpha() > 0; }));
    CHECK_FALSE(
        hasColour(disabled, [](const QColor& c) { return c.alpha() == 255 && c.hsvSaturation() > 150; }));
    // Read as PNG by name (ApplicationIconEngine says why). Checked only where no earlier test in this
    // process has loaded a plugin: ctest runs each test on its own.
    if (!pluginLoadedBefore) {
        CHECK_FALSE(imageFormatPluginLoaded());
    }
}
