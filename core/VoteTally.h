#pragma once

#include <QMap>
#include <QString>

namespace coherence {

/// A room's vote tally (level → votes) as the document stores it and its change log records it:
/// compact JSON {"level": count}, or an empty string for none. One place for the format, which the
/// document writes and reads and the change history reads back.
class VoteTally {
public:
    static QString toText(const QMap<int, int>& votes);
    /// The reverse of toText(); false for anything toText() cannot have written.
    static bool fromText(const QString& text, QMap<int, int>* votes);
};

} // namespace coherence
