#include "StartPage.h"

#include "Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace coherence {

StartPage::StartPage(QWidget* parent)
    : QWidget(parent)
    , m_recentTable(new QTableWidget(this))
    , m_recentLabel(new QLabel(tr("Re&cent assessments"), this))
    , m_noRecentLabel(new QLabel(tr("No assessment opened yet. Start a new one for your plan, or open the "
                                    "sample to see a rated plan, its scores and its reports first."),
                                 this)) {
    setObjectName(QStringLiteral("startPage"));
    auto* title = new QLabel(tr("Coherence"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* intro =
        new QLabel(tr("Score a national development plan against the recommendations of the Global "
                      "Migration Group handbook “Mainstreaming Migration into Development Planning” "
                      "(IOM, 2010). Every change is saved as you make it."),
                   this);
    intro->setWordWrap(true);

    const auto makeButton = [this](const QString& text, const QString& name, const QString& help) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setMinimumHeight(button->sizeHint().height() * 3 / 2);
        button->setToolTip(help);
        return button;
    };
    QPushButton* newButton = makeButton(tr("&New assessment…"), QStringLiteral("newAssessmentButton"),
                                        tr("Start assessing a plan (Ctrl+N)"));
    QPushButton* openButton =
        makeButton(tr("&Open…"), QStringLiteral("openButton"), tr("Open a .coherence file (Ctrl+O)"));
    QPushButton* importButton = makeButton(tr("&Import JSON…"), QStringLiteral("importButton"),
                                           tr("Turn an assessment exported as JSON into a .coherence file"));
    QPushButton* sampleButton = makeButton(tr("Open the &sample"), QStringLiteral("sampleButton"),
                                           tr("A fictional plan, rated, to see how Coherence works"));
    connect(newButton, &QPushButton::clicked, this, &StartPage::newRequested);
    connect(openButton, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(importButton, &QPushButton::clicked, this, &StartPage::importRequested);
    connect(sampleButton, &QPushButton::clicked, this, &StartPage::sampleRequested);
    auto* buttons = new QGridLayout;
    buttons->addWidget(newButton, 0, 0);
    buttons->addWidget(openButton, 0, 1);
    buttons->addWidget(importButton, 1, 0);
    buttons->addWidget(sampleButton, 1, 1);

    QFont bold = m_recentLabel->font();
    bold.setBold(true);
    m_recentLabel->setFont(bold);
    m_recentLabel->setBuddy(m_recentTable);
    m_noRecentLabel->setObjectName(QStringLiteral("noRecentLabel"));
    m_noRecentLabel->setWordWrap(true);
    m_noRecentLabel->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_noRecentLabel->setForegroundRole(QPalette::PlaceholderText);
    m_recentTable->setObjectName(QStringLiteral("recentTable"));
    m_recentTable->setColumnCount(4);
    m_recentTable->setHorizontalHeaderLabels(
        {tr("Plan"), tr("Country"), tr("Last modified"), tr("Coverage")});
    m_recentTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_recentTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_recentTable->setWordWrap(false);
    m_recentTable->verticalHeader()->hide();
    m_recentTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recentTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_recentTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_recentTable->setTabKeyNavigation(false);
    m_recentTable->setAccessibleName(tr("Recent assessments; press Enter to open"));
    const auto openRow = [this](int row) {
        if (QTableWidgetItem* item = m_recentTable->item(row, 0)) {
            emit recentRequested(item->data(Qt::UserRole).toString());
        }
    };
    connect(m_recentTable, &QTableWidget::cellDoubleClicked, this, [openRow](int row, int) { openRow(row); });
    connect(m_recentTable, &QTableWidget::activated, this,
            [openRow](const QModelIndex& index) { openRow(index.row()); });

    auto* column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(12);
    column->addLayout(buttons);
    column->addSpacing(12);
    column->addWidget(m_recentLabel);
    column->addWidget(m_recentTable, 1);
    column->addWidget(m_noRecentLabel, 1);
    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 6);
    outer->addStretch(1);
}

void StartPage::refresh(const Settings& settings) {
    m_recentTable->setRowCount(0);
    for (const QString& path : settings.recentFiles()) {
        const QFileInfo file(path);
        if (!file.exists()) {
            continue;
        }
        const Settings::RecentSummary summary = settings.recentSummary(path);
        const int row = m_recentTable->rowCount();
        m_recentTable->insertRow(row);
        auto* planItem = new QTableWidgetItem(summary.plan.isEmpty() ? file.fileName() : summary.plan);
        planItem->setData(Qt::UserRole, path);
        planItem->setToolTip(QDir::toNativeSeparators(path));
        const QDateTime modified =
            summary.modified.isValid() ? summary.modified.toLocalTime() : file.lastModified();
        m_recentTable->setItem(row, 0, planItem);
        m_recentTable->setItem(row, 1, new QTableWidgetItem(summary.country));
        m_recentTable->setItem(row, 2,
                               new QTableWidgetItem(QLocale().toString(modified, QLocale::ShortFormat)));
        m_recentTable->setItem(row, 3,
                               new QTableWidgetItem(summary.coverage.isEmpty() ? tr("—") : summary.coverage));
    }
    // An empty table with four headings says nothing to someone who has never opened a file.
    const bool any = m_recentTable->rowCount() > 0;
    m_recentLabel->setVisible(any);
    m_recentTable->setVisible(any);
    m_noRecentLabel->setVisible(!any);
}

} // namespace coherence
