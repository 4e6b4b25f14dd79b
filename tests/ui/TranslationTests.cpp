#include "ActionDialog.h"
#include "ApplicationTranslations.h"
#include "AssessmentComparison.h"
#include "AssessmentDetailsDialog.h"
#include "AssessmentJson.h"
#include "AssessmentMerge.h"
#include "AssessmentSession.h"
#include "CitationDialog.h"
#include "CompareDialog.h"
#include "LocalizedText.h"
#include "MainWindow.h"
#include "MergeDialog.h"
#include "NewAssessmentDialog.h"
#include "PresentationSettingsDialog.h"
#include "ReportDialog.h"
#include "ReportExport.h"
#include "ReportRendererModule.h"
#include "UiTestSupport.h"
#include "support/StringMakers.h"
#include "support/TestData.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMainWindow>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTranslator>

#include <catch2/catch.hpp>

using namespace coherence;

namespace {

/// Takes back what ApplicationTranslations::install did, so that later tests read English.
struct TranslationsUninstalled {
    ~TranslationsUninstalled() {
        for (QTranslator* translator : qApp->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly)) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        LocalizedText::setDefaultLanguage(QString());
    }
};

QString firstMenuTitle() {
    MainWindow window;
    const QList<QAction*> menus = window.menuBar()->actions();
    return menus.isEmpty() ? QString() : menus.first()->text();
}

} // namespace

TEST_CASE("The window speaks the user's language where it is translated, and English elsewhere",
          "[ui][translations]") {
    const TranslationsUninstalled cleanup;
    CHECK(ApplicationTranslations::available() == QStringList{QStringLiteral("es"), QStringLiteral("fr")});
    const RubricPtr rubric = test::gmgRubric();
    const LocalizedText& areaTitle = rubric->areas().first().title;
    REQUIRE(areaTitle.hasLanguage(QStringLiteral("fr")));

    SECTION("Spanish: the window in Spanish; the rubric has no Spanish, so its texts stay English") {
        CHECK(ApplicationTranslations::install(QLocale(QStringLiteral("es_MX"))) == u"es");
        CHECK(firstMenuTitle() == QStringLiteral("&Archivo"));
        CHECK(areaTitle.text() == areaTitle.english());
    }
    SECTION("German: no translation of the window, English rubric texts") {
        CHECK(ApplicationTranslations::install(QLocale(QStringLiteral("de_DE"))).isEmpty());
        CHECK(firstMenuTitle() == QStringLiteral("&File"));
        // Nor Qt's own texts, though Debian has them in German: the window speaks one language.
        CHECK(qApp->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly).isEmpty());
        CHECK(LocalizedText::defaultLanguage() == QStringLiteral("de_DE"));
        CHECK(areaTitle.text() == areaTitle.english());
    }
    SECTION("French: the window in French, and the rubric's French texts where it has them") {
        CHECK(ApplicationTranslations::install(QLocale(QStringLiteral("fr_FR"))).startsWith(u"fr"));
        CHECK(firstMenuTitle() == QStringLiteral("&Fichier"));
        // Qt's own texts too: the standard buttons of its dialogs.
        CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == QStringLiteral("Annuler"));
        CHECK(QCoreApplication::translate("coherence::CriterionPage", "What to look for in the plan") ==
              QStringLiteral("Ce qu'il faut chercher dans le plan"));
        // Texts of core classes too: a damaged file is explained in French.
        CHECK(QCoreApplication::translate("AssessmentDocument", "the file is damaged: %1") ==
              QStringLiteral("le fichier est endommagé : %1"));
        CHECK(areaTitle.text() == areaTitle.text(QStringLiteral("fr")));
        CHECK(areaTitle.text() != areaTitle.english());
        // A text the rubric has in English only falls back to English.
        const LocalizedText& criterionTitle = rubric->criteria().first().title;
        CHECK(criterionTitle.text() == criterionTitle.english());
    }
}

TEST_CASE("In every language, a small window at 200 % cuts nothing off the score panel or the criterion page",
          "[ui][translations]") {
    const QStringList languages = ApplicationTranslations::available();
    REQUIRE(languages.size() >= 2);
    for (const QString& language : languages) {
        CAPTURE(language.toStdString());
        const TranslationsUninstalled cleanup;
        REQUIRE(ApplicationTranslations::install(QLocale(language)) == language);
        // 1920×1080 at 200 % less a taskbar, as the English test in MainWindowTests; translated titles
        // are longer ("Processus et facteurs favorables" for "Process and enablers").
        test::forgetSettings();
        MainWindow window;
        window.resize(960, 500);
        window.show();
        REQUIRE(window.openSample());
        QApplication::processEvents();
        CHECK(test::scorePanelFitsItsDock(window));
        auto* scroll = window.findChild<QScrollArea*>(QStringLiteral("criterionScrollArea"));
        REQUIRE(scroll);
        CHECK_FALSE(scroll->horizontalScrollBar()->isVisible());
        const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
        CHECK(minimum.width() <= 960);
        CHECK(minimum.height() <= 500);
        window.closeAssessment();
    }
}

