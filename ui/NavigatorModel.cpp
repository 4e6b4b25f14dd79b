#include "NavigatorModel.h"

#include "AssessmentSession.h"
#include "ItemDataRoles.h"
#include "RubricMarkdown.h"
#include "ScoreReportFormat.h"
#include "WarningMarkIconEngine.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace coherence {

namespace {

// Internal ids: 0 marks an area row; an area's criteria carry the area row + 1.
constexpr quintptr kAreaItem = 0;

} // namespace

NavigatorModel::NavigatorModel(AssessmentSession* session, QObject* parent)
    : QAbstractItemModel(parent)
    , m_session(session)
    , m_warningIcon(WarningMarkIconEngine::icon()) {
    const Rubric& rubric = session->rubric();
    for (const Area& area : rubric.areas()) {
        QList<qsizetype> indices;
        for (qsizetype i = 0; i < rubric.criteria().size(); ++i) {
            if (rubric.criteria()[i].areaId == area.id) {
                indices << i;
            }
        }
        m_criteriaByArea << indices;
    }
    connect(session, &AssessmentSession::ratingChanged, this, &NavigatorModel::onRatingChanged);
}

const QStringList& NavigatorModel::searchText() const {
    if (m_searchText.isEmpty()) {
        const Rubric& rubric = m_session->rubric();
        m_searchText.reserve(rubric.criteria().size());
        for (const Criterion& criterion : rubric.criteria()) {
            QStringList parts{criterion.id, criterion.title.text(), criterion.recommendation.text(),
                              criterion.guidance.text()};
            for (const Reference& reference : criterion.references) {
                parts << RubricMarkdown::describeReference(rubric, reference) << reference.value;
            }
            for (const QStringList& words : criterion.keywords) {
                parts << words;
            }
            m_searchText << parts.join(QLatin1Char('\n')).toLower();
        }
    }
    return m_searchText;
}

QModelIndex NavigatorModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent)) {
        return QModelIndex();
    }
    if (!parent.isValid()) {
        return createIndex(row, column, kAreaItem);
    }
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex NavigatorModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == kAreaItem) {
        return QModelIndex();
    }
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kAreaItem);
}

int NavigatorModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid()) {
        return static_cast<int>(m_criteriaByArea.size());
    }
    if (parent.column() != 0 || parent.internalId() != kAreaItem) {
        return 0;
    }
    return static_cast<int>(m_criteriaByArea[parent.row()].size());
}

int NavigatorModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant NavigatorModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QVariant();
    }
    return section == TitleColumn ? tr("Recommendation") : tr("Rating");
}

QVariant NavigatorModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) {
        return QVariant();
    }
    if (index.internalId() == kAreaItem) {
        return areaData(index.row(), index.column(), role);
    }
    return criterionData(static_cast<int>(index.internalId() - 1), index.row(), index.column(), role);
}

QString NavigatorModel::progressText(int done, int total) {
    return tr("%1/%2").arg(done).arg(total);
}

QString NavigatorModel::shortStateText(const Rating& rating) {
    if (rating.notApplicable) {
        return tr("N/A");
    }
    return rating.level ? QString::number(*rating.level) : tr("–");
}

QList<NavigatorModel::StateSample> NavigatorModel::stateSamples() const {
    QList<StateSample> samples;
    for (const AreaScore& score : m_session->report().areas) {
        samples.append({progressText(score.total, score.total), true, false});
    }
    Rating rating;
    samples.append({shortStateText(rating), false, true});
    rating.notApplicable = true;
    samples.append({shortStateText(rating), false, true});
    rating.notApplicable = false;
    const RatingScale& scale = m_session->rubric().scale();
    for (int level = 0; level <= scale.maxLevel(); ++level) {
        rating.level = level;
        samples.append({shortStateText(rating), false, true});
    }
    return samples;
}

