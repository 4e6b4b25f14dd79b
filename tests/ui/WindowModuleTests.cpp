#include "ChartRendererModule.h"
#include "ReportRendererModule.h"
#include "WindowModule.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace coherence;

TEST_CASE("A window module that is missing or not ours gives a sentence that says what and what to do",
          "[ui][modules]") {
    QTemporaryDir empty;
    QString error;
    const auto missing =
        WindowModule::open("coherence-no-such-module.so", empty.path(), {ReportRendererModule::kRender},
                           QStringLiteral("Reports cannot be made"), &error);
    CHECK_FALSE(missing);
    CHECK(error.startsWith(u"Reports cannot be made: its module coherence-no-such-module.so is in none of "));
    CHECK(error.contains(empty.path()));
    CHECK(error.endsWith(u"reinstall Coherence."));

    // The chart module, asked for the report module's entry point: found, but not the module asked for.
    error.clear();
    const auto wrong =
        WindowModule::open(ChartRendererModule::kFileName, QStringLiteral(COHERENCE_CHARTS_MODULE_DIR),
                           {ReportRendererModule::kRender}, QStringLiteral("Reports cannot be made"), &error);
    CHECK_FALSE(wrong);
    CHECK(error.startsWith(u"Reports cannot be made: "));
    CHECK(error.contains(u"is not the module of this Coherence"));
}

TEST_CASE("Both window modules open from the build tree with every entry point", "[ui][modules]") {
    QString error;
    const auto report =
        WindowModule::open(ReportRendererModule::kFileName, QStringLiteral(COHERENCE_REPORT_MODULE_DIR),
                           {ReportRendererModule::kRender, ReportRendererModule::kTextDocument},
                           QStringLiteral("Reports cannot be made"), &error);
    INFO(error.toStdString());
    REQUIRE(report);
    CHECK(report->functions.size() == 2);
    const auto charts =
        WindowModule::open(ChartRendererModule::kFileName, QStringLiteral(COHERENCE_CHARTS_MODULE_DIR),
                           {ChartRendererModule::kCreateView, ChartRendererModule::kShowAreaRadar},
                           QStringLiteral("Charts"), &error);
    INFO(error.toStdString());
    REQUIRE(charts);
    CHECK(charts->functions.size() == 2);
}
