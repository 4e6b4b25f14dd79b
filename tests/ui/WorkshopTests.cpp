#include "AssessmentSession.h"
#include "CompareDialog.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "MergeDialog.h"
#include "PresentationWindow.h"
#include "PresenterView.h"
#include "SlidePainter.h"
#include "UiTestSupport.h"
#include "support/StringMakers.h"
#include "support/TestData.h"

#include <QAction>
#include <QCheckBox>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QTextItem>

#include <catch2/catch.hpp>

using namespace coherence;

namespace {

/// A paint device that keeps every text drawn on it: what a slide shows, read back as strings.
class TextRecorder : public QPaintDevice {
public:
    explicit TextRecorder(QSize size)
        : m_size(size) {}
    QPaintEngine* paintEngine() const override { return &m_engine; }
    const QStringList& texts() const { return m_engine.texts; }
    /// The lowest baseline of the texts that contain @p part, or of all texts when it is empty.
    qreal lowestBaseline(const QString& part = QString()) const {
        qreal lowest = -1;
        for (qsizetype i = 0; i < m_engine.texts.size(); ++i) {
            if (part.isEmpty() || m_engine.texts[i].contains(part)) {
                lowest = std::max(lowest, m_engine.baselines[i]);
            }
        }
        return lowest;
    }
    /// The highest baseline of the texts that contain @p part.
    qreal highestBaseline(const QString& part) const {
        qreal highest = 1e9;
        for (qsizetype i = 0; i < m_engine.texts.size(); ++i) {
            if (m_engine.texts[i].contains(part)) {
                highest = std::min(highest, m_engine.baselines[i]);
            }
        }
        return highest;
    }
    /// The smallest font, in pixels, any text was drawn with.
    int smallestText() const { return m_engine.smallest; }

protected:
    int metric(PaintDeviceMetric metric) const override {
        switch (metric) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDepth:
            return 32;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return static_cast<int>(devicePixelRatioFScale());
        default:
            return 0;
        }
    }

private:
    class Engine : public QPaintEngine {
    public:
        Engine()
            : QPaintEngine(QPaintEngine::AllFeatures) {}
        bool begin(QPaintDevice*) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState&) override {}
        void drawPixmap(const QRectF&, const QPixmap&, const QRectF&) override {}
        void drawPath(const QPainterPath&) override {}
        void drawPolygon(const QPointF*, int, PolygonDrawMode) override {}
        void drawImage(const QRectF&, const QImage&, const QRectF&, Qt::ImageConversionFlags) override {}
        void drawTextItem(const QPointF& position, const QTextItem& item) override {
            texts << item.text();
            baselines << state->transform().map(position).y();
            smallest = std::min(smallest, item.font().pixelSize());
        }
        Type type() const override { return QPaintEngine::User; }
        QStringList texts;
        QList<qreal> baselines; ///< of each text, in the device's coordinates
        int smallest = 1 << 20;
    };

    QSize m_size;
    mutable Engine m_engine;
};

QString copyOfSample(const QTemporaryDir& dir) {
    return test::sampleSession(dir)->document().path(); // the session (and its lock) ends here
}

PresentationWindow* startPresentationAt(MainWindow& window, const QString& criterionId) {
    window.goToCriterion(criterionId);
    window.findChild<QAction*>(QStringLiteral("presentAction"))->trigger(); // F5
    QApplication::processEvents();
    return window.presentation();
}

void key(QWidget* target, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QTest::keyClick(target, key, modifiers);
    QApplication::processEvents();
}

} // namespace

