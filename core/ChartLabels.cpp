#include "ChartLabels.h"

namespace coherence {

namespace {

/// The first @p count words of @p title, without the punctuation after the last.
QString leadingWords(const QString& title, qsizetype count) {
    QString words =
        title.section(QLatin1Char(' '), 0, static_cast<int>(count - 1), QString::SectionSkipEmpty);
    while (!words.isEmpty() && words.back().isPunct()) {
        words.chop(1);
    }
    return words.isEmpty() ? title : words;
}

} // namespace

QStringList ChartLabels::spokeLabels(const QStringList& titles) {
    QList<qsizetype> words(titles.size(), 1);
    QStringList labels;
    for (bool distinct = false; !distinct;) {
        labels.clear();
        for (qsizetype i = 0; i < titles.size(); ++i) {
            labels << leadingWords(titles[i], words[i]);
        }
        distinct = true;
        for (qsizetype i = 0; i < titles.size(); ++i) {
            // A label shared with another title grows by a word, unless it is the whole title already.
            if (labels.count(labels[i]) > 1 && labels[i] != leadingWords(titles[i], titles[i].size())) {
                ++words[i];
                distinct = false;
            }
        }
    }
    // Counted on the labels as they were: once the first of two is numbered, the second looks unique.
    const QStringList unnumbered = labels;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (unnumbered.count(unnumbered[i]) > 1) {
            labels[i] += QStringLiteral(" (%1)").arg(i + 1);
        }
    }
    return labels;
}

} // namespace coherence
