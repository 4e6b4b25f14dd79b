#include "DeferredPage.h"

#include <QVBoxLayout>

namespace coherence {

DeferredPage::DeferredPage(Factory factory, QWidget* parent)
    : QWidget(parent)
    , m_factory(std::move(factory)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget* DeferredPage::page() {
    if (!m_page) {
        m_page = m_factory(this);
        layout()->addWidget(m_page);
        // Keyboard focus goes to the page's first control, as it would for a page built up front.
        setFocusProxy(m_page);
    }
    return m_page;
}

void DeferredPage::showEvent(QShowEvent* event) {
    page();
    QWidget::showEvent(event);
}

} // namespace coherence
