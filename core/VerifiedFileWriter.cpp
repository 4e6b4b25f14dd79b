#include "VerifiedFileWriter.h"

#include <QFile>
#include <QSaveFile>

namespace coherence {

bool VerifiedFileWriter::write(const QString& path, const QByteArray& bytes, const Check& check,
                               QString* error) {
    if (bytes.isEmpty()) {
        *error = tr("nothing to write to %1: the export came out empty").arg(path);
        return false;
    }
    if (check) {
        if (const QString problem = check(bytes); !problem.isEmpty()) {
            *error = tr("the export to %1 failed its check (%2); nothing was written").arg(path, problem);
            return false;
        }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QFile written(path);
    if (!written.open(QIODevice::ReadOnly) || written.readAll() != bytes) {
        written.close();
        QFile::remove(path);
        *error = tr("%1 did not read back as written; it was removed").arg(path);
        return false;
    }
    return true;
}

} // namespace coherence