TEST_CASE("Presentation mode is driven by clicker keys and captures the room's level and votes",
          "[ui][presentation]") {
    QTemporaryDir dir;
    MainWindow window;
    const QString path = copyOfSample(dir);
    REQUIRE(window.openPath(path));
    window.show();
    PresentationWindow* presentation = startPresentationAt(window, QStringLiteral("LAB-2"));
    REQUIRE(presentation);
    CHECK(presentation->isFullScreen());
    const qsizetype start = presentation->deck().indexOfCriterion(QStringLiteral("LAB-2"));
    CHECK(presentation->currentIndex() == start);

    key(presentation, Qt::Key_PageDown);
    CHECK(presentation->currentIndex() == start + 1);
    key(presentation, Qt::Key_Space);
    CHECK(presentation->currentIndex() == start + 2);
    key(presentation, Qt::Key_PageUp);
    key(presentation, Qt::Key_Left);
    CHECK(presentation->currentIndex() == start);
    key(presentation, Qt::Key_Right);
    key(presentation, Qt::Key_Left);
    CHECK(presentation->currentIndex() == start);
    key(presentation, Qt::Key_B);
    CHECK(presentation->isBlanked());
    key(presentation, Qt::Key_B);
    CHECK_FALSE(presentation->isBlanked());
    // L shows the levels in full, and again the recommendation; a new slide opens on its text.
    key(presentation, Qt::Key_L);
    CHECK(presentation->showsLevelsInFull());
    key(presentation, Qt::Key_L);
    CHECK_FALSE(presentation->showsLevelsInFull());
    key(presentation, Qt::Key_L);
    key(presentation, Qt::Key_Right);
    CHECK_FALSE(presentation->showsLevelsInFull());
    key(presentation, Qt::Key_Left);
    CHECK_FALSE(presentation->showsLevelsInFull());

    const Assessment& assessment = window.session()->assessment();
    key(presentation, Qt::Key_4);
    CHECK(assessment.rating(QStringLiteral("LAB-2")).level == 4);
    key(presentation, Qt::Key_1);
    CHECK(assessment.rating(QStringLiteral("LAB-2")).level == 1);

    // A tally: 2 for level 0, 15 for level 1, none for 2, 1 for level 3.
    key(presentation, Qt::Key_V);
    CHECK(presentation->isEnteringVotes());
    for (const Qt::Key k :
         {Qt::Key_2, Qt::Key_Tab, Qt::Key_1, Qt::Key_5, Qt::Key_Tab, Qt::Key_Tab, Qt::Key_1}) {
        key(presentation, k);
    }
    CHECK(assessment.rating(QStringLiteral("LAB-2")).votes.isEmpty()); // nothing stored before Enter
    key(presentation, Qt::Key_Return);
    CHECK_FALSE(presentation->isEnteringVotes());
    CHECK(assessment.rating(QStringLiteral("LAB-2")).votes == QMap<int, int>{{0, 2}, {1, 15}, {3, 1}});
    CHECK(presentation->currentIndex() == start); // Enter stored the tally; it did not advance

    // Escape cancels a tally being typed; Ctrl+Z undoes the stored one.
    key(presentation, Qt::Key_V);
    key(presentation, Qt::Key_9);
    key(presentation, Qt::Key_Escape);
    CHECK_FALSE(presentation->isEnteringVotes());
    CHECK(assessment.rating(QStringLiteral("LAB-2")).votes.size() == 3);
    key(presentation, Qt::Key_Z, Qt::ControlModifier);
    CHECK(assessment.rating(QStringLiteral("LAB-2")).votes.isEmpty());
    key(presentation, Qt::Key_Z, Qt::ShiftModifier | Qt::ControlModifier);
    CHECK(assessment.rating(QStringLiteral("LAB-2")).votes.size() == 3);

    // Number keys on a slide that is not a criterion change nothing, and it has no levels to show.
    key(presentation, Qt::Key_Home);
    CHECK(presentation->currentIndex() == 0);
    const auto ratings = assessment.ratings();
    key(presentation, Qt::Key_3);
    CHECK(assessment.ratings() == ratings);
    key(presentation, Qt::Key_L);
    CHECK_FALSE(presentation->showsLevelsInFull());
    key(presentation, Qt::Key_End);
    CHECK(presentation->currentIndex() == presentation->deck().size() - 1);

    // Escape leaves, back in the walk-through at the last criterion shown.
    presentation->setCurrentIndex(presentation->deck().indexOfCriterion(QStringLiteral("HLT-1")));
    key(presentation, Qt::Key_Escape);
    QApplication::processEvents();
    CHECK_FALSE(window.presentation());
    CHECK(window.findChild<QWidget*>(QStringLiteral("criterionPage"))->isVisible());

    // Everything the room decided was saved in the file.
    window.closeAssessment();
    const AssessmentDocument::OpenResult reopened = AssessmentDocument::open(path);
    REQUIRE(reopened.document);
    CHECK(reopened.document->assessment().rating(QStringLiteral("LAB-2")).level == 1);
    CHECK(reopened.document->assessment().rating(QStringLiteral("LAB-2")).votes.size() == 3);
}

