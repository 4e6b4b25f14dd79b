#include "ZipReader.h"
#include "ZipWriter.h"
#include "support/StringMakers.h"
#include "support/TestData.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace coherence;

namespace {

/// Text that deflates well, and bytes that do not.
QByteArray sampleText() {
    QByteArray text;
    for (int i = 0; i < 2000; ++i) {
        text += "<text:p text:style-name=\"Text_20_body\">Paragraph " + QByteArray::number(i) + "</text:p>\n";
    }
    return text;
}

QByteArray randomBytes(qsizetype size) {
    QRandomGenerator random(20261129); // fixed: a failure repeats
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& byte : bytes) {
        byte = static_cast<char>(random.bounded(256));
    }
    return bytes;
}

QByteArray archiveOf(const QList<std::tuple<QString, QByteArray, ZipWriter::Method>>& entries) {
    ZipWriter zip(QDateTime(QDate(2026, 11, 29), QTime(10, 30, 12)));
    for (const auto& [name, content, method] : entries) {
        REQUIRE(zip.add(name, content, method));
    }
    return zip.finish();
}

} // namespace

TEST_CASE("CRC-32 gives the check value of ISO 3309", "[zip]") {
    CHECK(ZipWriter::crc32("123456789") == 0xcbf43926u);
    CHECK(ZipWriter::crc32("") == 0u);
}

TEST_CASE("A zip archive reads back entry for entry, stored and deflated", "[zip]") {
    const QByteArray text = sampleText();
    const QByteArray noise = randomBytes(5000);
    const QByteArray archive =
        archiveOf({{QStringLiteral("mimetype"), "application/x-test", ZipWriter::Method::Stored},
                   {QStringLiteral("content.xml"), text, ZipWriter::Method::Deflated},
                   {QStringLiteral("Pictures/noise.bin"), noise, ZipWriter::Method::Stored},
                   {QStringLiteral("Données/é.txt"), "accents", ZipWriter::Method::Deflated}});
    QString error;
    const auto entries = ZipReader::read(archive, &error);
    INFO(error.toStdString());
    REQUIRE(entries);
    REQUIRE(entries->size() == 4);
    CHECK(entries->at(0).name == u"mimetype");
    CHECK(entries->at(0).localHeaderOffset == 0);
    CHECK(entries->at(0).method == 0);
    // An OpenDocument reader recognises the package by "mimetype" at byte 30 and its value at 38.
    CHECK(archive.mid(30, 8) == "mimetype");
    CHECK(archive.mid(38, 18) == "application/x-test");
    CHECK(entries->at(1).method == 8);
    CHECK(entries->at(1).data.size() < text.size() / 4); // deflated
    CHECK(entries->at(3).name == QStringLiteral("Données/é.txt"));
    CHECK(ZipReader::checkContent(entries->at(0), "application/x-test").isEmpty());
    CHECK(ZipReader::checkContent(entries->at(1), text).isEmpty());
    CHECK(ZipReader::checkContent(entries->at(2), noise).isEmpty());
    CHECK(ZipReader::checkContent(entries->at(3), "accents").isEmpty());
    // Content other than what was written, of the same size or not, is told apart.
    QByteArray other = text;
    other[100] = 'X';
    CHECK_FALSE(ZipReader::checkContent(entries->at(1), other).isEmpty());
    CHECK_FALSE(ZipReader::checkContent(entries->at(1), text.left(text.size() - 1)).isEmpty());
}

TEST_CASE("unzip reads and tests what ZipWriter writes", "[zip]") {
    // A reader that is not ours: Info-ZIP checks every CRC and both headers of every entry.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("test.zip"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    const QByteArray text = sampleText();
    file.write(archiveOf({{QStringLiteral("a.txt"), "stored", ZipWriter::Method::Stored},
                          {QStringLiteral("b/c.xml"), text, ZipWriter::Method::Deflated},
                          {QStringLiteral("d.bin"), randomBytes(70000), ZipWriter::Method::Deflated}}));
    file.close();
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-t"), path});
    REQUIRE(unzip.waitForFinished(60000));
    const QString report = QString::fromUtf8(unzip.readAllStandardOutput());
    INFO(report.toStdString());
    CHECK(unzip.exitCode() == 0);
    CHECK(report.contains(u"No errors detected"));
    CHECK(test::zipMember(path, QStringLiteral("b/c.xml")) == text);
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-l"), path});
    REQUIRE(unzip.waitForFinished(60000));
    CHECK(QString::fromUtf8(unzip.readAllStandardOutput()).contains(u"2026-11-29 10:30"));
}

