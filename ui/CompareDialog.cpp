#include "CompareDialog.h"

#include "ChartModule.h"
#include "ScoreReportFormat.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace coherence {

namespace {

QTableWidgetItem* cell(const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(alignment);
    return item;
}

} // namespace

CompareDialog::CompareDialog(AssessmentComparison comparison, const QString& labelA, const QString& labelB,
                             QWidget* parent)
    : QDialog(parent)
    , m_comparison(std::move(comparison))
    , m_summaryLabel(new QLabel(this))
    , m_differencesOnlyCheckBox(new QCheckBox(tr("Show &differences only"), this))
    , m_criteriaTable(new QTableWidget(this))
    , m_changesList(new QListWidget(this)) {
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare assessments"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(900, 640);
    m_summaryLabel->setObjectName(QStringLiteral("compareSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    const QString overall =
        tr("Overall %1 → %2 (%3)")
            .arg(ScoreReportFormat::formatScore(m_comparison.overallA(), QLocale()),
                 ScoreReportFormat::formatScore(m_comparison.overallB(), QLocale()),
                 ScoreReportFormat::formatChange(m_comparison.overallDelta(), 1, QLocale()));
    QStringList summary{tr("A: %1").arg(labelA), tr("B: %1").arg(labelB),
                        overall + QStringLiteral(" · ") +
                            tr("%1 of %2 criteria differ")
                                .arg(m_comparison.differences().size())
                                .arg(m_comparison.criteria().size())};
    if (!m_comparison.sameRubric()) {
        summary << tr("The rubric versions differ (A: %1, B: %2): criteria are matched by id.")
                       .arg(m_comparison.a().rubric()->version(), m_comparison.b().rubric()->version());
    }
    m_summaryLabel->setText(summary.join(QLatin1Char('\n')));

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("compareTabs"));

    auto* criteriaPage = new QWidget(tabs);
    auto* criteriaLayout = new QVBoxLayout(criteriaPage);
    m_differencesOnlyCheckBox->setObjectName(QStringLiteral("differencesOnlyCheckBox"));
    m_criteriaTable->setObjectName(QStringLiteral("compareCriteriaTable"));
    m_criteriaTable->setAccessibleName(tr("Levels of A and B by criterion"));
    criteriaLayout->addWidget(m_differencesOnlyCheckBox);
    criteriaLayout->addWidget(m_criteriaTable);
    tabs->addTab(criteriaPage, tr("&Criteria"));

    QString chartsProblem;
    if (const ChartModule* charts = ChartModule::instance(&chartsProblem)) {
        QWidget* chartView = charts->createView(tabs);
        chartView->setObjectName(QStringLiteral("areaDeltaChart"));
        charts->showAreaDeltas(chartView, *m_comparison.a().rubric(), m_comparison.areas());
        tabs->addTab(chartView, tr("&Areas"));
    } else {
        tabs->addTab(ChartModule::unavailableNotice(chartsProblem, tabs), tr("&Areas"));
    }

    m_changesList->setObjectName(QStringLiteral("changesList"));
    m_changesList->setAccessibleName(tr("What changed"));
    const QStringList changes = m_comparison.changes();
    m_changesList->addItems(changes.isEmpty() ? QStringList{tr("Nothing differs.")} : changes);
    tabs->addTab(m_changesList, tr("&What changed (%1)").arg(changes.size()));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);

    fillCriteria();
    connect(m_differencesOnlyCheckBox, &QCheckBox::toggled, this, &CompareDialog::applyFilter);
    connect(m_criteriaTable, &QTableWidget::cellActivated, this,
            [this](int row) { emit criterionActivated(m_criteriaTable->item(row, 0)->text()); });
}

void CompareDialog::fillCriteria() {
    const QList<CriterionComparison>& rows = m_comparison.criteria();
    m_criteriaTable->setColumnCount(5);
    m_criteriaTable->setHorizontalHeaderLabels(
        {tr("Criterion"), tr("Title"), tr("A"), tr("B"), tr("Change")});
    m_criteriaTable->setRowCount(static_cast<int>(rows.size()));
    m_criteriaTable->verticalHeader()->hide();
    m_criteriaTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    const Rubric& rubricA = *m_comparison.a().rubric();
    const Rubric& rubricB = *m_comparison.b().rubric();
    for (int r = 0; r < rows.size(); ++r) {
        const CriterionComparison& row = rows[r];
        const Criterion* criterion = rubricA.criterion(row.criterionId);
        if (!criterion) {
            criterion = rubricB.criterion(row.criterionId);
        }
        const std::optional<int> delta = row.delta();
        m_criteriaTable->setItem(r, 0, cell(row.criterionId));
        m_criteriaTable->setItem(r, 1, cell(criterion ? criterion->title.text() : QString()));
        m_criteriaTable->setItem(
            r, 2, cell(comparisonLevelText(row.levelA, row.notApplicableA, row.inA), Qt::AlignCenter));
        m_criteriaTable->setItem(
            r, 3, cell(comparisonLevelText(row.levelB, row.notApplicableB, row.inB), Qt::AlignCenter));
        m_criteriaTable->setItem(r, 4,
                                 cell(delta ? ScoreReportFormat::formatChange(double(*delta), 0, QLocale())
                                            : (row.differs() ? tr("changed") : QString()),
                                      Qt::AlignCenter));
        if (row.differs()) {
            for (int c = 0; c < 5; ++c) {
                QFont bold = m_criteriaTable->item(r, c)->font();
                bold.setBold(true);
                m_criteriaTable->item(r, c)->setFont(bold);
            }
        }
    }
    m_criteriaTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_criteriaTable->resizeColumnToContents(0);
}

void CompareDialog::applyFilter() {
    const bool differencesOnly = m_differencesOnlyCheckBox->isChecked();
    const QList<CriterionComparison>& rows = m_comparison.criteria();
    for (int r = 0; r < rows.size(); ++r) {
        m_criteriaTable->setRowHidden(r, differencesOnly && !rows[r].differs());
    }
}

int CompareDialog::visibleCriteria() const {
    int visible = 0;
    for (int r = 0; r < m_criteriaTable->rowCount(); ++r) {
        visible += m_criteriaTable->isRowHidden(r) ? 0 : 1;
    }
    return visible;
}

} // namespace coherence
