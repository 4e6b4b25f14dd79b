#include "VoteTally.h"

#include "Assessment.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace coherence {

QString VoteTally::toText(const QMap<int, int>& votes) {
    if (votes.isEmpty()) {
        return QStringLiteral("");
    }
    QJsonObject object;
    for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
        object.insert(QString::number(it.key()), it.value());
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool VoteTally::fromText(const QString& text, QMap<int, int>* votes) {
    votes->clear();
    if (text.isEmpty()) {
        return true;
    }
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isObject()) {
        return false;
    }
    const QJsonObject object = document.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        bool isLevel = false;
        const int level = it.key().toInt(&isLevel);
        const double count = it.value().toDouble(-1);
        if (!isLevel || count < 0 || count > Assessment::kMaxVotes || count != static_cast<int>(count)) {
            return false;
        }
        votes->insert(level, static_cast<int>(count));
    }
    return true;
}

} // namespace coherence