TEST_CASE("A damaged zip archive is refused with what is wrong", "[zip]") {
    const QByteArray archive =
        archiveOf({{QStringLiteral("mimetype"), "application/x-test", ZipWriter::Method::Stored},
                   {QStringLiteral("content.xml"), sampleText(), ZipWriter::Method::Deflated}});
    QString error;
    SECTION("truncated") {
        CHECK_FALSE(ZipReader::read(archive.left(archive.size() - 1), &error));
        CHECK(error.contains(u"end record"));
    }
    SECTION("a local header that disagrees with the directory") {
        QByteArray damaged = archive;
        damaged[30] = 'M'; // the first entry's name in its local header
        CHECK_FALSE(ZipReader::read(damaged, &error));
        CHECK(error.contains(u"mimetype"));
        CHECK(error.contains(u"local header"));
    }
    SECTION("deflated data with a byte changed") {
        QByteArray damaged = archive;
        damaged[200] = char(damaged[200] ^ 0x55);
        const auto entries = ZipReader::read(damaged, &error);
        REQUIRE(entries);
        CHECK(ZipReader::checkContent(entries->at(1), sampleText()).contains(u"content.xml"));
    }
    SECTION("nothing at all") {
        CHECK_FALSE(ZipReader::read(QByteArray(), &error));
        CHECK_FALSE(error.isEmpty());
    }
}

TEST_CASE("Every change of one byte of a zip archive is refused, or changes nothing it holds", "[zip]") {
    // What the reader may ignore: versions, dates and times, attributes and the directory entry's disk
    // number. Every other byte is a signature, a size, an offset, a CRC, a name, a flag or content, and
    // a change to it must be refused, by read() or by checkContent(); none may make it read out of bounds
    // (the sanitizer build runs this too).
    const QByteArray first = "application/x-test";
    const QByteArray second = "<p>twice twice twice twice twice twice</p>";
    const QByteArray archive = archiveOf({{QStringLiteral("mimetype"), first, ZipWriter::Method::Stored},
                                          {QStringLiteral("c.xml"), second, ZipWriter::Method::Deflated}});
    QString error;
    const auto entries = ZipReader::read(archive, &error);
    REQUIRE(entries);
    QSet<qsizetype> ignorable;
    for (const ZipReader::Entry& entry : *entries) {
        for (const int at : {4, 5, 10, 11, 12, 13}) { // version needed, time, date
            ignorable.insert(entry.localHeaderOffset + at);
        }
    }
    const qsizetype directory = archive.size() - 22 - 2 * 46 - 8 - 5;
    for (const qsizetype header : {directory, directory + 46 + 8}) {
        for (const int at : {4, 5, 6, 7, 12, 13, 14, 15, 34, 35, 36, 37, 38, 39, 40, 41}) {
            ignorable.insert(header + at);
        }
    }
    int refused = 0;
    for (qsizetype at = 0; at < archive.size(); ++at) {
        QByteArray changed = archive;
        changed[at] = char(changed[at] ^ 0xff);
        const auto read = ZipReader::read(changed, &error);
        const bool holds = read && read->size() == 2 && read->at(0).name == u"mimetype" &&
                           read->at(1).name == u"c.xml" &&
                           ZipReader::checkContent(read->at(0), first).isEmpty() &&
                           ZipReader::checkContent(read->at(1), second).isEmpty();
        INFO("byte " << at);
        if (holds) {
            CHECK(ignorable.contains(at));
        } else {
            ++refused;
        }
    }
    CHECK(refused == archive.size() - ignorable.size());
}
