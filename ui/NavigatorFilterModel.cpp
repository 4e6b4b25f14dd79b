#include "NavigatorFilterModel.h"

#include "ItemDataRoles.h"

namespace coherence {

NavigatorFilterModel::NavigatorFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setRecursiveFilteringEnabled(true);
    // Live updates: a rating change can move a criterion in or out of a quick filter.
    setDynamicSortFilter(true);
}

void NavigatorFilterModel::setText(const QString& text) {
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words) {
        return;
    }
    m_words = words;
    invalidateFilter();
}

void NavigatorFilterModel::setQuickFilter(QuickFilter filter) {
    if (filter == m_quickFilter) {
        return;
    }
    m_quickFilter = filter;
    invalidateFilter();
}

bool NavigatorFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(IsAreaRole).toBool()) {
        // Kept when one of its criteria is (recursive filtering), or when nothing is filtered.
        return !isFiltering();
    }
    // The search text is asked for only when there are words: it is built for every criterion the
    // first time (NavigatorModel::searchText()), which a start need not pay for.
    if (!m_words.isEmpty()) {
        const QString text = index.data(SearchTextRole).toString();
        for (const QString& word : m_words) {
            if (!text.contains(word)) {
                return false;
            }
        }
    }
    switch (m_quickFilter) {
    case QuickFilter::All:
        return true;
    case QuickFilter::NotRated:
        return !index.data(LevelRole).isValid() && !index.data(NotApplicableRole).toBool();
    case QuickFilter::Warnings:
        return index.data(HasWarningRole).toBool();
    case QuickFilter::Gaps:
        return index.data(HasGapRole).toBool();
    }
    return true;
}

} // namespace coherence
