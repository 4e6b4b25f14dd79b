#include "CurrentItemButtons.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QItemSelectionModel>

namespace coherence {

void CurrentItemButtons::follow(QAbstractItemView* view, const QList<QAbstractButton*>& buttons,
                                bool writable) {
    const auto update = [view, buttons, writable] {
        const bool enabled = writable && view->currentIndex().isValid();
        for (QAbstractButton* button : buttons) {
            button->setEnabled(enabled);
        }
    };
    // After the selection model's own handling of each change (it connected to the model first), so
    // that the current index read is the one that holds afterwards.
    QAbstractItemModel* model = view->model();
    QObject::connect(view->selectionModel(), &QItemSelectionModel::currentChanged, view, update);
    QObject::connect(model, &QAbstractItemModel::modelReset, view, update);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, view, update);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, view, update);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, view, update);
    update();
}

} // namespace coherence
