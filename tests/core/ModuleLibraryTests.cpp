#include "ModuleLibrary.h"
#include "support/StringMakers.h"

#include <QFile>
#include <QLibraryInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace coherence;

TEST_CASE("Modules are found in the first folder that has them, or the failure says which it is",
          "[core][modules]") {
    QTemporaryDir empty;
    const QString qtLibraries = QLibraryInfo::path(QLibraryInfo::LibrariesPath);
    const QString qtCore = QStringLiteral("libQt6Core.so.6");
    ModuleLibrary::Failure failure{};
    QString detail;

    SECTION("found after a folder that does not have it, with its functions") {
        const auto opened =
            ModuleLibrary::open(qtCore, {empty.path(), qtLibraries}, {"qVersion"}, &failure, &detail);
        REQUIRE(opened);
        CHECK(opened->path == qtLibraries + QStringLiteral("/") + qtCore);
        REQUIRE(opened->functions.size() == 1);
        const auto version = reinterpret_cast<const char* (*)()>(opened->functions.first());
        CHECK(QString::fromLatin1(version()) == QString::fromLatin1(qVersion()));
    }
    SECTION("in no folder") {
        CHECK_FALSE(ModuleLibrary::open(QStringLiteral("coherence-none.so"), {empty.path()}, {"qVersion"},
                                        &failure, &detail));
        CHECK(failure == ModuleLibrary::Failure::Missing);
        CHECK(detail == empty.path());
    }
    SECTION("not a library") {
        QFile file(empty.filePath(QStringLiteral("coherence-text.so")));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("not an ELF file\n");
        file.close();
        CHECK_FALSE(ModuleLibrary::open(QStringLiteral("coherence-text.so"), {empty.path()}, {"qVersion"},
                                        &failure, &detail));
        CHECK(failure == ModuleLibrary::Failure::NotLoadable);
        CHECK_FALSE(detail.isEmpty());
    }
    SECTION("a library without the functions asked for") {
        CHECK_FALSE(ModuleLibrary::open(qtCore, {qtLibraries}, {"qVersion", "coherenceNoSuchFunction"},
                                        &failure, &detail));
        CHECK(failure == ModuleLibrary::Failure::NotOurs);
        CHECK(detail == qtLibraries + QStringLiteral("/") + qtCore);
    }
}
