#include "LocalizedText.h"

#include <QRegularExpression>

namespace coherence {

LocalizedText::LocalizedText(const QString& english) {
    m_byLanguage.insert(QString::fromUtf16(kReferenceLanguage), english);
}

LocalizedText::LocalizedText(QMap<QString, QString> byLanguage)
    : m_byLanguage(std::move(byLanguage)) {
}

QString LocalizedText::text(const QString& language) const {
    if (!language.isEmpty()) {
        const QString exact = m_byLanguage.value(language);
        if (!exact.isEmpty()) {
            return exact;
        }
        // "fr_CA" or "fr-CA" falls back to "fr" before English.
        const qsizetype separator = language.indexOf(QRegularExpression(QStringLiteral("[-_]")));
        if (separator > 0) {
            const QString base = m_byLanguage.value(language.left(separator));
            if (!base.isEmpty()) {
                return base;
            }
        }
    }
    return english();
}

QString LocalizedText::english() const {
    return m_byLanguage.value(QString::fromUtf16(kReferenceLanguage));
}

bool LocalizedText::isEmpty() const {
    for (const QString& value : m_byLanguage) {
        if (!value.isEmpty()) {
            return false;
        }
    }
    return true;
}

bool LocalizedText::hasLanguage(const QString& language) const {
    return !m_byLanguage.value(language).isEmpty();
}

QStringList LocalizedText::languages() const {
    return m_byLanguage.keys();
}

void LocalizedText::set(const QString& language, const QString& text) {
    m_byLanguage.insert(language, text);
}

QJsonObject LocalizedText::toJson() const {
    QJsonObject object;
    for (auto it = m_byLanguage.cbegin(); it != m_byLanguage.cend(); ++it) {
        object.insert(it.key(), it.value());
    }
    return object;
}

} // namespace coherence
