#include "CitationListModel.h"

#include "AssessmentSession.h"

namespace coherence {

CitationListModel::CitationListModel(AssessmentSession* session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session) {
    connect(session, &AssessmentSession::ratingChanged, this, [this](const QString& criterionId) {
        if (criterionId == m_criterionId) {
            beginResetModel();
            endResetModel();
        }
    });
}

void CitationListModel::setCriterion(const QString& criterionId) {
    beginResetModel();
    m_criterionId = criterionId;
    endResetModel();
}

QString CitationListModel::kindText(int kind) {
    switch (static_cast<EvidenceKind>(kind)) {
    case EvidenceKind::Diagnosis:
        return tr("Diagnosis");
    case EvidenceKind::Measure:
        return tr("Measure");
    case EvidenceKind::Budget:
        return tr("Budget");
    case EvidenceKind::Indicator:
        return tr("Indicator");
    case EvidenceKind::Institution:
        return tr("Institution");
    }
    return QString();
}

int CitationListModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() || m_criterionId.isEmpty()) {
        return 0;
    }
    return static_cast<int>(m_session->assessment().rating(m_criterionId).citations.size());
}

int CitationListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CitationListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return QVariant();
    }
    const Citation& citation = m_session->assessment().rating(m_criterionId).citations[index.row()];
    switch (index.column()) {
    case KindColumn:
        return kindText(static_cast<int>(citation.kind));
    case SectionColumn:
        return citation.section;
    case PageColumn:
        return citation.page;
    case ExcerptColumn:
        return citation.excerpt;
    case DocumentColumn:
        return citation.document;
    default:
        return QVariant();
    }
}

QVariant CitationListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QVariant();
    }
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case SectionColumn:
        return tr("Section");
    case PageColumn:
        return tr("Page");
    case ExcerptColumn:
        return tr("Excerpt");
    case DocumentColumn:
        return tr("Document");
    default:
        return QVariant();
    }
}

} // namespace coherence
