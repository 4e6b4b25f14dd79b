#include "AssessmentCsv.h"

#include <QStringDecoder>

namespace coherence {

namespace {

QByteArray toCsv(const QList<QStringList>& rows) {
    QString text;
    for (const QStringList& row : rows) {
        QStringList fields;
        for (const QString& value : row) {
            fields << AssessmentCsv::field(value);
        }
        text += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace

QString AssessmentCsv::field(const QString& value) {
    QString text = value;
    // CSV injection: a cell starting with = + - @ is a formula in Calc and Excel.
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front()) && !text.front().isDigit()) {
        bool isNumber = false;
        text.toDouble(&isNumber);
        if (!isNumber) {
            text.prepend(QLatin1Char('\''));
        }
    }
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QByteArray AssessmentCsv::ratings(const Assessment& assessment, const QString& language) {
    const Rubric& rubric = *assessment.rubric();
    QList<QStringList> rows{{tr("criterion"), tr("area"), tr("title"), tr("level"), tr("level label"),
                             tr("not applicable"), tr("justification"), tr("target"), tr("evidence"),
                             tr("note")}};
    for (const Criterion& criterion : rubric.criteria()) {
        const Rating& rating = assessment.rating(criterion.id);
        QStringList evidence;
        for (const Citation& citation : rating.citations) {
            QStringList where;
            if (!citation.section.isEmpty()) {
                where << citation.section;
            }
            if (!citation.page.isEmpty()) {
                where << tr("p. %1").arg(citation.page);
            }
            evidence << (where.isEmpty() ? QString()
                                         : QLatin1Char('[') + where.join(u", ") + QStringLiteral("] ")) +
                            citation.excerpt;
        }
        const ScaleLevel* level = rating.level ? rubric.scale().level(*rating.level) : nullptr;
        const Area* area = rubric.area(criterion.areaId);
        rows.append(
            {criterion.id, area ? area->title.text(language) : criterion.areaId,
             criterion.title.text(language), rating.level ? QString::number(*rating.level) : QString(),
             level ? level->label.text(language) : QString(), rating.notApplicable ? tr("yes") : QString(),
             rating.justification, QString::number(assessment.effectiveTarget(criterion.id)),
             evidence.join(QLatin1Char('\n')), rating.note});
    }
    return toCsv(rows);
}

QByteArray AssessmentCsv::actions(const Assessment& assessment, const QString& language) {
    Q_UNUSED(language)
    QList<QStringList> rows{{tr("number"), tr("title"), tr("criterion"), tr("lead institution"),
                             tr("partners"), tr("due"), tr("status"), tr("priority")}};
    for (qsizetype i = 0; i < assessment.actions().size(); ++i) {
        const ActionItem& action = assessment.actions()[i];
        rows.append({QString::number(i + 1), action.title, action.criterionId, action.leadInstitution,
                     action.partners.join(QStringLiteral("; ")),
                     action.due.isValid() ? action.due.toString(Qt::ISODate) : QString(),
                     actionStatusName(action.status), actionPriorityName(action.priority)});
    }
    return toCsv(rows);
}

QList<QStringList> AssessmentCsv::parse(const QByteArray& csv, QString* error) {
    QByteArray bytes = csv;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes.remove(0, 3);
    }
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString text = decoder(bytes);
    if (decoder.hasError()) {
        *error = tr("not valid UTF-8");
        return {};
    }
    QList<QStringList> rows;
    QStringList row;
    QString current;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    current += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                current += c;
            }
        } else if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            row << current;
            current.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
            row << current;
            rows << row;
            row.clear();
            current.clear();
            fieldStarted = false;
            ++i;
        } else {
            current += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        *error = tr("a quoted field is not closed");
        return {};
    }
    if (fieldStarted || !row.isEmpty()) {
        row << current;
        rows << row;
    }
    return rows;
}

} // namespace coherence