QVariant NavigatorModel::areaData(int areaRow, int column, int role) const {
    const Area& area = m_session->rubric().areas()[areaRow];
    const AreaScore& score = m_session->report().areas[areaRow];
    switch (role) {
    case Qt::DisplayRole:
        if (column == TitleColumn) {
            return area.title.text();
        }
        return progressText(score.rated + score.notApplicable, score.total);
    case Qt::ToolTipRole:
        return tr("%1: %2 of %3 criteria rated or not applicable; score %4")
            .arg(area.title.text())
            .arg(score.rated + score.notApplicable)
            .arg(score.total)
            .arg(ScoreReportFormat::formatScore(score.score, QLocale()));
    case Qt::AccessibleTextRole:
        return tr("Area %1, %2 of %3 done")
            .arg(area.title.text())
            .arg(score.rated + score.notApplicable)
            .arg(score.total);
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case AreaIdRole:
        return area.id;
    case IsAreaRole:
        return true;
    default:
        return QVariant();
    }
}

QVariant NavigatorModel::criterionData(int areaRow, int criterionRow, int column, int role) const {
    const qsizetype criterionIndex = m_criteriaByArea[areaRow][criterionRow];
    const Criterion& criterion = m_session->rubric().criteria()[criterionIndex];
    const Rating& rating = m_session->assessment().rating(criterion.id);
    // Asked for each role of each painted cell: the warnings are looked up by the roles that need them.
    const auto hasWarning = [&] { return m_session->hasWarnings(criterion.id); };
    // The column shows the number only, so titles keep the room; the label is in the tooltip.
    const auto stateText = [&](bool full) {
        if (!full || rating.notApplicable) {
            return shortStateText(rating);
        }
        if (!rating.level) {
            return tr("not rated");
        }
        const ScaleLevel* level = m_session->rubric().scale().level(*rating.level);
        return tr("%1 %2").arg(*rating.level).arg(level ? level->label.text() : QString());
    };
    switch (role) {
    case Qt::DisplayRole:
        return column == TitleColumn ? criterion.id + QStringLiteral("  ") + criterion.title.text()
                                     : stateText(false);
    case Qt::DecorationRole:
        return column == StateColumn && hasWarning() ? QVariant(m_warningIcon) : QVariant();
    case Qt::ToolTipRole: {
        QStringList lines{criterion.title.text(), stateText(true)};
        for (const ConsistencyWarning& warning : m_session->warningsOf(criterion.id)) {
            lines << warning.message();
        }
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::AccessibleTextRole:
        return tr("%1 %2, %3%4")
            .arg(criterion.id, criterion.title.text(), stateText(true),
                 hasWarning() ? tr(", has a warning") : QString());
    case Qt::TextAlignmentRole:
        return column == StateColumn ? QVariant::fromValue(Qt::AlignCenter) : QVariant();
    case Qt::ForegroundRole:
        if (column == StateColumn && !rating.level && !rating.notApplicable) {
            return QApplication::palette().color(QPalette::PlaceholderText);
        }
        return QVariant();
    case CriterionIdRole:
        return criterion.id;
    case AreaIdRole:
        return criterion.areaId;
    case IsAreaRole:
        return false;
    case LevelRole:
        return rating.isRated() ? QVariant(*rating.level) : QVariant();
    case NotApplicableRole:
        return rating.notApplicable;
    case HasWarningRole:
        return hasWarning();
    case HasGapRole:
        return m_session->gapOf(criterion.id) != nullptr;
    case SearchTextRole:
        return QString(searchText()[criterionIndex] + QLatin1Char('\n') + rating.note.toLower());
    default:
        return QVariant();
    }
}

QModelIndex NavigatorModel::indexOfCriterion(const QString& criterionId, int column) const {
    for (int a = 0; a < m_criteriaByArea.size(); ++a) {
        for (int c = 0; c < m_criteriaByArea[a].size(); ++c) {
            if (m_session->rubric().criteria()[m_criteriaByArea[a][c]].id == criterionId) {
                return createIndex(c, column, static_cast<quintptr>(a) + 1);
            }
        }
    }
    return QModelIndex();
}

QString NavigatorModel::criterionAt(const QModelIndex& index) const {
    return index.data(CriterionIdRole).toString();
}

void NavigatorModel::onRatingChanged(const QString& criterionId) {
    const QModelIndex first = indexOfCriterion(criterionId, TitleColumn);
    if (!first.isValid()) {
        return;
    }
    emit dataChanged(first, first.siblingAtColumn(StateColumn));
    const QModelIndex area = first.parent();
    emit dataChanged(area, area.siblingAtColumn(StateColumn));
}

} // namespace coherence
