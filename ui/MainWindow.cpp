#include "MainWindow.h"

#include "ActionPlanPage.h"
#include "ApplicationIconEngine.h"
#include "AssessmentComparison.h"
#include "AssessmentDetailsDialog.h"
#include "AssessmentExport.h"
#include "AssessmentJson.h"
#include "AssessmentMerge.h"
#include "AssessmentSession.h"
#include "BuiltinRubrics.h"
#include "CompareDialog.h"
#include "CriterionPage.h"
#include "DashboardPage.h"
#include "DeferredPage.h"
#include "Dialogs.h"
#include "ElidingItemDelegate.h"
#include "HistoryDialog.h"
#include "ItemDataRoles.h"
#include "MergeDialog.h"
#include "NavigatorFilterModel.h"
#include "NavigatorModel.h"
#include "NewAssessmentDialog.h"
#include "OneLineLabel.h"
#include "PresentationSettingsDialog.h"
#include "PresentationWindow.h"
#include "PresenterView.h"
#include "ReportDialog.h"
#include "RubricMarkdown.h"
#include "ScorePanel.h"
#include "ScoreReportFormat.h"
#include "Settings.h"
#include "StartPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace coherence {

namespace {

const QString kSampleResource = QStringLiteral(":/samples/examplia-ndp-2026-2030.json");

/// The width of @p view's state column that fits its title and every sample of @p model, each
/// measured as the view's delegate measures a cell (QStyle's CT_ItemViewItem).
int stateColumnWidth(const QTreeView& view, const NavigatorModel& model) {
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.displayAlignment = Qt::AlignCenter;
    const int small = view.style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, &view);
    option.decorationSize = view.iconSize().isValid() ? view.iconSize() : QSize(small, small);
    int width = view.header()->sectionSizeHint(NavigatorModel::StateColumn); // its title, in any language
    for (const NavigatorModel::StateSample& sample : model.stateSamples()) {
        QFont font = view.font();
        font.setBold(sample.bold);
        option.font = font;
        option.fontMetrics = QFontMetrics(font);
        option.text = sample.text;
        option.features = QStyleOptionViewItem::HasDisplay;
        option.icon = QIcon();
        if (sample.withIcon) {
            option.features |= QStyleOptionViewItem::HasDecoration;
            option.icon = model.warningIcon();
        }
        width = std::max(
            width, view.style()->sizeFromContents(QStyle::CT_ItemViewItem, &option, QSize(), &view).width());
    }
    return width;
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_settings(std::make_unique<Settings>())
    , m_stack(new QStackedWidget(this))
    , m_startPage(nullptr)
    , m_statusLabel(new OneLineLabel(this))
    , m_coverageLabel(new OneLineLabel(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setDockNestingEnabled(true);
    setCentralWidget(m_stack);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_coverageLabel->setObjectName(QStringLiteral("statusCoverageLabel"));
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_coverageLabel);
    createActions();
    createMenus();
    if (!restoreGeometry(m_settings->windowGeometry())) {
        // First run: most of the screen, which on a 1366×768 laptop is all of it.
        const QRect available = screen()->availableGeometry();
        resize(std::min(1400, available.width() * 95 / 100), std::min(900, available.height() * 95 / 100));
        move(available.center() - rect().center());
    }
    // Before the window is shown and before the docks exist: the state keeps their places, which
    // they take when created (buildWorkspace).
    m_dockPlacesRestored = restoreState(m_settings->windowState());
    updateTitle();
    updateActions();
    // The start page is built only if nothing was opened by the time the event loop runs: opening a
    // file from the command line (the common case) never pays for it.
    QTimer::singleShot(0, this, [this] {
        if (!m_session) {
            showStartPage();
        }
    });
}

MainWindow::~MainWindow() {
    // Views refer to the session; delete them first.
    delete m_workspace;
    m_workspace = nullptr;
}

void MainWindow::showStartPage() {
    if (!m_startPage) {
        m_startPage = new StartPage(m_stack);
        m_stack->addWidget(m_startPage);
        connect(m_startPage, &StartPage::newRequested, this, &MainWindow::newAssessment);
        connect(m_startPage, &StartPage::openRequested, this, &MainWindow::openDialog);
        connect(m_startPage, &StartPage::importRequested, this, &MainWindow::importDialog);
        connect(m_startPage, &StartPage::sampleRequested, this, &MainWindow::openSample);
        connect(m_startPage, &StartPage::recentRequested, this,
                [this](const QString& path) { openPath(path); });
    }
    m_startPage->refresh(*m_settings);
    m_stack->setCurrentWidget(m_startPage);
}

QString MainWindow::dataFolder() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString MainWindow::importTargetFor(const QString& jsonPath) {
    return dataFolder() + QStringLiteral("/imported/") + QFileInfo(jsonPath).completeBaseName() +
           QStringLiteral(".coherence");
}

bool MainWindow::isJsonToImport(const QString& path) {
    return !AssessmentDocument::looksLikeDatabase(path) && path.endsWith(u".json", Qt::CaseInsensitive);
}

QString MainWindow::documentPathFor(const QString& path) {
    if (!QFileInfo::exists(path)) {
        return QString();
    }
    if (isJsonToImport(path)) {
        const QString target = importTargetFor(path);
        return QFileInfo::exists(target) ? target : QString();
    }
    return path;
}

void MainWindow::createActions() {
    const auto make = [this](const QString& text, const QString& name, const QKeySequence& shortcut = {}) {
        auto* action = new QAction(text, this);
        action->setObjectName(name);
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
        }
        addAction(action); // shortcuts work even when the menu bar is hidden (presentation, tests)
        return action;
    };
    m_newAction = make(tr("&New assessment…"), QStringLiteral("newAction"), QKeySequence::New);
    m_openAction = make(tr("&Open…"), QStringLiteral("openAction"), QKeySequence::Open);
    m_importAction = make(tr("&Import JSON…"), QStringLiteral("importAction"));
    m_sampleAction = make(tr("Open the &sample"), QStringLiteral("sampleAction"));
    // Ctrl+Shift+S spelt out: Qt's standard Save As key exists only on GNOME and macOS.
    m_saveCopyAction = make(tr("Save a cop&y…"), QStringLiteral("saveCopyAction"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_exportJsonAction = make(tr("Export as &JSON…"), QStringLiteral("exportJsonAction"));
    m_exportCsvAction = make(tr("Export ra&tings as CSV…"), QStringLiteral("exportCsvAction"));
    m_exportActionsCsvAction =
        make(tr("Export action plan as CS&V…"), QStringLiteral("exportActionsCsvAction"));
    m_exportReportAction =
        make(tr("Export r&eport…"), QStringLiteral("exportReportAction"), QKeySequence(Qt::CTRL | Qt::Key_E));
    m_detailsAction = make(tr("Assessment &details…"), QStringLiteral("detailsAction"));
    m_closeAction = make(tr("&Close assessment"), QStringLiteral("closeAction"), QKeySequence::Close);
    m_quitAction = make(tr("&Quit"), QStringLiteral("quitAction"), QKeySequence::Quit);
    m_mergeAction = make(tr("&Merge assessments…"), QStringLiteral("mergeAction"));
    m_mergeAction->setToolTip(tr("Merge several participants' assessments into one consensus file"));
    m_compareAction = make(tr("Compare &with…"), QStringLiteral("compareAction"));
    m_compareAction->setToolTip(tr("Compare the open assessment with another one"));
    m_presentAction = make(tr("&Present"), QStringLiteral("presentAction"), QKeySequence(Qt::Key_F5));
    m_presentAction->setToolTip(tr("Present to a room, one recommendation at a time (F5)"));
    m_presentationSettingsAction =
        make(tr("Presentation &settings…"), QStringLiteral("presentationSettingsAction"));
    m_findAction = make(tr("&Find…"), QStringLiteral("findAction"), QKeySequence::Find);
    m_historyAction =
        make(tr("Change &history…"), QStringLiteral("historyAction"), QKeySequence(Qt::CTRL | Qt::Key_H));
    m_historyAction->setToolTip(tr("Every change the file records, newest first"));
    m_nextAction = make(tr("&Next criterion"), QStringLiteral("nextAction"));
    m_nextAction->setShortcuts(
        {QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    m_previousAction = make(tr("&Previous criterion"), QStringLiteral("previousAction"));
    m_previousAction->setShortcuts(
        {QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    for (int level = 0; level <= 4; ++level) {
        QAction* action = make(tr("Rate at level &%1").arg(level), QStringLiteral("rateAction%1").arg(level),
                               QKeySequence(Qt::Key_0 + level));
        connect(action, &QAction::triggered, this, [this, level] {
            if (m_criterionPage && m_tabs->currentWidget() == m_criterionPage) {
                m_criterionPage->chooseLevel(level);
            }
        });
        m_levelActions << action;
    }
    m_notApplicableAction =
        make(tr("Not &applicable…"), QStringLiteral("notApplicableAction"), QKeySequence(Qt::Key_N));
    m_addActionFromGapAction =
        make(tr("Add an action for this criterion…"), QStringLiteral("addActionFromGapAction"));
    m_showOverallAction = make(tr("Show the &overall score"), QStringLiteral("showOverallAction"));
    m_showOverallAction->setCheckable(true);
    m_showOverallAction->setChecked(!m_settings->hideOverallScore());
    m_showCriterionAction =
        make(tr("&Criterion"), QStringLiteral("showCriterionAction"), QKeySequence(Qt::CTRL | Qt::Key_1));
    m_showDashboardAction =
        make(tr("&Dashboard"), QStringLiteral("showDashboardAction"), QKeySequence(Qt::CTRL | Qt::Key_2));
    m_showActionPlanAction =
        make(tr("&Action plan"), QStringLiteral("showActionPlanAction"), QKeySequence(Qt::CTRL | Qt::Key_3));

    connect(m_newAction, &QAction::triggered, this, &MainWindow::newAssessment);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDialog);
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importDialog);
    connect(m_sampleAction, &QAction::triggered, this, &MainWindow::openSample);
    connect(m_saveCopyAction, &QAction::triggered, this, &MainWindow::saveCopy);
    connect(m_exportJsonAction, &QAction::triggered, this, &MainWindow::exportJson);
    connect(m_exportReportAction, &QAction::triggered, this, &MainWindow::exportReport);
    connect(m_exportCsvAction, &QAction::triggered, this, [this] { exportCsv(false); });
    connect(m_exportActionsCsvAction, &QAction::triggered, this, [this] { exportCsv(true); });
    connect(m_detailsAction, &QAction::triggered, this, &MainWindow::editDetails);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeAssessment);
    connect(m_mergeAction, &QAction::triggered, this, &MainWindow::mergeAssessments);
    connect(m_compareAction, &QAction::triggered, this, &MainWindow::compareWith);
    connect(m_presentAction, &QAction::triggered, this, &MainWindow::startPresentation);
    connect(m_presentationSettingsAction, &QAction::triggered, this, &MainWindow::presentationSettings);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (m_filterLineEdit) {
            m_navigatorDock->show();
            m_filterLineEdit->setFocus();
            m_filterLineEdit->selectAll();
        }
    });
    connect(m_historyAction, &QAction::triggered, this, &MainWindow::showHistory);
    connect(m_nextAction, &QAction::triggered, this, &MainWindow::goNext);
    connect(m_previousAction, &QAction::triggered, this, &MainWindow::goPrevious);
    connect(m_notApplicableAction, &QAction::triggered, this, [this] {
        if (m_criterionPage && m_tabs->currentWidget() == m_criterionPage) {
            m_criterionPage->markNotApplicable();
        }
    });
    connect(m_addActionFromGapAction, &QAction::triggered, this, [this] {
        if (m_criterionPage) {
            m_tabs->setCurrentWidget(m_actionPlanTab);
            actionPlanPage()->addActionForCriterion(m_criterionPage->criterionId());
        }
    });
    connect(m_showOverallAction, &QAction::toggled, this, [this](bool show) {
        m_settings->setHideOverallScore(!show);
        if (m_scorePanel) {
            m_scorePanel->setOverallVisible(show);
        }
    });
    connect(m_showCriterionAction, &QAction::triggered, this, [this] {
        if (m_tabs) {
            m_tabs->setCurrentWidget(m_criterionPage);
        }
    });
    connect(m_showDashboardAction, &QAction::triggered, this, [this] {
        if (m_tabs) {
            m_tabs->setCurrentWidget(m_dashboardTab);
        }
    });
    connect(m_showActionPlanAction, &QAction::triggered, this, [this] {
        if (m_tabs) {
            m_tabs->setCurrentWidget(m_actionPlanTab);
        }
    });
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, [this] {
        m_recentMenu->clear();
        for (const QString& path : m_settings->recentFiles()) {
            if (!QFileInfo::exists(path)) {
                continue; // moved or deleted since: the start page leaves it out too
            }
            // "&" doubled: a file named "R&D plan" would otherwise show as "RD plan" with D underlined.
            QAction* action =
                m_recentMenu->addAction(QFileInfo(path).fileName().replace(u'&', QStringLiteral("&&")));
            action->setToolTip(path);
            connect(action, &QAction::triggered, this, [this, path] { openPath(path); });
        }
        m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
    });
    file->addAction(m_importAction);
    file->addAction(m_sampleAction);
    file->addSeparator();
    file->addAction(m_saveCopyAction);
    file->addAction(m_exportReportAction);
    file->addAction(m_exportJsonAction);
    file->addAction(m_exportCsvAction);
    file->addAction(m_exportActionsCsvAction);
    file->addSeparator();
    file->addAction(m_mergeAction);
    file->addAction(m_compareAction);
    file->addSeparator();
    file->addAction(m_detailsAction);
    file->addAction(m_closeAction);
    file->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->addAction(m_findAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_historyAction);

