#include "PresenterView.h"

#include "PresentationWindow.h"
#include "SlidePreview.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace coherence {

PresenterView::PresenterView(PresentationWindow* presentation, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_presentation(presentation)
    , m_current(new SlidePreview(presentation->painter(), this))
    , m_next(new SlidePreview(presentation->painter(), this))
    , m_notes(new QTextBrowser(this))
    , m_elapsedLabel(new QLabel(this))
    , m_positionLabel(new QLabel(this)) {
    setObjectName(QStringLiteral("presenterView"));
    setWindowTitle(tr("Coherence — presenter view"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_current->setObjectName(QStringLiteral("currentSlidePreview"));
    m_next->setObjectName(QStringLiteral("nextSlidePreview"));
    m_notes->setObjectName(QStringLiteral("presenterNotes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setFocusPolicy(Qt::NoFocus); // keys drive the slides, wherever the facilitator types them
    m_elapsedLabel->setObjectName(QStringLiteral("elapsedLabel"));
    m_positionLabel->setObjectName(QStringLiteral("slidePositionLabel"));
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_elapsedLabel->setFont(big);
    m_positionLabel->setFont(big);
    QFont notesFont = font();
    notesFont.setPointSizeF(notesFont.pointSizeF() * 1.4);
    m_notes->setFont(notesFont);

    auto* layout = new QGridLayout(this);
    layout->addWidget(new QLabel(tr("Now showing"), this), 0, 0);
    layout->addWidget(new QLabel(tr("Next"), this), 0, 1);
    layout->addWidget(m_current, 1, 0);
    layout->addWidget(m_next, 1, 1);
    layout->addWidget(m_notes, 2, 0);
    auto* side = new QVBoxLayout;
    side->addWidget(m_positionLabel);
    side->addWidget(m_elapsedLabel);
    side->addStretch();
    layout->addLayout(side, 2, 1);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 2);
    layout->setRowStretch(1, 3);
    layout->setRowStretch(2, 2);

    connect(presentation, &PresentationWindow::currentIndexChanged, this, &PresenterView::refresh);
    connect(presentation, &PresentationWindow::contentChanged, this, &PresenterView::refresh);
    auto* timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &PresenterView::tick);
    timer->start(1000);
    m_elapsed.start();
    refresh();
    tick();
}

QString PresenterView::notesText() const {
    return m_notes->toPlainText();
}

QString PresenterView::elapsedText() const {
    return m_elapsedLabel->text();
}

void PresenterView::refresh() {
    const qsizetype index = m_presentation->currentIndex();
    m_current->setSlide(index);
    m_next->setSlide(index + 1 < m_presentation->deck().size() ? index + 1 : -1);
    m_notes->setPlainText(m_presentation->painter().notes(index));
    m_positionLabel->setText(tr("Slide %1 of %2").arg(index + 1).arg(m_presentation->deck().size()));
}

void PresenterView::tick() {
    const qint64 seconds = m_elapsed.elapsed() / 1000;
    m_elapsedLabel->setText(tr("%1:%2:%3 elapsed")
                                .arg(seconds / 3600)
                                .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
                                .arg(seconds % 60, 2, 10, QLatin1Char('0')));
}

void PresenterView::keyPressEvent(QKeyEvent* event) {
    QCoreApplication::sendEvent(m_presentation, event);
}

} // namespace coherence
