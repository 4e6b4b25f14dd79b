#pragma once

#include "ReportBuilder.h"
#include "ReportExport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace coherence {

class Assessment;

/**
 * File → Export report…: choose the template (briefing note, full report, workshop summary), the
 * format and the options, see the report as it will print, then write it. The file is checked
 * before success is reported; a failure says why and leaves nothing behind.
 */
class ReportDialog : public QDialog {
    Q_OBJECT

public:
    ReportDialog(const Assessment& assessment, bool hideOverallScore, const QString& folder,
                 QWidget* parent = nullptr);

    ReportOptions options() const;
    ReportExport::Format format() const;
    /// The file written by the last successful export, or empty.
    const QString& writtenPath() const { return m_writtenPath; }
    /// Writes the report to @p path (the export button asks for the path first).
    bool exportTo(const QString& path, QString* error);

private:
    void refreshPreview();
    void exportReport();
    /// Opens the report just written in the application the desktop opens its kind of file with: an
    /// NGO exports a briefing note to edit it, in LibreOffice or Word, or to read the PDF it hands out.
    void openWrittenReport();

    const Assessment& m_assessment;
    QString m_folder;
    QComboBox* m_templateComboBox;
    QComboBox* m_formatComboBox;
    QComboBox* m_pageComboBox;
    QCheckBox* m_hideOverallCheckBox;
    QCheckBox* m_anonymiseCheckBox;
    QCheckBox* m_privateNotesCheckBox;
    QTextBrowser* m_preview;
    QLabel* m_statusLabel;
    QPushButton* m_openButton;
    QString m_writtenPath;
};

} // namespace coherence
