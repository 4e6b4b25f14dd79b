#pragma once

#include "BackgroundOpen.h"

#include <QKeySequence>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QActionGroup;
class QToolBar;
class QComboBox;
class QDockWidget;
class QMenu;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTabWidget;
class QTreeView;

namespace coherence {

class ActionPlanPage;
class Assessment;
class AssessmentSession;
class CriterionPage;
class DashboardPage;
class DeferredPage;
class HistoryDialog;
class NavigatorFilterModel;
class NavigatorModel;
class PresentationWindow;
class ScorePanel;
class Settings;
class StartPage;

/**
 * The application window: the start page until an assessment is open, then the walk-through —
 * navigator on the left, the criterion page / dashboard / action plan in the middle, the live score
 * panel on the right. Owns the open AssessmentSession.
 */
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a .coherence file, or offers to import a JSON assessment. False (after telling the
    /// user why) when nothing was opened; the current assessment then stays open. @p started is an
    /// open already under way (see documentPathFor()); it is used if it is of the file to open.
    bool openPath(const QString& path, std::unique_ptr<BackgroundOpen> started = nullptr);
    /// The `.coherence` file that openPath(@p path) would open as it is, or an empty string when it
    /// would do something else first (report a missing file, import a JSON assessment).
    static QString documentPathFor(const QString& path);
    bool openSample();
    void closeAssessment();
    void showStartPage();
    AssessmentSession* session() const { return m_session.get(); }

    void newAssessment();
    void goToCriterion(const QString& criterionId);
    /// Edit > Change history (Ctrl+H): the file's change log beside the walk-through.
    void showHistory();
    HistoryDialog* historyDialog() const;
    void goNext();
    void goPrevious();

    /// Presentation mode (F5) from the current criterion, on the chosen screen.
    void startPresentation();
    PresentationWindow* presentation() const;
    /// File > Merge assessments: choose the participants' files, resolve, write a new consensus file.
    void mergeAssessments();
    /// File > Compare with: the open assessment (A) against another file (B).
    void compareWith();
    /// Help > Keyboard shortcuts: a table of every shortcut of the window's actions, as rich text.
    QString shortcutsHelpText() const;

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    void createMenus();
    void buildWorkspace();
    /// The dashboard and action plan tabs are built when first shown; these build them on demand.
    DashboardPage* dashboardPage();
    ActionPlanPage* actionPlanPage();
    /// Restores the remembered sizes of @p page's named splitters (pages built later do it then).
    void restoreSplitters(QWidget* page);
    void updateTitle();
    void updateActions();
    void showSaved();
    void showWriteError(const QString& message);
    void openDialog();
    void importDialog();
    bool importJson(const QString& jsonPath, const QString& target);
    void saveCopy();
    void exportJson();
    void exportCsv(bool actions);
    void exportReport();
    void editDetails();
    void showShortcuts();
    static QList<QKeySequence> undoShortcuts();
    static QList<QKeySequence> redoShortcuts();
    void presentationSettings();
    /// Reads a .coherence (read-only) or JSON assessment for merge or compare; nullptr after saying why.
    std::shared_ptr<const Assessment> readAssessment(const QString& path);
    void showSources();
    void showAbout();
    void rememberLayout();
    void rememberSummary();
    bool openDocument(const QString& path, std::unique_ptr<BackgroundOpen> started = nullptr);
    static QString dataFolder();
    /// Where a JSON assessment is kept as a .coherence file once imported.
    static QString importTargetFor(const QString& jsonPath);
    /// A JSON assessment, imported into a .coherence file before it is opened.
    static bool isJsonToImport(const QString& path);

    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<AssessmentSession> m_session;
    QStackedWidget* m_stack;
    StartPage* m_startPage;
    QWidget* m_workspace = nullptr;
    QTreeView* m_navigatorView = nullptr;
    NavigatorModel* m_navigatorModel = nullptr;
    NavigatorFilterModel* m_navigatorFilter = nullptr;
    QLineEdit* m_filterLineEdit = nullptr;
    QComboBox* m_quickFilterComboBox = nullptr;
    QTabWidget* m_tabs = nullptr;
    CriterionPage* m_criterionPage = nullptr;
    DeferredPage* m_dashboardTab = nullptr;
    DeferredPage* m_actionPlanTab = nullptr;
    ScorePanel* m_scorePanel = nullptr;
    QDockWidget* m_navigatorDock = nullptr;
    QDockWidget* m_scoreDock = nullptr;
    /// The window's state restored at start holds the docks' places, not used yet.
    bool m_dockPlacesRestored = false;
    /// Watched until the navigator first paints: each of its resizes centres the criterion shown
    /// (eventFilter).
    QPointer<QWidget> m_navigatorViewport;
    QLabel* m_statusLabel;
    QLabel* m_coverageLabel;

    QAction* m_newAction;
    QAction* m_openAction;
    QAction* m_importAction;
    QAction* m_sampleAction;
    QAction* m_saveCopyAction;
    QAction* m_exportJsonAction;
    QAction* m_exportCsvAction;
    QAction* m_exportActionsCsvAction;
    QAction* m_exportReportAction;
    QAction* m_detailsAction;
    QAction* m_closeAction;
    QAction* m_quitAction;
    QAction* m_mergeAction;
    QAction* m_compareAction;
    QAction* m_presentAction;
    QAction* m_presentationSettingsAction;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_findAction;
    QAction* m_historyAction;
    QAction* m_nextAction;
    QAction* m_previousAction;
    QAction* m_notApplicableAction;
    QList<QAction*> m_levelActions;
    QAction* m_addActionFromGapAction;
    QAction* m_showOverallAction;
    QAction* m_showCriterionAction;
    QAction* m_showDashboardAction;
    QAction* m_showActionPlanAction;
    QMenu* m_editMenu;
    QMenu* m_viewMenu;
    QMenu* m_recentMenu;
    QPointer<PresentationWindow> m_presentation;
    QPointer<HistoryDialog> m_historyDialog;
};

} // namespace coherence