    QMenu* rate = menuBar()->addMenu(tr("&Rate"));
    for (QAction* action : m_levelActions) {
        rate->addAction(action);
    }
    rate->addAction(m_notApplicableAction);
    rate->addSeparator();
    rate->addAction(m_addActionFromGapAction);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    go->addAction(m_nextAction);
    go->addAction(m_previousAction);
    go->addSeparator();
    go->addAction(m_showCriterionAction);
    go->addAction(m_showDashboardAction);
    go->addAction(m_showActionPlanAction);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(m_presentAction);
    m_viewMenu->addAction(m_presentationSettingsAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_showOverallAction);

    QToolBar* tools = addToolBar(tr("Main toolbar"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->setMovable(false);
    for (QAction* action :
         {m_newAction, m_openAction, m_exportReportAction, m_compareAction, m_presentAction}) {
        tools->addAction(action);
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    help->addAction(tr("Rubric &sources and page numbers"), this, &MainWindow::showSources);
    help->addAction(tr("&About Coherence"), this, &MainWindow::showAbout);
}

void MainWindow::updateTitle() {
    if (!m_session) {
        setWindowTitle(tr("Coherence"));
        return;
    }
    QString title = m_session->assessment().plan().title + QStringLiteral(" — Coherence");
    if (m_session->isReadOnly()) {
        title += QLatin1Char(' ') + tr("[read-only]");
    }
    setWindowTitle(title);
}

void MainWindow::updateActions() {
    const bool open = m_session != nullptr;
    const bool writable = open && !m_session->isReadOnly();
    for (QAction* action : {m_saveCopyAction, m_exportReportAction, m_exportJsonAction, m_exportCsvAction,
                            m_exportActionsCsvAction, m_closeAction, m_findAction, m_nextAction,
                            m_previousAction, m_compareAction, m_presentAction, m_historyAction,
                            m_showCriterionAction, m_showDashboardAction, m_showActionPlanAction}) {
        action->setEnabled(open);
    }
    for (QAction* action : m_levelActions) {
        action->setEnabled(writable);
    }
    m_notApplicableAction->setEnabled(writable);
    m_addActionFromGapAction->setEnabled(writable);
    m_detailsAction->setEnabled(writable);
    if (m_session) {
        m_coverageLabel->setText(
            tr("Coverage %1%").arg(ScoreReportFormat::formatScore(m_session->report().coverage, QLocale())));
    } else {
        m_coverageLabel->clear();
    }
}

void MainWindow::rememberSummary() {
    if (!m_session) {
        return;
    }
    const Assessment& assessment = m_session->assessment();
    m_settings->setRecentSummary(
        m_session->document().path(),
        {assessment.plan().title, assessment.plan().country, assessment.metadata().modified,
         ScoreReportFormat::formatScore(m_session->report().coverage, QLocale()) + QLatin1Char('%')});
}

void MainWindow::showSaved() {
    m_statusLabel->setStyleSheet(QString());
    m_statusLabel->setText(tr("All changes saved"));
    updateActions();
}

void MainWindow::showWriteError(const QString& message) {
    m_statusLabel->setStyleSheet(QStringLiteral("color: #a40000; font-weight: bold"));
    m_statusLabel->setText(tr("Not saved: %1").arg(message));
}

bool MainWindow::openPath(const QString& path, std::unique_ptr<BackgroundOpen> started) {
    if (!QFileInfo::exists(path)) {
        Dialogs::warning(this, tr("Cannot open"), tr("%1 does not exist (any more).").arg(path));
        m_settings->removeRecentFile(path);
        if (m_startPage) {
            m_startPage->refresh(*m_settings);
        }
        return false;
    }
    if (isJsonToImport(path)) {
        // A JSON assessment (e.g. the bundled sample on the command line) becomes a .coherence file in
        // the app's data folder, created once and reopened afterwards, so edits are kept.
        QDir().mkpath(dataFolder() + QStringLiteral("/imported"));
        const QString target = importTargetFor(path);
        if (QFileInfo::exists(target)) {
            const bool opened = openDocument(target, std::move(started));
            if (opened) {
                m_statusLabel->setText(
                    tr("Opened your copy of %1 (%2)").arg(QFileInfo(path).fileName(), target));
            }
            return opened;
        }
        return importJson(path, target);
    }
    return openDocument(path, std::move(started));
}

bool MainWindow::openDocument(const QString& path, std::unique_ptr<BackgroundOpen> started) {
    AssessmentDocument::OpenResult opened =
        started && started->path() == path ? started->take() : AssessmentDocument::open(path);
    if (!opened.document) {
        Dialogs::warning(this, tr("Cannot open %1").arg(QFileInfo(path).fileName()),
                         tr("%1 could not be opened: %2").arg(QDir::toNativeSeparators(path), opened.error));
        return false;
    }
    closeAssessment();
    m_session = std::make_unique<AssessmentSession>(std::move(opened.document));
    connect(m_session.get(), &AssessmentSession::saved, this, &MainWindow::showSaved);
    connect(m_session.get(), &AssessmentSession::writeFailed, this, &MainWindow::showWriteError);
    connect(m_session.get(), &AssessmentSession::detailsChanged, this, &MainWindow::updateTitle);
    buildWorkspace();
    m_settings->addRecentFile(path);
    // Not the folder Coherence keeps the sample and imported files in, out of the user's sight: a
    // report or a new assessment saved there would be hard to find again.
    const QString folder = QFileInfo(path).absolutePath();
    const QString own = QDir(dataFolder()).absolutePath();
    if (folder != own && !folder.startsWith(own + QLatin1Char('/'))) {
        m_settings->setLastFolder(folder);
    }
    rememberSummary();
    updateTitle();
    updateActions();
    m_statusLabel->setStyleSheet(QString());
    m_statusLabel->setText(
        opened.notice.isEmpty()
            ? tr("Opened %1 — every change is saved as you make it").arg(QFileInfo(path).fileName())
            : opened.notice);
    // Start where the work is: the first criterion not yet rated, else the first.
    QString first = m_session->rubric().criteria().first().id;
    for (const Criterion& criterion : m_session->rubric().criteria()) {
        const Rating& rating = m_session->assessment().rating(criterion.id);
        if (!rating.level && !rating.notApplicable) {
            first = criterion.id;
            break;
        }
    }
    goToCriterion(first);
    return true;
}

void MainWindow::buildWorkspace() {
    m_workspace = new QWidget(this);
    auto* workspaceLayout = new QVBoxLayout(m_workspace);
    workspaceLayout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(m_workspace);
    m_tabs->setObjectName(QStringLiteral("mainTabWidget"));
    m_criterionPage = new CriterionPage(m_session.get(), m_tabs);
    m_dashboardTab = new DeferredPage(
        [this](QWidget* parent) {
            auto* page = new DashboardPage(m_session.get(), parent);
            connect(page, &DashboardPage::criterionActivated, this, &MainWindow::goToCriterion);
            restoreSplitters(page);
            return page;
        },
        m_tabs);
    m_actionPlanTab = new DeferredPage(
        [this](QWidget* parent) {
            auto* page = new ActionPlanPage(m_session.get(), parent);
            restoreSplitters(page);
            return page;
        },
        m_tabs);
    m_tabs->addTab(m_criterionPage, tr("Criterion"));
    m_tabs->addTab(m_dashboardTab, tr("Dashboard"));
    m_tabs->addTab(m_actionPlanTab, tr("Action plan"));
    workspaceLayout->addWidget(m_tabs);
    m_stack->addWidget(m_workspace);
    m_stack->setCurrentWidget(m_workspace);

    // Navigator dock
    m_navigatorModel = new NavigatorModel(m_session.get(), m_workspace);
    m_navigatorFilter = new NavigatorFilterModel(m_workspace);
    m_navigatorFilter->setSourceModel(m_navigatorModel);
    auto* navigator = new QWidget(m_workspace);
    auto* navigatorLayout = new QVBoxLayout(navigator);
    m_filterLineEdit = new QLineEdit(navigator);
    m_filterLineEdit->setObjectName(QStringLiteral("filterLineEdit"));
    m_filterLineEdit->setPlaceholderText(tr("Filter: words, “C143”, “10.7”, “p. 80” (Ctrl+F)"));
    m_filterLineEdit->setClearButtonEnabled(true);
    m_filterLineEdit->setAccessibleName(tr("Filter recommendations"));
    m_quickFilterComboBox = new QComboBox(navigator);
    m_quickFilterComboBox->setObjectName(QStringLiteral("quickFilterComboBox"));
    m_quickFilterComboBox->setAccessibleName(tr("Show"));
    m_quickFilterComboBox->addItem(tr("All recommendations"),
                                   static_cast<int>(NavigatorFilterModel::QuickFilter::All));
    m_quickFilterComboBox->addItem(tr("Not yet rated"),
                                   static_cast<int>(NavigatorFilterModel::QuickFilter::NotRated));
    m_quickFilterComboBox->addItem(tr("With warnings"),
                                   static_cast<int>(NavigatorFilterModel::QuickFilter::Warnings));
    m_quickFilterComboBox->addItem(tr("Below target (gaps)"),
                                   static_cast<int>(NavigatorFilterModel::QuickFilter::Gaps));
    m_navigatorView = new QTreeView(navigator);
    m_navigatorView->setObjectName(QStringLiteral("navigatorTreeView"));
    m_navigatorView->setModel(m_navigatorFilter);
    m_navigatorView->setAccessibleName(tr("Recommendations by area"));
    // Every visible row is painted at start; this delegate shapes a row's text once or twice, not
    // five times (ElidingItemDelegate).
    m_navigatorView->setItemDelegate(new ElidingItemDelegate(m_navigatorView));
    m_navigatorView->header()->setSectionResizeMode(NavigatorModel::TitleColumn, QHeaderView::Stretch);
    // Sized once for the widest thing it can show, instead of ResizeToContents measuring every row
    // at start and after every rating (a thousand rows on a large rubric).
    m_navigatorView->header()->setSectionResizeMode(NavigatorModel::StateColumn, QHeaderView::Fixed);
    m_navigatorView->header()->resizeSection(NavigatorModel::StateColumn,
                                             stateColumnWidth(*m_navigatorView, *m_navigatorModel));
    m_navigatorView->header()->setStretchLastSection(false);
    m_navigatorView->setUniformRowHeights(true);
    m_navigatorView->expandAll();
    // The criterion a session opens on is scrolled to before the navigator has a size, which puts it
    // at the very top, its area's heading out of sight; it is centred once the navigator is laid out.
    m_navigatorViewport = m_navigatorView->viewport();
    m_navigatorViewport->installEventFilter(this);
    navigatorLayout->addWidget(m_filterLineEdit);
    navigatorLayout->addWidget(m_quickFilterComboBox);
    navigatorLayout->addWidget(m_navigatorView);
    m_navigatorDock = new QDockWidget(tr("Recommendations"), this);
    m_navigatorDock->setObjectName(QStringLiteral("navigatorDock"));
    m_navigatorDock->setWidget(navigator);

    m_scorePanel = new ScorePanel(m_session.get(), m_workspace);
    m_scorePanel->setOverallVisible(m_showOverallAction->isChecked());
    auto* scoreScroll = new QScrollArea(this);
    scoreScroll->setWidgetResizable(true);
    scoreScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scoreScroll->setFrameShape(QFrame::NoFrame);
    scoreScroll->setFocusPolicy(Qt::NoFocus);
    scoreScroll->setWidget(m_scorePanel);
    m_scoreDock = new QDockWidget(tr("Scores"), this);
    m_scoreDock->setObjectName(QStringLiteral("scoreDock"));
    m_scoreDock->setWidget(scoreScroll);
    // The docks go straight to their places and sizes kept from the last session when the window's
    // state, restored before the window was shown, holds places for them: added at default sizes and
    // then moved, every text in them was laid out at each size in between (docs/performance.md).
    bool placed = m_dockPlacesRestored;
    for (const auto& [dock, area] : {std::pair{m_navigatorDock, Qt::LeftDockWidgetArea},
                                     std::pair{m_scoreDock, Qt::RightDockWidgetArea}}) {
        if (!m_dockPlacesRestored || !restoreDockWidget(dock)) {
            addDockWidget(area, dock);
            placed = false;
        }
    }
    // Places are kept only until the docks first use them; a later workspace restores the state anew.
    m_dockPlacesRestored = false;
    m_viewMenu->addAction(m_navigatorDock->toggleViewAction());
    m_viewMenu->addAction(m_scoreDock->toggleViewAction());
    if (!placed && !restoreState(m_settings->windowState())) {
        // At most 30 % and 22 % of the window, so that the criterion page keeps about half of a small
        // one (1920×1080 at 200 % is 960×540).
        resizeDocks({m_navigatorDock, m_scoreDock},
                    {std::min(420, width() * 30 / 100), std::min(280, width() * 22 / 100)}, Qt::Horizontal);
    }
    restoreSplitters(m_workspace);

    m_undoAction = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcuts(undoShortcuts());
    m_redoAction = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcuts(redoShortcuts());
    addAction(m_undoAction);
    addAction(m_redoAction);
    m_editMenu->insertAction(m_findAction, m_undoAction);
    m_editMenu->insertAction(m_findAction, m_redoAction);
    m_editMenu->insertSeparator(m_findAction);

    connect(m_filterLineEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_navigatorFilter->setText(text);
        m_navigatorView->expandAll();
    });
    connect(m_quickFilterComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_navigatorFilter->setQuickFilter(
            static_cast<NavigatorFilterModel::QuickFilter>(m_quickFilterComboBox->currentData().toInt()));
        m_navigatorView->expandAll();
    });
    connect(m_navigatorView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                const QString id = current.data(CriterionIdRole).toString();
                if (!id.isEmpty()) {
                    m_criterionPage->showCriterion(id);
                    m_tabs->setCurrentWidget(m_criterionPage);
                    if (m_historyDialog) {
                        m_historyDialog->setCriterionShown(id);
                    }
                }
            });
    connect(m_criterionPage, &CriterionPage::nextRequested, this, &MainWindow::goNext);
    connect(m_criterionPage, &CriterionPage::previousRequested, this, &MainWindow::goPrevious);
    connect(m_scorePanel, &ScorePanel::overallVisibilityChanged, m_showOverallAction, &QAction::setChecked);
    connect(m_session.get(), &AssessmentSession::scoresChanged, this, &MainWindow::updateActions);
}