namespace {

/// Labels whose text has a keyboard accelerator ("&Due:") but no buddy to give the focus to: Qt
/// then shows the "&" itself and Alt+letter does nothing.
QStringList labelsWithoutBuddy(const QWidget& dialog) {
    QStringList found;
    for (const QLabel* label : dialog.findChildren<QLabel*>()) {
        QString text = label->text();
        text.remove(QStringLiteral("&&"));
        if (text.contains(u'&') && label->buddy() == nullptr) {
            found << label->text();
        }
    }
    return found;
}

} // namespace

TEST_CASE("Every label with an accelerator in the dialogs gives the focus to its field",
          "[ui][translations]") {
    // In every language: a translation keeps the accelerator (DesktopFilesTests), so this holds for all.
    const NewAssessmentDialog newAssessment(QDir::tempPath());
    CHECK(labelsWithoutBuddy(newAssessment).isEmpty());
    const RubricPtr rubric = test::gmgRubric();
    const ActionDialog action(*rubric);
    CHECK(labelsWithoutBuddy(action).isEmpty());
}

namespace {

/// The Alt keys that more than one control of @p dialog answers to, with the texts that share each:
/// Qt gives such a key to the first control and then to the next at each press, so a user who
/// presses Alt+V for "Assessors" may land in "Assessment title" instead. Also any Alt key that is
/// not a letter or digit, which only a literal "&" in a text gives ("Monitored & adaptive": Alt+Space).
QStringList sharedAccelerators(const QWidget& dialog) {
    QMap<QString, QStringList> texts;
    QStringList odd;
    const auto add = [&texts, &odd](const QString& text) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (key.isEmpty()) {
            return;
        }
        texts[key.toString()] << text;
        const int code = key[0].key();
        if (code > 0xffff || !QChar(code).isLetterOrNumber()) {
            odd << key.toString() + QStringLiteral(": ") + text;
        }
    };
    // Only what is shown: Qt ignores the Alt key of a control on a page not shown (another tab).
    const auto shown = [&dialog](const QWidget* widget) { return widget->isVisibleTo(&dialog); };
    for (const QLabel* label : dialog.findChildren<QLabel*>()) {
        if (label->buddy() && shown(label)) {
            add(label->text());
        }
    }
    for (const QAbstractButton* button : dialog.findChildren<QAbstractButton*>()) {
        if (shown(button)) {
            add(button->text());
        }
    }
    for (const QGroupBox* group : dialog.findChildren<QGroupBox*>()) {
        if (shown(group)) {
            add(group->title());
        }
    }
    for (const QTabBar* tabs : dialog.findChildren<QTabBar*>()) {
        for (int i = 0; shown(tabs) && i < tabs->count(); ++i) {
            add(tabs->tabText(i));
        }
    }
    if (const auto* window = qobject_cast<const QMainWindow*>(&dialog)) {
        for (const QAction* menu : window->menuBar()->actions()) {
            add(menu->text());
        }
    }
    QStringList shared = odd;
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        if (it.value().size() > 1) {
            shared << it.key() + QStringLiteral(": ") + it.value().join(QStringLiteral(" / "));
        }
    }
    return shared;
}

} // namespace

