#pragma once

#include <QWidget>

#include <functional>

namespace coherence {

/**
 * A tab page built the first time it is shown (or asked for), not when the window opens: the
 * dashboard's charts and the action plan's table cost start-up time that a user who goes straight
 * to the criteria never needs to pay (docs/performance.md).
 */
class DeferredPage : public QWidget {
    Q_OBJECT

public:
    using Factory = std::function<QWidget*(QWidget* parent)>;

    DeferredPage(Factory factory, QWidget* parent = nullptr);

    /// The page, built now if it was not yet.
    QWidget* page();

protected:
    void showEvent(QShowEvent* event) override;

private:
    Factory m_factory;
    QWidget* m_page = nullptr;
};

} // namespace coherence