DashboardPage* MainWindow::dashboardPage() {
    return m_dashboardTab ? qobject_cast<DashboardPage*>(m_dashboardTab->page()) : nullptr;
}

ActionPlanPage* MainWindow::actionPlanPage() {
    return m_actionPlanTab ? qobject_cast<ActionPlanPage*>(m_actionPlanTab->page()) : nullptr;
}

void MainWindow::restoreSplitters(QWidget* page) {
    for (QSplitter* splitter : page->findChildren<QSplitter*>()) {
        if (!splitter->objectName().isEmpty()) {
            splitter->restoreState(m_settings->splitterState(splitter->objectName()));
        }
    }
}

void MainWindow::closeAssessment() {
    if (!m_session) {
        return;
    }
    m_criterionPage->commitPendingText();
    rememberLayout();
    rememberSummary();
    delete m_historyDialog; // it reads the session, which goes below
    m_editMenu->removeAction(m_undoAction);
    m_editMenu->removeAction(m_redoAction);
    delete m_undoAction;
    delete m_redoAction;
    m_undoAction = m_redoAction = nullptr;
    m_viewMenu->removeAction(m_navigatorDock->toggleViewAction());
    m_viewMenu->removeAction(m_scoreDock->toggleViewAction());
    delete m_navigatorDock;
    delete m_scoreDock;
    delete m_workspace;
    m_navigatorDock = m_scoreDock = nullptr;
    m_workspace = nullptr;
    m_tabs = nullptr;
    m_criterionPage = nullptr;
    m_dashboardTab = nullptr;
    m_actionPlanTab = nullptr;
    m_scorePanel = nullptr;
    m_navigatorView = nullptr;
    m_filterLineEdit = nullptr;
    m_quickFilterComboBox = nullptr;
    m_session.reset();
    showStartPage();
    m_statusLabel->clear();
    updateTitle();
    updateActions();
}

