#include "ApplicationIconEngine.h"
#include "ApplicationStyle.h"
#include "ApplicationTranslations.h"
#include "BackgroundOpen.h"
#include "MainWindow.h"
#include "ProcessHeap.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSize>
#include <QStringList>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <functional>

namespace {

/// Runs a function once the window's first frame is complete: every widget painted and the frame
/// flushed. Work that nothing in the first frame shows waits for it (the window's icon), and
/// --quit-after-show ends there, for smoke tests and the startup benchmark.
class AfterFirstFrame : public QObject {
public:
    AfterFirstFrame(QWidget* window, std::function<void(QSize)> then)
        : QObject(window)
        , m_then(std::move(then)) {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && m_then) {
            // The window's own paint event comes first in its first frame, before any of its children
            // has painted; the timer fires once the frame is painted and flushed.
            const QSize size = static_cast<const QWidget*>(watched)->size();
            QTimer::singleShot(0, this, [then = std::move(m_then), size] { then(size); });
            m_then = nullptr;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void(QSize)> m_then;
};

/// Whether something in this process may need Qt's event loop to run GLib's: of the plugins Qt 6.4
/// ships, only the GTK platform theme does (its native dialogs are GTK's, driven by GLib's loop), and
/// it can load only if it is installed and not ruled out by QT_QPA_PLATFORMTHEME.
bool mayNeedGlibEventLoop() {
    const QByteArray theme = qgetenv("QT_QPA_PLATFORMTHEME");
    if (!theme.isEmpty()) {
        return theme.contains("gtk");
    }
    QStringList folders = QString::fromLocal8Bit(qgetenv("QT_PLUGIN_PATH")).split(u':', Qt::SkipEmptyParts);
    folders << QLibraryInfo::path(QLibraryInfo::PluginsPath);
    for (const QString& folder : folders) {
        if (QFileInfo::exists(folder + QStringLiteral("/platformthemes/libqgtk3.so"))) {
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char* argv[]) {
    coherence::ProcessHeap::prepare(coherence::ProcessHeap::Lifetime::LongLived);
    // --help and --version answer before QApplication exists, so they work with no display at all.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("coherence %s\n", COHERENCE_VERSION);
            return 0;
        }
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            std::printf(
                "Usage: coherence [--quit-after-show] [FILE]\n\n"
                "Opens FILE (a .coherence assessment, or a JSON assessment to import) in the Coherence\n"
                "desktop application. Without FILE it shows the start page.\n\n"
                "  --quit-after-show  exit as soon as the window has painted (smoke tests, benchmarks)\n"
                "  -h, --help         this help\n"
                "  -v, --version      the version\n\n"
                "For the command line, see coherence-cli --help.\n");
            return 0;
        }
    }
    // Qt's own event loop rather than GLib's when nothing needs GLib's: every event posted to the GLib
    // loop is a system call to wake it, and the window's start posts hundreds (1.5 ms of the start,
    // docs/performance.md). Not passed on to programs the application starts.
    const bool ownEventLoop = !qEnvironmentVariableIsSet("QT_NO_GLIB") && !mayNeedGlibEventLoop();
    if (ownEventLoop) {
        qputenv("QT_NO_GLIB", "1");
    }
    QApplication app(argc, argv);
    if (ownEventLoop) {
        qunsetenv("QT_NO_GLIB");
    }
    // Before any widget exists, so that none is polished twice.
    QApplication::setStyle(new coherence::ApplicationStyle);
    // Fixed once, before any QSettings or QStandardPaths use: they decide where settings and data live.
    QApplication::setOrganizationName(QStringLiteral("Coherence"));
    QApplication::setApplicationName(QStringLiteral("Coherence"));
    QApplication::setApplicationVersion(QStringLiteral(COHERENCE_VERSION));
    // The desktop matches the window to its .desktop entry by this name (Wayland's app id) and shows
    // that entry's icon; X11 shows the window's own icon, set after the first frame (below).
    QGuiApplication::setDesktopFileName(QStringLiteral(COHERENCE_APP_ID));

    coherence::ApplicationTranslations::install(QLocale());

    QCommandLineParser parser;
    const QCommandLineOption quitAfterShow(QStringLiteral("quit-after-show"));
    parser.addOption(quitAfterShow);
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("assessment to open"));
    parser.process(app);

    // The file opens on the second core while the window is built (BackgroundOpen says why).
    const QStringList files = parser.positionalArguments();
    std::unique_ptr<coherence::BackgroundOpen> opening;
    if (const QString document =
            files.isEmpty() ? QString() : coherence::MainWindow::documentPathFor(files.first());
        !document.isEmpty()) {
        opening = std::make_unique<coherence::BackgroundOpen>(document);
    }

    coherence::MainWindow window;
    const bool quitting = parser.isSet(quitAfterShow);
    new AfterFirstFrame(&window, [quitting](QSize size) {
        if (quitting) {
            // The benchmark times startup up to this line; the size lets it give the bare window it
            // compares against the same number of pixels to fill.
            std::printf("painted %dx%d\n", size.width(), size.height());
            std::fflush(stdout);
            QCoreApplication::quit();
            return;
        }
        // X11 asks for the icon at every size the moment it is set: 12 M instructions of PNG reading
        // (docs/performance.md), which would delay the first frame by 3-4 ms. A window manager shows
        // the icon a few milliseconds later instead.
        QApplication::setWindowIcon(coherence::ApplicationIconEngine::icon());
    });
    window.show();
    window.activateWindow(); // without a window manager (kiosk, Xvfb) nothing else gives it the keyboard
    if (!files.isEmpty()) {
        window.openPath(files.first(), std::move(opening));
    }
    return app.exec();
}