TEST_CASE("Slides scale their type with the screen and never show private notes or assessors",
          "[ui][presentation]") {
    CHECK(SlidePainter::minimumTextSize(720) == 24);
    CHECK(SlidePainter::minimumTextSize(1080) == 36);

    QTemporaryDir dir;
    const auto session = test::sampleSession(dir);
    const PresentationDeck deck(session->rubric());
    const SlidePainter painter(*session, deck, QStringLiteral("Validation workshop, 24 participants"));
    QStringList privateTexts = session->assessment().metadata().assessors;
    for (const Rating& rating : session->assessment().ratings()) {
        if (!rating.privateNote.isEmpty()) {
            privateTexts << rating.privateNote;
        }
    }
    REQUIRE(privateTexts.size() >= 3);
    QStringList everything;
    for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
        for (qsizetype i = 0; i < deck.size(); ++i) {
            TextRecorder recorder(size);
            QPainter p(&recorder);
            painter.paint(p, QRect(QPoint(0, 0), size), i);
            p.end();
            everything << recorder.texts();
            INFO("slide " << i << " at " << size.height() << " pixels high");
            CHECK(recorder.smallestText() * 30 >= size.height()); // body text at least 1/30 of the height
        }
    }
    const QString all = everything.join(QLatin1Char('\n'));
    CHECK(all.contains(u"Participants: Validation workshop, 24 participants"));
    CHECK(all.contains(u"Top gaps"));
    CHECK(all.contains(u"Area profile"));
    for (const QString& secret : privateTexts) {
        INFO(secret.toStdString());
        CHECK_FALSE(all.contains(secret.left(30)));
    }
}

TEST_CASE("A recommendation's levels in full show every definition whole, above the room's level",
          "[ui][presentation]") {
    QTemporaryDir dir;
    const auto session = test::sampleSession(dir);
    const Rubric& rubric = session->rubric();
    // The criterion with the longest definitions, with votes, which narrow the text beside them.
    QString longest;
    qsizetype longestSize = 0;
    for (const Criterion& criterion : rubric.criteria()) {
        qsizetype size = 0;
        for (const ScaleLevel& level : rubric.scale().levels()) {
            size += criterion.levelDescriptors.value(level.value, level.definition).text().size();
        }
        if (size > longestSize) {
            longest = criterion.id;
            longestSize = size;
        }
    }
    Rating withVotes = session->assessment().rating(longest);
    withVotes.votes = {{0, 3}, {2, 120}, {4, 9}};
    REQUIRE(session->changeRating(longest, withVotes, QStringLiteral("votes")));

    const PresentationDeck deck(rubric);
    SlidePainter painter(*session, deck, QString());
    int slides = 0;
    for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
        for (qsizetype i = 0; i < deck.size(); ++i) {
            const Slide& slide = deck.at(i);
            if (slide.kind != Slide::Kind::Criterion) {
                continue;
            }
            const Criterion& criterion = *rubric.criterion(slide.criterionId);
            painter.setLevelsInFull(i);
            TextRecorder recorder(size);
            QPainter p(&recorder);
            painter.paint(p, QRect(QPoint(0, 0), size), i);
            p.end();
            INFO(criterion.id.toStdString() << " at " << size.height() << " pixels high");
            CHECK(recorder.smallestText() * 30 >= size.height());
            const QString drawn = recorder.texts().join(QLatin1Char(' ')).simplified();
            CHECK_FALSE(drawn.contains(u'…'));
            for (const ScaleLevel& level : rubric.scale().levels()) {
                const QString definition =
                    criterion.levelDescriptors.value(level.value, level.definition).text();
                CHECK(drawn.contains(level.label.text() + QStringLiteral(" — ") + definition.simplified()));
            }
            // Every level above the status line: none is cut off by it.
            const qreal status = std::min({recorder.highestBaseline(QStringLiteral("Not yet rated")),
                                           recorder.highestBaseline(QStringLiteral("The room's level")),
                                           recorder.highestBaseline(QStringLiteral("Not applicable"))});
            REQUIRE(status < size.height());
            CHECK(recorder.lowestBaseline(
                      criterion.levelDescriptors.value(4, rubric.scale().levels().last().definition)
                          .text()
                          .section(QLatin1Char(' '), -1)) < status);
            if (criterion.id == longest) {
                CHECK(drawn.contains(u"120"));
            }
            ++slides;
        }
    }
    CHECK(slides == 2 * rubric.criteria().size());
}

