// The floor for the startup benchmark: a bare QMainWindow, built in the same tree with the same
// flags, that quits after its first paint exactly like `coherence --quit-after-show`.

#include <QApplication>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

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
            std::fputs("painted\n", stdout);
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1280, 800);
    QuitOnPaint quitter;
    window.installEventFilter(&quitter);
    window.show();
    return app.exec();
}
