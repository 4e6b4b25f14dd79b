// The floor for the startup benchmark: a bare QMainWindow, built in the same tree with the same
// flags, that quits after its first paint exactly like `coherence --quit-after-show`.
//
//   bare_mainwindow [--size WIDTHxHEIGHT]
//
// The startup benchmark passes the size of Coherence's window: filling the first frame is a large
// part of a start (on a VM each new page of the backing store costs a page fault), so two windows
// of different sizes would not compare like for like.

#include <QApplication>
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
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--size") == 0 &&
            std::sscanf(argv[i + 1], "%dx%d", &size.rwidth(), &size.rheight()) != 2) {
            std::fputs("usage: bare_mainwindow [--size WIDTHxHEIGHT]\n", stderr);
            return 2;
        }
    }
    QMainWindow window;
    window.resize(size);
    QuitOnPaint quitter;
    window.installEventFilter(&quitter);
    window.show();
    return app.exec();
}