TEST_CASE("The presenter view shows the current and next slide, the notes and the time",
          "[ui][presentation]") {
    QTemporaryDir dir;
    MainWindow window;
    REQUIRE(window.openPath(copyOfSample(dir)));
    // The sample's LAB-… criterion with a private note.
    QString withPrivateNote;
    for (auto it = window.session()->assessment().ratings().cbegin();
         it != window.session()->assessment().ratings().cend(); ++it) {
        if (!it.value().privateNote.isEmpty()) {
            withPrivateNote = it.key();
            break;
        }
    }
    REQUIRE_FALSE(withPrivateNote.isEmpty());
    PresentationWindow* presentation = startPresentationAt(window, withPrivateNote);
    REQUIRE(presentation);
    PresenterView* presenter = presentation->showPresenterView(nullptr);
    REQUIRE(presenter);
    CHECK(presenter->notesText().contains(
        window.session()->assessment().rating(withPrivateNote).privateNote.left(20)));
    CHECK(presenter->elapsedText().startsWith(u"0:00:0"));
    // Keys typed on the presenter's screen drive the slides.
    key(presenter, Qt::Key_PageDown);
    CHECK(presentation->currentIndex() == presentation->deck().indexOfCriterion(withPrivateNote) + 1);
    presentation->close();
    QApplication::processEvents();
}

TEST_CASE("File > Merge assessments builds a consensus file the facilitator can adjust", "[ui][merge]") {
    QTemporaryDir dir;
    MainWindow window;
    const QString target = dir.filePath(QStringLiteral("consensus.coherence"));
    Dialogs::setNextFileName(QStringList{test::dataPath(QStringLiteral("workshop/amina.json")),
                                         test::dataPath(QStringLiteral("workshop/bo.json")),
                                         test::dataPath(QStringLiteral("workshop/chen.json"))}
                                 .join(QLatin1Char('\n')));
    Dialogs::setNextFileName(target);
    int visibleAll = 0;
    int visibleDisagreements = 0;
    test::whenModal<MergeDialog>([&](MergeDialog* dialog) {
        visibleAll = dialog->visibleCriteria();
        dialog->findChild<QCheckBox*>(QStringLiteral("disagreementsOnlyCheckBox"))->setChecked(true);
        visibleDisagreements = dialog->visibleCriteria();
        dialog->chooseConsensus(QStringLiteral("HLT-1"), 4);
        dialog->findChild<QCheckBox*>(QStringLiteral("anonymiseCheckBox"))->setChecked(true);
        dialog->accept();
    });
    window.mergeAssessments();
    CHECK(visibleAll == 52);
    CHECK(visibleDisagreements == 3);
    REQUIRE(window.session());
    CHECK(window.session()->document().path() == target);
    const Assessment& consensus = window.session()->assessment();
    CHECK(consensus.rating(QStringLiteral("HLT-1")).level == 4);
    CHECK(consensus.rating(QStringLiteral("LAB-1")).level == 2);
    CHECK(consensus.metadata().assessors.first() == u"Participant 1");
    const QList<ChangeLogEntry> history = window.session()->document().history();
    REQUIRE_FALSE(history.isEmpty());
    CHECK(history.last().what == u"merge");
    CHECK(history.last().newValue.contains(u"1 chosen by the facilitator"));
}

TEST_CASE("File > Compare with shows both levels and filters to the differences", "[ui][compare]") {
    QTemporaryDir dir;
    MainWindow window;
    REQUIRE(window.openPath(copyOfSample(dir)));
    Dialogs::setNextFileName(test::dataPath(QStringLiteral("workshop/amina.json")));
    window.compareWith();
    auto* dialog = window.findChild<CompareDialog*>(QStringLiteral("compareDialog"));
    REQUIRE(dialog);
    CHECK(dialog->visibleCriteria() == 52);
    dialog->findChild<QCheckBox*>(QStringLiteral("differencesOnlyCheckBox"))->setChecked(true);
    CHECK(dialog->visibleCriteria() == dialog->comparison().differences().size());
    CHECK(dialog->visibleCriteria() > 10);
    // The per-area chart comes from the chart module, opened for it.
    QWidget* chart = dialog->findChild<QWidget*>(QStringLiteral("areaDeltaChart"));
    REQUIRE(chart);
    CHECK(chart->inherits("QChartView"));
    CHECK_FALSE(dialog->findChild<QWidget*>(QStringLiteral("chartsProblemLabel")));
    dialog->close();
}
