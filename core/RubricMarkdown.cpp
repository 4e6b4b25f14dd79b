#include "RubricMarkdown.h"

#include <QRegularExpression>
#include <QTextStream>

namespace coherence {

QString RubricMarkdown::escape(const QString& text) {
    // Markup wherever it stands. "&" only where it starts an entity ("&amp;", "&#38;"), which
    // CommonMark would print as the character the entity names.
    static const QString special = QStringLiteral("\\`*_{}[]<>#|~");
    static const QRegularExpression entity(
        QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"));
    const auto startsEntity = [&](qsizetype at) {
        return entity
            .match(text, at, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption)
            .hasMatch();
    };
    QString result;
    result.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (special.contains(c) || (c == u'&' && startsEntity(i))) {
            result += QLatin1Char('\\');
        }
        result += c;
    }
    // Markup only at the start of a line: a list item's marker ("-", "+", "1." or "1)", then a space
    // or nothing) and a setext heading's underline ("="). "35.0" and "2026-2030" are not markers and
    // stay as they are: a backslash before a digit would be printed.
    qsizetype digits = 0;
    while (digits < result.size() && result.at(digits) >= u'0' && result.at(digits) <= u'9') {
        ++digits;
    }
    const auto endsMarker = [&](qsizetype at) { return at >= result.size() || result.at(at).isSpace(); };
    if (digits >= 1 && digits <= 9 && digits < result.size() &&
        (result.at(digits) == u'.' || result.at(digits) == u')') && endsMarker(digits + 1)) {
        result.insert(digits, QLatin1Char('\\'));
    } else if (result.startsWith(u'=') ||
               ((result.startsWith(u'-') || result.startsWith(u'+')) && endsMarker(1))) {
        result.prepend(QLatin1Char('\\'));
    }
    return result;
}

QString RubricMarkdown::describeReference(const Rubric& rubric, const Reference& reference,
                                          const QString& language, const QString& correctedPage) {
    QString text;
    switch (reference.type) {
    case ReferenceType::HandbookPage: {
        const QString page = correctedPage.isEmpty() ? reference.value : correctedPage;
        // "74-75" is a page range: printed "pp. 74–75" with an en dash, as a bibliography would.
        if (page.contains(QLatin1Char('-')) || page.contains(QChar(0x2013))) {
            QString range = page;
            range.replace(QLatin1Char('-'), QChar(0x2013));
            text = tr("GMG handbook pp. %1").arg(range);
        } else {
            text = tr("GMG handbook p. %1").arg(page);
        }
        if (!correctedPage.isEmpty()) {
            text += QLatin1Char(' ') + tr("(corrected by the assessor; %1 as cited)").arg(reference.value);
        }
    } break;
    case ReferenceType::GcmObjective:
        text = tr("GCM Objective %1").arg(reference.value);
        break;
    case ReferenceType::SdgTarget:
        text = tr("SDG %1").arg(reference.value);
        break;
    case ReferenceType::Instrument:
    case ReferenceType::Other:
        text = reference.value;
        break;
    }
    if (!reference.note.isEmpty()) {
        text += QStringLiteral(" — ") + reference.note.text(language);
    }
    if (!reference.citedIn.isEmpty()) {
        const RubricSource* source = rubric.source(reference.citedIn);
        // The short form of a bibliographic record: its author and year, up to the first full stop.
        QString citation = source ? source->citation.text(language) : reference.citedIn;
        if (const qsizetype stop = citation.indexOf(QStringLiteral(". ")); stop > 0) {
            citation = citation.left(stop);
        }
        text += QStringLiteral(" ") + tr("(as cited in %1)").arg(citation);
    }
    return text;
}

QString RubricMarkdown::render(const Rubric& rubric, const QString& language) {
    QString text;
    QTextStream out(&text);
    out << "# " << escape(rubric.title().text(language)) << "\n\n";
    out << tr("Rubric `%1`, version %2, SHA-256 `%3`.").arg(rubric.id(), rubric.version(), rubric.sha256())
        << "\n\n";
    out << tr("Generated from the rubric data by `coherence-cli rubric show %1 --format markdown`; do not "
              "edit by "
              "hand.")
               .arg(rubric.id())
        << "\n\n";
    if (!rubric.description().isEmpty()) {
        out << escape(rubric.description().text(language)) << "\n\n";
    }
    if (!rubric.notes().isEmpty()) {
        out << "> " << escape(rubric.notes().text(language)) << "\n\n";
    }

    out << "## " << tr("Rating scale") << "\n\n";
    out << "| " << tr("Level") << " | " << tr("Label") << " | " << tr("Definition") << " | "
        << tr("Minimum evidence") << " |\n|---|---|---|---|\n";
    for (const ScaleLevel& level : rubric.scale().levels()) {
        out << "| " << level.value << " | " << escape(level.label.text(language)) << " | "
            << escape(level.definition.text(language)) << " | "
            << escape(level.minimumEvidence.text(language)) << " |\n";
    }
    out << "\n"
        << tr("Not applicable (N/A) needs a written justification and leaves the criterion out of the score.")
        << "\n\n";

    out << "## " << tr("Areas") << "\n\n";
    out << "| " << tr("Id") << " | " << tr("Area") << " | " << tr("Block") << " | " << tr("Weight") << " | "
        << tr("Criteria") << " |\n|---|---|---|---|---|\n";
    for (const Area& area : rubric.areas()) {
        out << "| `" << area.id << "` | " << escape(area.title.text(language)) << " | "
            << blockName(area.block) << " | " << area.weight << " | " << rubric.criteriaOfArea(area.id).size()
            << " |\n";
    }
    out << "\n";

    for (const Area& area : rubric.areas()) {
        out << "## " << escape(area.title.text(language)) << " (`" << area.id << "`)\n\n";
        if (!area.description.isEmpty()) {
            out << escape(area.description.text(language)) << "\n\n";
        }
        for (const Criterion* criterion : rubric.criteriaOfArea(area.id)) {
            out << "### " << criterion->id << " — " << escape(criterion->title.text(language)) << "\n\n";
            out << "**" << tr("Recommendation") << ":** " << escape(criterion->recommendation.text(language))
                << "\n\n";
            if (!criterion->guidance.isEmpty()) {
                out << "**" << tr("What to look for") << ":** " << escape(criterion->guidance.text(language))
                    << "\n\n";
            }
            if (!criterion->questions.isEmpty()) {
                out << "**" << tr("Guiding questions") << ":**\n\n";
                for (const LocalizedText& question : criterion->questions) {
                    out << "- " << escape(question.text(language)) << "\n";
                }
                out << "\n";
            }
            if (!criterion->levelDescriptors.isEmpty()) {
                out << "**" << tr("Levels for this criterion") << ":**\n\n";
                for (auto it = criterion->levelDescriptors.cbegin(); it != criterion->levelDescriptors.cend();
                     ++it) {
                    const ScaleLevel* level = rubric.scale().level(it.key());
                    out << "- " << it.key() << " " << escape(level ? level->label.text(language) : QString())
                        << ": " << escape(it.value().text(language)) << "\n";
                }
                out << "\n";
            }
            if (!criterion->references.isEmpty()) {
                out << "**" << tr("References") << ":**\n\n";
                for (const Reference& reference : criterion->references) {
                    out << "- " << escape(describeReference(rubric, reference, language)) << "\n";
                }
                out << "\n";
            }
            const QStringList keywords =
                criterion->keywords.value(language.isEmpty() ? QStringLiteral("en") : language,
                                          criterion->keywords.value(QStringLiteral("en")));
            out << "*"
                << tr("Weight %1, default target %2").arg(criterion->weight).arg(criterion->defaultTarget);
            if (!keywords.isEmpty()) {
                out << tr("; keywords: %1").arg(escape(keywords.join(QStringLiteral(", "))));
            }
            out << ".*\n\n";
        }
    }

    if (!rubric.sources().isEmpty()) {
        out << "## " << tr("Sources") << "\n\n";
        for (const RubricSource& source : rubric.sources()) {
            out << "- **" << source.id << "**: " << escape(source.citation.text(language));
            if (!source.url.isEmpty()) {
                out << " <" << source.url << ">";
            }
            if (!source.note.isEmpty()) {
                out << " " << escape(source.note.text(language));
            }
            out << "\n";
        }
    }
    return text;
}

QString RubricMarkdown::outline(const Rubric& rubric, const QString& language) {
    QString text;
    QTextStream out(&text);
    out << rubric.id() << ' ' << rubric.version() << " — " << rubric.title().text(language) << '\n';
    out << tr("%1 areas, %2 criteria, scale 0–%3, sha256 %4")
               .arg(rubric.areas().size())
               .arg(rubric.criteria().size())
               .arg(rubric.scale().maxLevel())
               .arg(rubric.sha256())
        << "\n\n";
    for (const Area& area : rubric.areas()) {
        out << area.id << "  " << area.title.text(language) << "  [" << blockName(area.block) << ", "
            << tr("weight %1").arg(area.weight) << "]\n";
        for (const Criterion* criterion : rubric.criteriaOfArea(area.id)) {
            out << "  " << criterion->id.leftJustified(10) << ' ' << criterion->title.text(language) << '\n';
        }
    }
    return text;
}

} // namespace coherence
