// render_icon: renders the application icon's SVG to the PNG sizes a desktop and the window need.
// A build tool, not shipped: resources/CMakeLists.txt runs it so that the SVG is the icon's only source.
//
//   render_icon SVG OUTPUT_FOLDER SIZE [SIZE...]   writes OUTPUT_FOLDER/SIZE.png for each size

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>
#include <cstdlib>

int main(int argc, char* argv[]) {
    if (argc < 4) {
        std::fprintf(stderr, "usage: render_icon SVG OUTPUT_FOLDER SIZE [SIZE...]\n");
        return 2;
    }
    // A build machine may have no display; the SVG has no text, so no fonts are needed either.
    if (std::getenv("QT_QPA_PLATFORM") == nullptr) {
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
    }
    QGuiApplication application(argc, argv);
    const QString svgPath = QString::fromLocal8Bit(argv[1]);
    QSvgRenderer renderer(svgPath);
    if (!renderer.isValid()) {
        std::fprintf(stderr, "render_icon: %s is not an SVG image Qt can draw; fix the file.\n", argv[1]);
        return 1;
    }
    for (int i = 3; i < argc; ++i) {
        const int size = std::atoi(argv[i]);
        if (size < 8 || size > 1024) {
            std::fprintf(stderr, "render_icon: %s is not a size from 8 to 1024 pixels.\n", argv[i]);
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        const QString output = QStringLiteral("%1/%2.png").arg(QString::fromLocal8Bit(argv[2])).arg(size);
        // Written whole and read back: a half-written icon would otherwise install silently.
        if (!image.save(output, "PNG") || QImage(output).size() != QSize(size, size)) {
            std::fprintf(stderr, "render_icon: could not write %s.\n", qPrintable(output));
            return 1;
        }
    }
    return 0;
}