void MainWindow::rememberLayout() {
    m_settings->setWindowGeometry(saveGeometry());
    if (m_session) {
        m_settings->setWindowState(saveState());
        for (const QSplitter* splitter : m_workspace->findChildren<QSplitter*>()) {
            if (!splitter->objectName().isEmpty()) {
                m_settings->setSplitterState(splitter->objectName(), splitter->saveState());
            }
        }
    }
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (m_criterionPage) {
        m_criterionPage->commitPendingText();
    }
    rememberSummary();
    rememberLayout();
    event->accept();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event) {
    // The event's type first: the viewport also has events while the view it belongs to is being
    // destroyed, when the view must not be called.
    const bool resize = event->type() == QEvent::Resize;
    if ((resize || event->type() == QEvent::Paint) && m_navigatorView && watched == m_navigatorViewport) {
        if (resize) {
            m_navigatorView->scrollTo(m_navigatorView->currentIndex(), QAbstractItemView::PositionAtCenter);
        } else {
            // From the first paint on, the view scrolls only as the user and goToCriterion() ask.
            watched->removeEventFilter(this);
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

HistoryDialog* MainWindow::historyDialog() const {
    return m_historyDialog;
}

void MainWindow::showHistory() {
    if (!m_session) {
        return;
    }
    if (!m_historyDialog) {
        m_historyDialog = new HistoryDialog(m_session.get(), this);
        connect(m_historyDialog, &HistoryDialog::criterionActivated, this, &MainWindow::goToCriterion);
    }
    m_historyDialog->setCriterionShown(m_criterionPage ? m_criterionPage->criterionId() : QString());
    m_historyDialog->show();
    m_historyDialog->raise();
    m_historyDialog->activateWindow();
}

void MainWindow::goToCriterion(const QString& criterionId) {
    if (!m_session || !m_session->rubric().criterion(criterionId)) {
        return;
    }
    QModelIndex index = m_navigatorFilter->mapFromSource(m_navigatorModel->indexOfCriterion(criterionId));
    if (!index.isValid()) {
        // Filtered out: clear the filter rather than show a page the navigator cannot point at.
        m_filterLineEdit->clear();
        m_quickFilterComboBox->setCurrentIndex(0);
        index = m_navigatorFilter->mapFromSource(m_navigatorModel->indexOfCriterion(criterionId));
    }
    m_criterionPage->showCriterion(criterionId);
    m_tabs->setCurrentWidget(m_criterionPage);
    m_navigatorView->setCurrentIndex(index);
    m_navigatorView->scrollTo(index);
}

void MainWindow::goNext() {
    if (!m_session) {
        return;
    }
    const QList<Criterion>& criteria = m_session->rubric().criteria();
    const qsizetype index = m_session->rubric().criterionIndex(m_criterionPage->criterionId());
    if (index + 1 < criteria.size()) {
        goToCriterion(criteria[index + 1].id);
    }
}

void MainWindow::goPrevious() {
    if (!m_session) {
        return;
    }
    const qsizetype index = m_session->rubric().criterionIndex(m_criterionPage->criterionId());
    if (index > 0) {
        goToCriterion(m_session->rubric().criteria()[index - 1].id);
    }
}

void MainWindow::newAssessment() {
    NewAssessmentDialog dialog(m_settings->lastFolder(), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    AssessmentDocument::OpenResult created =
        AssessmentDocument::create(dialog.filePath(), dialog.assessment());
    if (!created.document) {
        Dialogs::warning(this, tr("Cannot create the assessment"), created.error);
        return;
    }
    const QString path = created.document->path();
    created.document.reset(); // release the lock, then open like any file
    openDocument(path);
}

void MainWindow::openDialog() {
    const QString path =
        Dialogs::openFileName(this, tr("Open an assessment"), m_settings->lastFolder(),
                              tr("Coherence assessments (*.coherence);;JSON assessments (*.json)"));
    if (!path.isEmpty()) {
        openPath(path);
    }
}

void MainWindow::importDialog() {
    const QString json = Dialogs::openFileName(this, tr("Import an assessment exported as JSON"),
                                               m_settings->lastFolder(), tr("JSON assessments (*.json)"));
    if (json.isEmpty()) {
        return;
    }
    const QString suggested = QFileInfo(json).absolutePath() + QLatin1Char('/') +
                              QFileInfo(json).completeBaseName() + QStringLiteral(".coherence");
    const QString target = Dialogs::saveFileName(this, tr("Save the imported assessment as"), suggested,
                                                 tr("Coherence assessments (*.coherence)"));
    if (!target.isEmpty()) {
        importJson(json, target);
    }
}

bool MainWindow::importJson(const QString& jsonPath, const QString& target) {
    const AssessmentLoadResult loaded = AssessmentJson::fromFile(jsonPath);
    if (!loaded.ok()) {
        const QList<Diagnostic> errors = onlyErrors(loaded.diagnostics);
        QString message = tr("%1 is not a valid assessment: %2")
                              .arg(QDir::toNativeSeparators(jsonPath),
                                   errors.isEmpty() ? QString() : errors.first().toString());
        if (errors.size() > 1) {
            message += QLatin1Char('\n') + tr("Problems found in all: %1.").arg(errors.size());
        }
        message +=
            QStringLiteral("\n\n") + tr("Nothing was imported. Correct the file at the place named, or "
                                        "export the assessment again from the program that made it.");
        Dialogs::warning(this, tr("Cannot import %1").arg(QFileInfo(jsonPath).fileName()), message);
        return false;
    }
    AssessmentDocument::OpenResult created = AssessmentDocument::create(target, *loaded.assessment);
    if (!created.document) {
        Dialogs::warning(this, tr("Cannot import %1").arg(QFileInfo(jsonPath).fileName()), created.error);
        return false;
    }
    created.document.reset();
    const bool opened = openDocument(target);
    if (opened) {
        m_statusLabel->setText(tr("Imported %1 into %2").arg(QFileInfo(jsonPath).fileName(), target));
    }
    return opened;
}

bool MainWindow::openSample() {
    QDir().mkpath(dataFolder());
    const QString target = dataFolder() + QStringLiteral("/Examplia-sample.coherence");
    if (QFileInfo::exists(target)) {
        return openDocument(target);
    }
    return importJson(kSampleResource, target);
}

void MainWindow::saveCopy() {
    if (!m_session) {
        return;
    }
    m_criterionPage->commitPendingText();
    const QString path = Dialogs::saveFileName(this, tr("Save a copy as"), m_settings->lastFolder(),
                                               tr("Coherence assessments (*.coherence)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!m_session->document().saveCopy(path, &error)) {
        Dialogs::warning(this, tr("Copy not saved"), error);
        return;
    }
    m_statusLabel->setText(tr("Copy saved as %1").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::exportJson() {
    if (!m_session) {
        return;
    }
    m_criterionPage->commitPendingText();
    const QString path =
        Dialogs::saveFileName(this, tr("Export as JSON"), m_settings->lastFolder(), tr("JSON (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!AssessmentExport::writeJson(m_session->assessment(), path, &error)) {
        Dialogs::warning(this, tr("Export failed"), error);
        return;
    }
    m_statusLabel->setText(tr("Exported to %1 (checked)").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::exportCsv(bool actions) {
    if (!m_session) {
        return;
    }
    m_criterionPage->commitPendingText();
    const QString path = Dialogs::saveFileName(
        this, actions ? tr("Export the action plan as CSV") : tr("Export the ratings as CSV"),
        m_settings->lastFolder(), tr("CSV (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    const bool ok = actions ? AssessmentExport::writeActionsCsv(m_session->assessment(), path, &error)
                            : AssessmentExport::writeRatingsCsv(m_session->assessment(), path, &error);
    if (!ok) {
        Dialogs::warning(this, tr("Export failed"), error);
        return;
    }
    m_statusLabel->setText(tr("Exported to %1 (checked)").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::exportReport() {
    if (!m_session) {
        return;
    }
    m_criterionPage->commitPendingText();
    ReportDialog dialog(m_session->assessment(), !m_showOverallAction->isChecked(), m_settings->lastFolder(),
                        this);
    dialog.exec();
    if (!dialog.writtenPath().isEmpty()) {
        m_statusLabel->setText(
            tr("Report written and checked: %1").arg(QDir::toNativeSeparators(dialog.writtenPath())));
    }
}

void MainWindow::editDetails() {
    if (!m_session || m_session->isReadOnly()) {
        return;
    }
    const AssessmentMetadata metadata = m_session->assessment().metadata();
    AssessmentDetailsDialog dialog(m_session->assessment().plan(), metadata, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_session->changeDetails(dialog.plan(), dialog.metadata(metadata));
    }
}

QString MainWindow::shortcutsHelpText() const {
    // Built from the actions themselves, so that the help can never name a key the window does not
    // answer to, or leave out one it does (a test holds every action's shortcut to it).
    const auto keys = [](const QList<QKeySequence>& sequences) -> QString {
        QStringList names;
        for (const QKeySequence& sequence : sequences) {
            const QString name = sequence.toString(QKeySequence::NativeText).toHtmlEscaped();
            if (!name.isEmpty() && !names.contains(name)) {
                names << name;
            }
        }
        return QStringLiteral("<b>") + names.join(QStringLiteral("</b>, <b>")) + QStringLiteral("</b>");
    };
    const auto of = [](std::initializer_list<const QAction*> actions) {
        QList<QKeySequence> sequences;
        for (const QAction* action : actions) {
            sequences << action->shortcuts();
        }
        return sequences;
    };
    const QList<std::pair<QString, QString>> rows{
        {QStringLiteral("<b>0 – %1</b>").arg(m_levelActions.size() - 1),
         tr("Rate the criterion on screen at that level")},
        {keys(of({m_notApplicableAction})), tr("Not applicable (asks for the justification)")},
        {keys(of({m_nextAction})), tr("Next criterion")},
        {keys(of({m_previousAction})), tr("Previous criterion")},
        {keys(of({m_findAction})), tr("Filter the recommendations")},
        {keys(undoShortcuts()), tr("Undo (saved at once, like any edit)")},
        {keys(redoShortcuts()), tr("Redo")},
        {keys(of({m_historyAction})), tr("Change history")},
        {keys(of({m_showCriterionAction, m_showDashboardAction, m_showActionPlanAction})),
         tr("Criterion, dashboard, action plan")},
        {keys(of({m_presentAction})), tr("Present to a room, one recommendation at a time")},
        {keys(of({m_newAction, m_openAction})), tr("New assessment, open")},
        {keys(of({m_exportReportAction})), tr("Export a report")},
        {keys(of({m_saveCopyAction})), tr("Save a copy")},
        {keys(of({m_closeAction, m_quitAction})), tr("Close the assessment, quit")},
        {keys({QKeySequence(Qt::Key_Tab), QKeySequence(Qt::SHIFT | Qt::Key_Tab)}),
         tr("Move between controls")},
    };
    QString text = QStringLiteral("<table cellpadding='4'>");
    for (const auto& [keyNames, what] : rows) {
        if (keyNames == u"<b></b>") {
            continue; // a standard key this platform leaves without a binding
        }
        text += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(keyNames, what.toHtmlEscaped());
    }
    return text + QStringLiteral("</table>");
}

QList<QKeySequence> MainWindow::undoShortcuts() {
    return {QKeySequence::Undo};
}

QList<QKeySequence> MainWindow::redoShortcuts() {
    // Ctrl+Shift+Z first on every platform, as the keyboard help and the walk-through's tests say;
    // the platform's own Redo (Ctrl+Y on Windows) too.
    return {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(QKeySequence::Redo)};
}

void MainWindow::showShortcuts() {
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard shortcuts"), shortcutsHelpText(), QMessageBox::Close,
                    this);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

void MainWindow::showSources() {
    const RubricLoadResult builtin = BuiltinRubrics::load(QStringLiteral("gmg-2010"));
    const Rubric* rubric = m_session ? &m_session->rubric() : builtin.rubric.get();
    if (!rubric) {
        return;
    }
    QStringList lines{rubric->title().text() + QStringLiteral(" — ") + rubric->id() + QLatin1Char(' ') +
                          rubric->version(),
                      QString(), rubric->notes().text(), QString()};
    for (const RubricSource& source : rubric->sources()) {
        lines << QStringLiteral("• ") + source.citation.text() +
                     (source.note.isEmpty() ? QString() : QStringLiteral(" — ") + source.note.text());
    }
    QMessageBox box(QMessageBox::Information, tr("Rubric sources"), lines.join(QLatin1Char('\n')),
                    QMessageBox::Close, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void MainWindow::showAbout() {
    QMessageBox box(
        QMessageBox::Information, tr("About Coherence"),
        tr("Coherence %1\n\nScores a national development plan against the recommendations of the Global "
           "Migration Group handbook “Mainstreaming Migration into Development Planning” (IOM, 2010).\n\n"
           "Works offline: it makes no network connection, ever. Every change is saved as you make it.\n\n"
           "Licence: GPL-3.0-or-later.")
            .arg(QApplication::applicationVersion()),
        QMessageBox::Close, this);
    box.setTextFormat(Qt::PlainText);
    box.setIconPixmap(ApplicationIconEngine::icon().pixmap(QSize(64, 64), box.devicePixelRatioF()));
    box.exec();
}

PresentationWindow* MainWindow::presentation() const {
    return m_presentation;
}

void MainWindow::startPresentation() {
    if (!m_session) {
        return;
    }
    if (m_presentation) {
        m_presentation->raise();
        m_presentation->activateWindow();
        return;
    }
    const QString path = m_session->document().path();
    QString participants = m_settings->presentationParticipants(path);
    if (participants.isEmpty()) {
        participants = m_session->assessment().metadata().organisation;
    }
    m_presentation = new PresentationWindow(m_session.get(), participants, this);
    if (m_criterionPage && m_tabs->currentWidget() == m_criterionPage) {
        const qsizetype slide = m_presentation->deck().indexOfCriterion(m_criterionPage->criterionId());
        m_presentation->setCurrentIndex(std::max<qsizetype>(0, slide));
    }
    // The chosen screen; else, with two screens, the one this window is not on (the projector).
    const QList<QScreen*> screens = QGuiApplication::screens();
    QScreen* target = nullptr;
    for (QScreen* candidate : screens) {
        if (candidate->name() == m_settings->presentationScreen()) {
            target = candidate;
        }
    }
    if (!target) {
        target = screen();
        for (QScreen* candidate : screens) {
            if (candidate != screen()) {
                target = candidate;
                break;
            }
        }
    }
    connect(m_presentation, &PresentationWindow::finished, this, [this](qsizetype lastIndex) {
        // Back in the walk-through where the room stopped.
        if (m_presentation && lastIndex < m_presentation->deck().size()) {
            const Slide& slide = m_presentation->deck().at(lastIndex);
            if (slide.kind == Slide::Kind::Criterion) {
                goToCriterion(slide.criterionId);
            }
        }
        activateWindow();
    });
    m_presentation->start(target);
    if (screens.size() > 1 && m_settings->presenterView()) {
        QScreen* other = target == screen() ? screens.at(screens.first() == target ? 1 : 0) : screen();
        m_presentation->showPresenterView(other);
        m_presentation->activateWindow();
    }
}

void MainWindow::presentationSettings() {
    const QString path = m_session ? m_session->document().path() : QString();
    PresentationSettingsDialog dialog(m_settings->presentationScreen(), m_settings->presenterView(),
                                      path.isEmpty() ? QString() : m_settings->presentationParticipants(path),
                                      this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    m_settings->setPresentationScreen(dialog.screenName());
    m_settings->setPresenterView(dialog.presenterView());
    if (!path.isEmpty()) {
        m_settings->setPresentationParticipants(path, dialog.participants());
    }
}

std::shared_ptr<const Assessment> MainWindow::readAssessment(const QString& path) {
    QString error;
    if (AssessmentDocument::looksLikeDatabase(path)) {
        const AssessmentDocument::OpenResult opened =
            AssessmentDocument::open(path, AssessmentDocument::Access::ReadOnly);
        if (opened.document) {
            return std::make_shared<const Assessment>(opened.document->assessment());
        }
        error = opened.error;
    } else {
        const AssessmentLoadResult loaded = AssessmentJson::fromFile(path);
        if (loaded.ok()) {
            return loaded.assessment;
        }
        const QList<Diagnostic> errors = onlyErrors(loaded.diagnostics);
        error = errors.isEmpty() ? tr("it is not a valid assessment") : errors.first().toString();
    }
    Dialogs::warning(this, tr("Cannot read %1").arg(QFileInfo(path).fileName()),
                     tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), error));
    return nullptr;
}

void MainWindow::mergeAssessments() {
    const QStringList paths =
        Dialogs::openFileNames(this, tr("Choose the participants' assessments to merge"),
                               m_settings->lastFolder(), tr("Assessments (*.coherence *.json)"));
    if (paths.isEmpty()) {
        return;
    }
    QList<MergeParticipant> participants;
    for (const QString& path : paths) {
        const auto assessment = readAssessment(path);
        if (!assessment) {
            return;
        }
        participants << MergeParticipant{AssessmentMerge::participantName(*assessment, path), path,
                                         assessment};
    }
    QString error;
    std::optional<AssessmentMerge> merge = AssessmentMerge::prepare(participants, &error);
    if (!merge) {
        Dialogs::warning(this, tr("Cannot merge"), tr("These assessments cannot be merged: %1").arg(error));
        return;
    }
    MergeDialog dialog(std::move(*merge), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const QString suggested = QFileInfo(paths.first()).absolutePath() + QLatin1Char('/') + tr("consensus") +
                              QStringLiteral(".coherence");
    const QString target = Dialogs::saveFileName(this, tr("Save the consensus as"), suggested,
                                                 tr("Coherence assessments (*.coherence)"));
    if (target.isEmpty()) {
        return;
    }
    if (QFileInfo::exists(target)) {
        Dialogs::warning(this, tr("Cannot merge"),
                         tr("%1 already exists: a merge always makes a new file. Choose another name.")
                             .arg(QDir::toNativeSeparators(target)));
        return;
    }
    if (!dialog.merge().writeConsensus(target, dialog.anonymise(), &error)) {
        Dialogs::warning(this, tr("Cannot merge"), tr("The consensus could not be written: %1").arg(error));
        return;
    }
    if (openPath(target)) {
        m_statusLabel->setText(tr("Merged %1 assessments into %2")
                                   .arg(paths.size())
                                   .arg(QDir::toNativeSeparators(QFileInfo(target).fileName())));
    }
}

void MainWindow::compareWith() {
    if (!m_session) {
        return;
    }
    const QString path = Dialogs::openFileName(this, tr("Compare with"), m_settings->lastFolder(),
                                               tr("Assessments (*.coherence *.json)"));
    if (path.isEmpty()) {
        return;
    }
    const auto other = readAssessment(path);
    if (!other) {
        return;
    }
    QString error;
    std::optional<AssessmentComparison> comparison =
        AssessmentComparison::compare(m_session->assessment(), *other, &error);
    if (!comparison) {
        Dialogs::warning(this, tr("Cannot compare"),
                         tr("These assessments cannot be compared: %1").arg(error));
        return;
    }
    auto* dialog =
        new CompareDialog(std::move(*comparison), QFileInfo(m_session->document().path()).fileName(),
                          QFileInfo(path).fileName(), this);
    connect(dialog, &CompareDialog::criterionActivated, this, &MainWindow::goToCriterion);
    dialog->show();
}

} // namespace coherence
