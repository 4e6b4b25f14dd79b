#pragma once

#include <Qt>

namespace coherence {

/// Custom roles shared by the models of ui/. Unscoped so that it converts to int where Qt's
/// model API expects a role, as Qt's own Qt::ItemDataRole does.
enum ItemDataRole {
    CriterionIdRole = Qt::UserRole + 1, ///< QString, on criterion rows (and gap/warning/action rows)
    AreaIdRole,                         ///< QString
    IsAreaRole,                         ///< bool, on navigator rows
    LevelRole,                          ///< int, or invalid when not rated
    NotApplicableRole,                  ///< bool
    HasWarningRole,                     ///< bool
    HasGapRole,                         ///< bool
    SearchTextRole,                     ///< QString: everything the filter box searches, lower case
    SortRole,                           ///< a value that sorts naturally (dates, priorities)
};

} // namespace coherence
