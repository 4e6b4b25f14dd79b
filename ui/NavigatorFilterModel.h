#pragma once

#include <QSortFilterProxyModel>

namespace coherence {

/**
 * Filters the navigator: every word of the filter text must appear in a criterion's title,
 * recommendation, guidance, references ("C143", "10.7", "p. 80"), keywords or note; and the quick
 * filter (not yet rated, with warnings, with gaps) must hold. Areas stay while any criterion does.
 */
class NavigatorFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    enum class QuickFilter { All, NotRated, Warnings, Gaps };

    explicit NavigatorFilterModel(QObject* parent = nullptr);

    void setText(const QString& text);
    void setQuickFilter(QuickFilter filter);
    QuickFilter quickFilter() const { return m_quickFilter; }
    bool isFiltering() const { return !m_words.isEmpty() || m_quickFilter != QuickFilter::All; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
    QuickFilter m_quickFilter = QuickFilter::All;
};

} // namespace coherence
