#pragma once

#include <QList>

class QAbstractButton;
class QAbstractItemView;

namespace coherence {

/**
 * Buttons that act on a view's current item (Edit…, Remove): enabled only while there is one, so that
 * a click never silently does nothing. They follow the view's model through resets, inserts,
 * removals and filtering.
 */
class CurrentItemButtons {
public:
    /// From now on, @p buttons are enabled exactly when @p view has a current item and @p writable is
    /// true. The connections live as long as the view and the buttons.
    static void follow(QAbstractItemView* view, const QList<QAbstractButton*>& buttons, bool writable);
};

} // namespace coherence
