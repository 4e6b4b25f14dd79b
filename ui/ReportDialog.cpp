#include "ReportDialog.h"

#include "Dialogs.h"
#include "LocalizedText.h"
#include "ReportRenderingModule.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace coherence {

ReportDialog::ReportDialog(const Assessment& assessment, bool hideOverallScore, const QString& folder,
                           QWidget* parent)
    : QDialog(parent)
    , m_assessment(assessment)
    , m_folder(folder)
    , m_templateComboBox(new QComboBox(this))
    , m_formatComboBox(new QComboBox(this))
    , m_pageComboBox(new QComboBox(this))
    , m_hideOverallCheckBox(new QCheckBox(tr("Leave out the overall score"), this))
    , m_anonymiseCheckBox(new QCheckBox(tr("Withhold the assessors' names"), this))
    , m_privateNotesCheckBox(new QCheckBox(tr("Include private notes (full report only)"), this))
    , m_preview(new QTextBrowser(this))
    , m_statusLabel(new QLabel(this))
    , m_openButton(new QPushButton(tr("&Open the report"), this)) {
    setWindowTitle(tr("Export report"));
    setObjectName(QStringLiteral("reportDialog"));
    m_templateComboBox->setObjectName(QStringLiteral("reportTemplateComboBox"));
    m_formatComboBox->setObjectName(QStringLiteral("reportFormatComboBox"));
    m_pageComboBox->setObjectName(QStringLiteral("reportPageComboBox"));
    m_hideOverallCheckBox->setObjectName(QStringLiteral("reportHideOverallCheckBox"));
    m_anonymiseCheckBox->setObjectName(QStringLiteral("reportAnonymiseCheckBox"));
    m_privateNotesCheckBox->setObjectName(QStringLiteral("reportPrivateNotesCheckBox"));
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setAccessibleName(tr("Preview of the report"));
    m_statusLabel->setObjectName(QStringLiteral("reportStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_openButton->setObjectName(QStringLiteral("reportOpenButton"));
    m_openButton->setAutoDefault(false);
    m_openButton->hide(); // until a report is written

    m_templateComboBox->addItem(tr("Briefing note (2–4 pages)"),
                                static_cast<int>(ReportOptions::Template::Briefing));
    m_templateComboBox->addItem(tr("Full assessment report"),
                                static_cast<int>(ReportOptions::Template::Full));
    m_templateComboBox->addItem(tr("Workshop summary"), static_cast<int>(ReportOptions::Template::Workshop));
    m_formatComboBox->addItem(tr("PDF"), static_cast<int>(ReportExport::Format::Pdf));
    m_formatComboBox->addItem(tr("ODT (edit in LibreOffice or Word)"),
                              static_cast<int>(ReportExport::Format::Odt));
    m_formatComboBox->addItem(tr("HTML (one file)"), static_cast<int>(ReportExport::Format::Html));
    m_formatComboBox->addItem(tr("Markdown"), static_cast<int>(ReportExport::Format::Markdown));
    m_pageComboBox->addItem(tr("A4"), static_cast<int>(ReportDocument::PageSize::A4));
    m_pageComboBox->addItem(tr("Letter"), static_cast<int>(ReportDocument::PageSize::Letter));
    m_pageComboBox->setCurrentIndex(
        m_pageComboBox->findData(static_cast<int>(ReportBuilder::defaultPageSize(QLocale()))));
    m_hideOverallCheckBox->setChecked(hideOverallScore);

    auto* form = new QFormLayout;
    form->addRow(tr("&Template:"), m_templateComboBox);
    form->addRow(tr("&Format:"), m_formatComboBox);
    form->addRow(tr("&Paper:"), m_pageComboBox);
    form->addRow(m_hideOverallCheckBox);
    form->addRow(m_anonymiseCheckBox);
    form->addRow(m_privateNotesCheckBox);
    auto* left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(m_statusLabel);
    left->addWidget(m_openButton, 0, Qt::AlignLeft);
    left->addStretch();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("reportExportButton"));
    exportButton->setDefault(true);
    left->addWidget(buttons);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 2);
    layout->addWidget(m_preview, 5);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &ReportDialog::exportReport);
    connect(m_openButton, &QPushButton::clicked, this, &ReportDialog::openWrittenReport);
    for (QComboBox* box : {m_templateComboBox, m_pageComboBox}) {
        connect(box, &QComboBox::currentIndexChanged, this, &ReportDialog::refreshPreview);
    }
    for (QCheckBox* box : {m_hideOverallCheckBox, m_anonymiseCheckBox, m_privateNotesCheckBox}) {
        connect(box, &QCheckBox::toggled, this, &ReportDialog::refreshPreview);
    }
    resize(1100, 720);
    refreshPreview();
}

