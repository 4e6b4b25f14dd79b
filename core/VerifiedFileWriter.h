#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace coherence {

/**
 * Writes an export so that it is either complete and checked, or not there at all.
 *
 * The bytes are checked for the expected structure first, written through QSaveFile (a temporary
 * file renamed over the target only when complete, so a failure never leaves half a file or
 * destroys the previous one), then read back from disk and compared before success is reported.
 */
class VerifiedFileWriter {
    Q_DECLARE_TR_FUNCTIONS(VerifiedFileWriter)

public:
    /// Returns an empty string when @p bytes has the expected structure, else what is wrong.
    using Check = std::function<QString(const QByteArray& bytes)>;

    [[nodiscard]] static bool write(const QString& path, const QByteArray& bytes, const Check& check,
                                    QString* error);
};

} // namespace coherence
