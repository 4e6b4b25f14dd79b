#include "MergeDialog.h"

#include "AssessmentComparison.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace coherence {

MergeDialog::MergeDialog(AssessmentMerge merge, QWidget* parent)
    : QDialog(parent)
    , m_merge(std::move(merge))
    , m_summaryLabel(new QLabel(this))
    , m_compatibilityLabel(new QLabel(this))
    , m_disagreementsOnlyCheckBox(new QCheckBox(tr("Show &disagreements only"), this))
    , m_anonymiseCheckBox(new QCheckBox(tr("&Anonymise: attribute notes and citations to \"Participant 1\", "
                                           "\"Participant 2\", …"),
                                        this))
    , m_table(new QTableWidget(this)) {
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge assessments"));
    resize(960, 680);
    m_summaryLabel->setObjectName(QStringLiteral("mergeSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setText(
        tr("%1 assessments. The consensus of each criterion starts at the median of the participants' levels "
           "(the lower one when it falls between two); pick another where the room decided otherwise. %2 "
           "criteria have levels 2 or more apart, or are rated by some and called not applicable by others.")
            .arg(m_merge.participants().size())
            .arg(m_merge.disagreements().size()));

    m_compatibilityLabel->setObjectName(QStringLiteral("compatibilityLabel"));
    m_compatibilityLabel->setWordWrap(true);
    m_compatibilityLabel->setTextFormat(Qt::PlainText);
    QStringList compatibility;
    for (const MergeCompatibility& entry : m_merge.compatibility()) {
        if (entry.identical) {
            continue;
        }
        compatibility << tr("%1 used rubric version %2: %3% of the criteria in common.")
                             .arg(entry.participant, entry.rubricVersion)
                             .arg(qRound(entry.share() * 100));
        for (const QString& line : entry.leftAside) {
            compatibility << QStringLiteral("    ") + line;
        }
    }
    if (compatibility.isEmpty()) {
        m_compatibilityLabel->hide();
    } else {
        compatibility.prepend(tr("Not every participant used rubric version %1; what is left aside:")
                                  .arg(m_merge.rubric()->version()));
        m_compatibilityLabel->setText(compatibility.join(QLatin1Char('\n')));
    }

    m_disagreementsOnlyCheckBox->setObjectName(QStringLiteral("disagreementsOnlyCheckBox"));
    m_anonymiseCheckBox->setObjectName(QStringLiteral("anonymiseCheckBox"));
    m_table->setObjectName(QStringLiteral("mergeTable"));
    m_table->setAccessibleName(tr("Participants' levels and the consensus by criterion"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* create = buttons->addButton(tr("&Create consensus file…"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("createConsensusButton"));
    create->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_compatibilityLabel);
    layout->addWidget(m_disagreementsOnlyCheckBox);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_anonymiseCheckBox);
    layout->addWidget(buttons);

    fillTable();
    connect(m_disagreementsOnlyCheckBox, &QCheckBox::toggled, this, &MergeDialog::applyFilter);
    connect(m_anonymiseCheckBox, &QCheckBox::toggled, this, &MergeDialog::updateHeaders);
}

bool MergeDialog::anonymise() const {
    return m_anonymiseCheckBox->isChecked();
}

void MergeDialog::fillTable() {
    const QList<MergedCriterion>& criteria = m_merge.criteria();
    const auto participants = static_cast<int>(m_merge.participants().size());
    const int spreadColumn = 2 + participants;
    const int consensusColumn = spreadColumn + 1;
    m_table->setColumnCount(consensusColumn + 1);
    m_table->setRowCount(static_cast<int>(criteria.size()));
    m_table->verticalHeader()->hide();
    const int maxLevel = m_merge.rubric()->scale().maxLevel();
    const QColor disagreement = palette().color(QPalette::Highlight).lighter(170);
    for (int r = 0; r < criteria.size(); ++r) {
        const MergedCriterion& criterion = criteria[r];
        const Criterion* known = m_merge.rubric()->criterion(criterion.criterionId);
        const auto item = [](const QString& text) {
            auto* cell = new QTableWidgetItem(text);
            cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            return cell;
        };
        m_table->setItem(r, 0, item(criterion.criterionId));
        m_table->setItem(r, 1, item(known ? known->title.text() : QString()));
        for (int p = 0; p < participants; ++p) {
            QTableWidgetItem* level =
                item(comparisonLevelText(criterion.levels[p], criterion.notApplicable[p]));
            level->setTextAlignment(Qt::AlignCenter);
            m_table->setItem(r, 2 + p, level);
        }
        QString spread = criterion.minimum ? tr("%1–%2").arg(*criterion.minimum).arg(*criterion.maximum)
                                           : QStringLiteral("—");
        if (criterion.disagreement()) {
            spread += QStringLiteral("  ") + tr("disagree");
        }
        QTableWidgetItem* spreadItem = item(spread);
        spreadItem->setTextAlignment(Qt::AlignCenter);
        m_table->setItem(r, spreadColumn, spreadItem);
        if (criterion.disagreement()) {
            for (int c = 0; c < consensusColumn; ++c) {
                m_table->item(r, c)->setBackground(disagreement);
            }
        }
        auto* combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("consensus_") + criterion.criterionId);
        combo->setAccessibleName(tr("Consensus level of %1").arg(criterion.criterionId));
        combo->addItem(tr("not rated"), QVariant());
        for (int level = 0; level <= maxLevel; ++level) {
            combo->addItem(level == criterion.median ? tr("%1 (median)").arg(level) : QString::number(level),
                           level);
        }
        combo->setCurrentIndex(criterion.consensus ? *criterion.consensus + 1 : 0);
        const QString id = criterion.criterionId;
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, id] {
            const QVariant level = combo->currentData();
            m_merge.chooseConsensus(id, level.isValid() ? std::optional<int>(level.toInt()) : std::nullopt);
        });
        m_table->setCellWidget(r, consensusColumn, combo);
    }
    updateHeaders();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->resizeColumnToContents(0);
}

void MergeDialog::updateHeaders() {
    QStringList headers{tr("Criterion"), tr("Title")};
    headers << m_merge.attributedNames(anonymise());
    headers << tr("Spread") << tr("Consensus");
    m_table->setHorizontalHeaderLabels(headers);
}

void MergeDialog::applyFilter() {
    const bool disagreementsOnly = m_disagreementsOnlyCheckBox->isChecked();
    const QList<MergedCriterion>& criteria = m_merge.criteria();
    for (int r = 0; r < criteria.size(); ++r) {
        m_table->setRowHidden(r, disagreementsOnly && !criteria[r].disagreement());
    }
}

int MergeDialog::visibleCriteria() const {
    int visible = 0;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        visible += m_table->isRowHidden(r) ? 0 : 1;
    }
    return visible;
}

int MergeDialog::rowOf(const QString& criterionId) const {
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, 0)->text() == criterionId) {
            return r;
        }
    }
    return -1;
}

void MergeDialog::chooseConsensus(const QString& criterionId, std::optional<int> level) {
    const int row = rowOf(criterionId);
    if (row < 0) {
        return;
    }
    auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(row, m_table->columnCount() - 1));
    combo->setCurrentIndex(level ? *level + 1 : 0);
}

} // namespace coherence