ReportOptions ReportDialog::options() const {
    ReportOptions options;
    options.reportTemplate = static_cast<ReportOptions::Template>(m_templateComboBox->currentData().toInt());
    options.hideOverallScore = m_hideOverallCheckBox->isChecked();
    options.anonymiseAssessors = m_anonymiseCheckBox->isChecked();
    options.includePrivateNotes = m_privateNotesCheckBox->isChecked();
    options.pageSize = static_cast<ReportDocument::PageSize>(m_pageComboBox->currentData().toInt());
    // The window's language, said outright: the report module holds a core of its own, whose default
    // language the window never set (LocalizedText::setDefaultLanguage).
    options.language = LocalizedText::defaultLanguage();
    return options;
}

ReportExport::Format ReportDialog::format() const {
    return static_cast<ReportExport::Format>(m_formatComboBox->currentData().toInt());
}

void ReportDialog::refreshPreview() {
    m_privateNotesCheckBox->setEnabled(options().reportTemplate == ReportOptions::Template::Full);
    QString problem;
    const ReportRenderingModule* module = ReportRenderingModule::instance(&problem);
    if (!module) {
        // HTML and Markdown are written by the core and still work; PDF, ODT and the preview do not.
        m_preview->setPlainText(problem);
        return;
    }
    // Parented to the preview, so that setDocument() deletes the previous one itself.
    QTextDocument* document = module->textDocument(m_assessment, options());
    document->setParent(m_preview);
    m_preview->setDocument(document);
}

bool ReportDialog::exportTo(const QString& path, QString* error) {
    bool written = false;
    if (format() == ReportExport::Format::Html) {
        written = ReportExport::writeHtml(m_assessment, options(), path, error);
    } else if (format() == ReportExport::Format::Markdown) {
        written = ReportExport::writeMarkdown(m_assessment, options(), path, error);
    } else if (const ReportRenderingModule* module = ReportRenderingModule::instance(error)) {
        written = module->write(m_assessment, options(), format(), path, error);
    }
    if (!written) {
        m_openButton->hide(); // the report it would open is not the one the status line speaks of
        return false;
    }
    m_writtenPath = path;
    m_openButton->setToolTip(QDir::toNativeSeparators(path));
    m_openButton->show();
    return true;
}

void ReportDialog::openWrittenReport() {
    // A local file, handed to the desktop: nothing is fetched from anywhere.
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(m_writtenPath))) {
        m_statusLabel->setStyleSheet(QStringLiteral("color: #a40000"));
        m_statusLabel->setText(
            tr("No application on this computer opens %1 files. The report is written: "
               "open %2 from its folder.")
                .arg(QFileInfo(m_writtenPath).suffix().toUpper(), QDir::toNativeSeparators(m_writtenPath)));
    }
}

void ReportDialog::exportReport() {
    const QString suffix = ReportExport::formatName(format());
    const QString name = options().reportTemplate == ReportOptions::Template::Briefing ? tr("briefing-note")
                         : options().reportTemplate == ReportOptions::Template::Full ? tr("assessment-report")
                                                                                     : tr("workshop-summary");
    const QString path = Dialogs::saveFileName(this, tr("Export the report as"),
                                               QDir(m_folder).filePath(name + QLatin1Char('.') + suffix),
                                               tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!exportTo(path, &error)) {
        m_statusLabel->setStyleSheet(QStringLiteral("color: #a40000"));
        m_statusLabel->setText(tr("Not exported: %1").arg(error));
        Dialogs::warning(this, tr("Report not exported"), error);
        return;
    }
    m_statusLabel->setStyleSheet(QString());
    m_statusLabel->setText(tr("Written and checked: %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace coherence
