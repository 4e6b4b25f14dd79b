#include "HistoryModel.h"

#include "AssessmentSession.h"
#include "ChangeDescription.h"
#include "ItemDataRoles.h"

#include <QLocale>

namespace coherence {

namespace {

/// One line of at most @p length characters: a long note or excerpt shows whole in the tooltip.
QString oneLine(const QString& text, qsizetype length = 120) {
    const QString line = text.simplified();
    return line.size() > length ? line.left(length - 1) + QStringLiteral("…") : line;
}

} // namespace

HistoryModel::HistoryModel(AssessmentSession* session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session) {
    refresh();
    connect(session, &AssessmentSession::saved, this, &HistoryModel::refresh);
}

bool HistoryModel::refresh() {
    QString error;
    const qint64 last = m_entries.isEmpty() ? 0 : m_entries.last().id;
    const QList<ChangeLogEntry> added = m_session->document().historyAfter(last, &error);
    m_lastError = error;
    if (!error.isEmpty()) {
        return false;
    }
    if (!added.isEmpty()) {
        beginInsertRows(QModelIndex(), 0, static_cast<int>(added.size()) - 1);
        m_entries.append(added);
        endInsertRows();
    }
    return true;
}

int HistoryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return QVariant();
    }
    const qsizetype at = entryIndex(index.row());
    const ChangeLogEntry& entry = m_entries.at(at);
    switch (role) {
    case CriterionIdRole:
        return ChangeDescription::criterionId(entry);
    case SortRole:
        return entry.id;
    case SearchTextRole: {
        if (m_searchTexts.size() < m_entries.size()) {
            m_searchTexts.resize(m_entries.size());
        }
        QString& search = m_searchTexts[at];
        if (search.isNull()) {
            QStringList columns;
            for (int column = 0; column < ColumnCount; ++column) {
                columns << text(entry, column, true);
            }
            search = columns.join(QLatin1Char('\n')).toLower();
        }
        return search;
    }
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(entry, index.column(), role == Qt::ToolTipRole);
    default:
        return QVariant();
    }
}

QString HistoryModel::text(const ChangeLogEntry& entry, int column, bool full) const {
    switch (column) {
    case WhenColumn:
        return QLocale().toString(entry.at.toLocalTime(), full ? QLocale::LongFormat : QLocale::ShortFormat);
    case WhoColumn:
        return entry.author;
    case ChangeColumn:
        return ChangeDescription::change(entry);
    case SubjectColumn:
        return ChangeDescription::subject(entry);
    case BeforeColumn:
    case AfterColumn: {
        const QString value = ChangeDescription::value(
            entry, column == BeforeColumn ? entry.oldValue : entry.newValue, m_session->rubric());
        return full ? value : oneLine(value);
    }
    default:
        return QString();
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QVariant();
    }
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case ChangeColumn:
        return tr("Change");
    case SubjectColumn:
        return tr("Concerns");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    default:
        return QVariant();
    }
}

} // namespace coherence