TEST_CASE("In every language, no two controls of a dialog share an Alt key", "[ui][translations]") {
    QTemporaryDir dir;
    const auto sample = test::sampleSession(dir);
    const Assessment& assessment = sample->assessment();
    for (const QString& language : QStringList{QStringLiteral("en")} + ApplicationTranslations::available()) {
        CAPTURE(language.toStdString());
        const TranslationsUninstalled cleanup;
        ApplicationTranslations::install(QLocale(language));
        const NewAssessmentDialog newAssessment(QDir::tempPath());
        CHECK(sharedAccelerators(newAssessment) == QStringList());
        const AssessmentDetailsDialog details(assessment.plan(), assessment.metadata());
        CHECK(labelsWithoutBuddy(details).isEmpty());
        CHECK(sharedAccelerators(details) == QStringList());
        const ActionDialog action(*assessment.rubric());
        CHECK(sharedAccelerators(action) == QStringList());
        const CitationDialog citation;
        CHECK(sharedAccelerators(citation) == QStringList());
        const PresentationSettingsDialog presentation(QString(), true, QString());
        CHECK(sharedAccelerators(presentation) == QStringList());
        const ReportDialog report(assessment, false, dir.path());
        CHECK(sharedAccelerators(report) == QStringList());
        const auto copy = std::make_shared<const Assessment>(assessment);
        QString error;
        const std::optional<AssessmentMerge> merge =
            AssessmentMerge::prepare({{QStringLiteral("A"), QStringLiteral("a.coherence"), copy},
                                      {QStringLiteral("B"), QStringLiteral("b.coherence"), copy}},
                                     &error);
        REQUIRE(merge);
        const MergeDialog mergeDialog(*merge);
        CHECK(sharedAccelerators(mergeDialog) == QStringList());
        std::optional<AssessmentComparison> comparison =
            AssessmentComparison::compare(assessment, assessment, &error);
        REQUIRE(comparison);
        const CompareDialog compare(*comparison, QStringLiteral("A"), QStringLiteral("B"));
        CHECK(sharedAccelerators(compare) == QStringList());

        // The start page, with the menu bar.
        {
            MainWindow window;
            window.show();
            REQUIRE(window.openPath(sample->document().path())); // so that the page lists a recent file
            window.closeAssessment();
            window.showStartPage();
            auto* startPage = window.findChild<QWidget*>(QStringLiteral("startPage"));
            REQUIRE(startPage);
            REQUIRE(startPage->isVisible());
            CHECK(sharedAccelerators(window) == QStringList());
        }
        test::forgetSettings(); // the start page's window leaves no layout to the one below

        // The walk-through itself, with the menu bar's titles, and each menu.
        MainWindow window;
        window.show();
        REQUIRE(window.openSample());
        REQUIRE(test::waitForEvidenceAndNotes(window));
        for (const char* page : {"showCriterionAction", "showDashboardAction", "showActionPlanAction"}) {
            CAPTURE(page);
            window.findChild<QAction*>(QString::fromLatin1(page))->trigger();
            QApplication::processEvents(); // the dashboard and the action plan are built when first shown
            CHECK(sharedAccelerators(window) == QStringList());
        }
        for (const QAction* menuAction : window.menuBar()->actions()) {
            QStringList items;
            for (const QAction* item : menuAction->menu()->actions()) {
                const QKeySequence key = QKeySequence::mnemonic(item->text());
                if (!key.isEmpty() && items.contains(key.toString())) {
                    FAIL_CHECK("menu " << menuAction->text().toStdString() << ": "
                                       << item->text().toStdString() << " repeats "
                                       << key.toString().toStdString());
                }
                items << key.toString();
            }
        }
        window.closeAssessment();
    }
}

TEST_CASE("A report exported in French passes its checks in every format and reads in French",
          "[ui][translations][reports]") {
    const TranslationsUninstalled cleanup;
    REQUIRE(ApplicationTranslations::install(QLocale(QStringLiteral("fr_FR"))) == u"fr");
    const AssessmentLoadResult sample = AssessmentJson::fromFile(
        QStringLiteral(COHERENCE_SOURCE_DIR "/resources/samples/examplia-ndp-2026-2030.json"));
    REQUIRE(sample.ok());
    ReportOptions options; // as ReportDialog::options() gives them: the window's language
    options.language = LocalizedText::defaultLanguage();
    QTemporaryDir dir;
    QString error;

    // Markdown and HTML from the core, read back and checked against the translated section titles.
    const QString markdown = dir.filePath(QStringLiteral("note.md"));
    REQUIRE(ReportExport::writeMarkdown(*sample.assessment, options, markdown, &error));
    QFile file(markdown);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(u"Note de synthèse"));
    CHECK(text.contains(u"Principaux constats"));
    CHECK(text.contains(sample.assessment->rubric()->areas().first().title.text(QStringLiteral("fr"))));
    REQUIRE(ReportExport::writeHtml(*sample.assessment, options, dir.filePath(QStringLiteral("note.html")),
                                    &error));

    // PDF and ODT from the report module, which holds a core of its own: the language goes with the
    // options, and Qt's translations are the process's.
    const auto module = test::openReportModule();
    const auto render = reinterpret_cast<ReportRendererModule::Render>(module->functions[0]);
    for (const ReportExport::Format format : {ReportExport::Format::Pdf, ReportExport::Format::Odt}) {
        const QString path = dir.filePath(format == ReportExport::Format::Pdf ? QStringLiteral("note.pdf")
                                                                              : QStringLiteral("note.odt"));
        INFO(path.toStdString());
        CHECK(render(*sample.assessment, options, format, path, &error));
    }
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {dir.filePath(QStringLiteral("note.pdf")), QStringLiteral("-")});
    REQUIRE(pdftotext.waitForFinished(60000));
    const QString pdfText = QString::fromUtf8(pdftotext.readAllStandardOutput());
    CHECK(pdfText.contains(u"Principaux constats"));
    CHECK(pdfText.contains(u"Processus d"));
    // The ODT: its sections in French as headings, and French as the language its spelling is checked in.
    const QString odt = dir.filePath(QStringLiteral("note.odt"));
    const auto odtPart = [&odt](const QString& part) {
        return QString::fromUtf8(test::zipMember(odt, part));
    };
    CHECK(odtPart(QStringLiteral("content.xml"))
              .contains(u"<text:h text:style-name=\"Heading_20_1\" text:outline-level=\"1\">Principaux "
                        u"constats</text:h>"));
    CHECK(odtPart(QStringLiteral("styles.xml")).contains(u"fo:language=\"fr\""));
}
