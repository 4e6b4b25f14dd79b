// The floor for the startup benchmark: a bare QMainWindow, built in the same tree with the same
// flags, that quits after its first paint exactly like `coherence --quit-after-show`.
//
//   bare_mainwindow [--size WIDTHxHEIGHT] [--label TEXT]
//
// The startup benchmark passes the size of Coherence's window: filling the first frame is a large
// part of a start (on a VM each new page of the backing store costs a page fault), so two windows
// of different sizes would not compare like for like.
//
// With --label the window shows TEXT in a QLabel: the cheapest window that draws any text, so the
// cheapest that pays what text costs once per process (fontconfig reading the system's font
// configuration, Qt's font database, a font loaded, a text shaped and its glyphs drawn). The bare
// window draws none, and the target is set against it; the benchmark reports the window with one word
// beside it, as context.

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QSize>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace {

class QuitOnPaint : public QObject {
public:
    using QObject::QObject;

private:
    bool m_painted = false;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            // As in Coherence: the line is printed once the whole first frame is painted and flushed.
            const QSize size = static_cast<const QWidget*>(watched)->size();
            QTimer::singleShot(0, qApp, [size] {
                std::printf("painted %dx%d\n", size.width(), size.height());
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QSize size(1280, 800);
    const char* label = nullptr;
    for (int i = 1; i < argc; ++i) {
        const bool hasValue = i + 1 < argc;
        if (hasValue && std::strcmp(argv[i], "--size") == 0 &&
            std::sscanf(argv[i + 1], "%dx%d", &size.rwidth(), &size.rheight()) == 2) {
            ++i;
        } else if (hasValue && std::strcmp(argv[i], "--label") == 0) {
            label = argv[++i];
        } else {
            std::fputs("usage: bare_mainwindow [--size WIDTHxHEIGHT] [--label TEXT]\n", stderr);
            return 2;
        }
    }
    QMainWindow window;
    window.resize(size);
    if (label != nullptr) {
        window.setCentralWidget(new QLabel(QString::fromLocal8Bit(label)));
    }
    QuitOnPaint quitter;
    window.installEventFilter(&quitter);
    window.show();
    return app.exec();
}
