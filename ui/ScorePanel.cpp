#include "ScorePanel.h"

#include "AssessmentSession.h"
#include "OneLineLabel.h"
#include "ScoreBar.h"
#include "ScoreReportFormat.h"
#include "WrappedLabel.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

namespace coherence {

namespace {

QString blockTitle(Block block) {
    switch (block) {
    case Block::Process:
        return ScorePanel::tr("Process and enablers");
    case Block::Sector:
        return ScorePanel::tr("Sector content");
    case Block::CrossCutting:
        return ScorePanel::tr("Cross-cutting");
    }
    return QString();
}

} // namespace

ScorePanel::ScorePanel(AssessmentSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session) {
    setObjectName(QStringLiteral("scorePanel"));
    auto* layout = new QVBoxLayout(this);
    m_overallLabel = new OneLineLabel(tr("Overall score"), this);
    m_overallValueLabel = new OneLineLabel(this);
    m_overallValueLabel->setObjectName(QStringLiteral("overallScoreLabel"));
    QFont big = m_overallValueLabel->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_overallValueLabel->setFont(big);
    m_coverageLabel = new WrappedLabel(this);
    m_coverageLabel->setObjectName(QStringLiteral("coverageLabel"));
    m_showOverallCheckBox = new QCheckBox(tr("Show overall score"), this);
    m_showOverallCheckBox->setToolTip(
        tr("One number invites ranking; the area profile tells more. Hide it when "
           "it gets in the way of the discussion."));
    m_showOverallCheckBox->setObjectName(QStringLiteral("showOverallCheckBox"));
    m_showOverallCheckBox->setChecked(true);
    layout->addWidget(m_overallLabel);
    layout->addWidget(m_overallValueLabel);
    layout->addWidget(m_coverageLabel);
    layout->addWidget(m_showOverallCheckBox);
    connect(m_showOverallCheckBox, &QCheckBox::toggled, this, [this](bool checked) {
        setOverallVisible(checked);
        emit overallVisibilityChanged(checked);
    });

    // Titles wrap: one on one line would set the panel's least width, and a narrow dock (200 % scaling
    // on a small screen, a longer language) would cut the panel off.
    const auto titleLabel = [this](const QString& text) {
        auto* title = new WrappedLabel(this);
        title->setText(text);
        title->setMinimumWidth(60);
        return title;
    };
    auto* blocks = new QGridLayout;
    int row = 0;
    for (Block block : allBlocks()) {
        auto* value = new OneLineLabel(this);
        value->setObjectName(QStringLiteral("blockScoreLabel-") + blockName(block));
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        blocks->addWidget(titleLabel(blockTitle(block)), row, 0);
        blocks->addWidget(value, row, 1);
        m_blockLabels << value;
        ++row;
    }
    blocks->setColumnStretch(0, 1);
    layout->addLayout(blocks);

    auto* areas = new QGridLayout;
    row = 0;
    for (const Area& area : session->rubric().areas()) {
        auto* bar = new ScoreBar(this);
        bar->setObjectName(QStringLiteral("areaScoreBar-") + area.id);
        bar->setRange(0, 1000);
        bar->setAccessibleName(tr("Score of %1").arg(area.title.text()));
        auto* coverage = new OneLineLabel(this);
        coverage->setObjectName(QStringLiteral("areaCoverageLabel-") + area.id);
        coverage->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        areas->addWidget(titleLabel(area.title.text()), row, 0, 1, 2);
        areas->addWidget(bar, row + 1, 0);
        areas->addWidget(coverage, row + 1, 1);
        m_areaBars << bar;
        m_areaCoverageLabels << coverage;
        row += 2;
    }
    areas->setColumnStretch(0, 1);
    layout->addLayout(areas);
    layout->addStretch();
    connect(session, &AssessmentSession::scoresChanged, this, &ScorePanel::refresh);
    refresh();
}

void ScorePanel::setOverallVisible(bool visible) {
    m_overallLabel->setVisible(visible);
    m_overallValueLabel->setVisible(visible);
    if (m_showOverallCheckBox->isChecked() != visible) {
        m_showOverallCheckBox->setChecked(visible);
    }
}

bool ScorePanel::isOverallVisible() const {
    return m_showOverallCheckBox->isChecked();
}

void ScorePanel::refresh() {
    const ScoreReport& report = m_session->report();
    const QLocale locale; // "43,8" on a French desktop
    m_overallValueLabel->setText(ScoreReportFormat::formatScore(report.overall, locale));
    m_coverageLabel->setText(tr("Coverage %1% — %2 rated, %3 not applicable, %4 to go")
                                 .arg(ScoreReportFormat::formatScore(report.coverage, locale))
                                 .arg(report.rated)
                                 .arg(report.notApplicable)
                                 .arg(report.total - report.rated - report.notApplicable));
    int index = 0;
    for (Block block : allBlocks()) {
        m_blockLabels[index++]->setText(ScoreReportFormat::formatScore(report.blocks.value(block), locale));
    }
    for (qsizetype a = 0; a < report.areas.size() && a < m_areaBars.size(); ++a) {
        const AreaScore& area = report.areas[a];
        QProgressBar* bar = m_areaBars[a];
        bar->setValue(area.score ? static_cast<int>(*area.score * 10) : 0);
        // "—", never "0": nothing rated is not the same as nothing done.
        bar->setFormat(ScoreReportFormat::formatScore(area.score, locale));
        bar->setToolTip(tr("Score %1, coverage %2%")
                            .arg(ScoreReportFormat::formatScore(area.score, locale),
                                 ScoreReportFormat::formatScore(area.coverage, locale)));
        m_areaCoverageLabels[a]->setText(tr("%1/%2").arg(area.rated + area.notApplicable).arg(area.total));
    }
}

} // namespace coherence
