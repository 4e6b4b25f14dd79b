#include "PresentationWindow.h"

#include "AssessmentSession.h"
#include "PresenterView.h"

#include <QCloseEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScreen>
#include <QUndoStack>

namespace coherence {

namespace {

/// Four digits: more votes than any room casts, and within Assessment::kMaxVotes.
constexpr int kMaxVoteDigits = 4;

} // namespace

PresentationWindow::PresentationWindow(AssessmentSession* session, const QString& participants,
                                       QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
    , m_deck(session->rubric())
    , m_painter(*session, m_deck, participants) {
    setObjectName(QStringLiteral("presentationWindow"));
    setWindowTitle(tr("Coherence — presentation"));
    setAttribute(Qt::WA_DeleteOnClose);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::BlankCursor);
    setAccessibleName(tr("Presentation"));
    const auto changed = [this] {
        update();
        emit contentChanged();
    };
    connect(session, &AssessmentSession::ratingChanged, this, changed);
    connect(session, &AssessmentSession::scoresChanged, this, changed);
}

PresentationWindow::~PresentationWindow() {
    delete m_presenterView;
}

void PresentationWindow::start(QScreen* screen) {
    if (screen) {
        setScreen(screen);
        setGeometry(screen->geometry());
    }
    showFullScreen();
    raise();
    activateWindow();
    setFocus();
}

PresenterView* PresentationWindow::showPresenterView(QScreen* screen) {
    if (!m_presenterView) {
        m_presenterView = new PresenterView(this);
    }
    if (screen) {
        m_presenterView->setScreen(screen);
        m_presenterView->setGeometry(screen->availableGeometry());
    }
    m_presenterView->showMaximized();
    return m_presenterView;
}

void PresentationWindow::setCurrentIndex(qsizetype index) {
    index = std::clamp<qsizetype>(index, 0, m_deck.size() - 1);
    m_blanked = false;
    if (index == m_index) {
        update();
        return;
    }
    m_voteEntry.reset();
    m_index = index;
    m_painter.setLevelsInFull(-1); // each recommendation opens on its text; L again for its levels
    update();
    emit currentIndexChanged(m_index);
}

QString PresentationWindow::currentCriterion() const {
    const Slide& slide = m_deck.at(m_index);
    return slide.kind == Slide::Kind::Criterion ? slide.criterionId : QString();
}

void PresentationWindow::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    if (m_blanked) {
        painter.fillRect(rect(), Qt::black);
        return;
    }
    m_painter.paint(painter, rect(), m_index, m_voteEntry ? &*m_voteEntry : nullptr);
}

bool PresentationWindow::focusNextPrevChild(bool) {
    return false; // Tab belongs to the vote tally, not to focus changes
}

void PresentationWindow::keyPressEvent(QKeyEvent* event) {
    if (m_voteEntry) {
        handleVoteKey(event);
        return;
    }
    if (event->matches(QKeySequence::Undo)) {
        m_session->undoStack()->undo();
        return;
    }
    if (event->matches(QKeySequence::Redo)) {
        m_session->undoStack()->redo();
        return;
    }
    const int key = event->key();
    const int maxLevel = m_session->rubric().scale().maxLevel();
    if (key >= Qt::Key_0 && key <= Qt::Key_9 && key - Qt::Key_0 <= maxLevel) {
        setConsensus(key - Qt::Key_0);
        return;
    }
    switch (key) {
    case Qt::Key_PageDown:
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        setCurrentIndex(m_index + 1);
        return;
    case Qt::Key_PageUp:
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_Backspace:
        setCurrentIndex(m_index - 1);
        return;
    case Qt::Key_Home:
        setCurrentIndex(0);
        return;
    case Qt::Key_End:
        setCurrentIndex(m_deck.size() - 1);
        return;
    case Qt::Key_B:
    case Qt::Key_Period: // what most clickers send for "blank"
        m_blanked = !m_blanked;
        update();
        return;
    case Qt::Key_V:
        beginVotes();
        return;
    case Qt::Key_L:
        if (!currentCriterion().isEmpty()) {
            m_painter.setLevelsInFull(m_painter.levelsInFull() == m_index ? -1 : m_index);
            update();
            emit contentChanged();
        }
        return;
    case Qt::Key_Escape:
        if (m_blanked) {
            m_blanked = false;
            update();
        } else {
            close();
        }
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void PresentationWindow::mousePressEvent(QMouseEvent* event) {
    // A click advances, a right click goes back: the habit every slide program teaches.
    setCurrentIndex(m_index + (event->button() == Qt::RightButton ? -1 : 1));
}

void PresentationWindow::closeEvent(QCloseEvent* event) {
    if (m_presenterView) {
        m_presenterView->close();
    }
    emit finished(m_index);
    QWidget::closeEvent(event);
}

void PresentationWindow::setConsensus(int level) {
    const QString criterionId = currentCriterion();
    if (criterionId.isEmpty() || m_session->isReadOnly()) {
        return;
    }
    Rating rating = m_session->assessment().rating(criterionId);
    if (rating.isRated() && *rating.level == level) {
        return;
    }
    rating.level = level;
    rating.notApplicable = false;
    rating.justification.clear();
    m_session->changeRating(criterionId, rating,
                            tr("Rate %1 at level %2 (the room)").arg(criterionId).arg(level));
}

void PresentationWindow::beginVotes() {
    const QString criterionId = currentCriterion();
    if (criterionId.isEmpty() || m_session->isReadOnly()) {
        return;
    }
    VoteEntry entry;
    const QMap<int, int>& votes = m_session->assessment().rating(criterionId).votes;
    for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
        entry.counts.insert(it.key(), QString::number(it.value()));
    }
    m_voteEntry = entry;
    update();
}

void PresentationWindow::handleVoteKey(QKeyEvent* event) {
    VoteEntry& entry = *m_voteEntry;
    const int maxLevel = m_session->rubric().scale().maxLevel();
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        QString& digits = entry.counts[entry.currentLevel];
        if (digits.size() < kMaxVoteDigits) {
            digits = QString::number(QString(digits + QChar(u'0' + (key - Qt::Key_0))).toInt());
        }
    } else if (key == Qt::Key_Tab || key == Qt::Key_Right || key == Qt::Key_Space) {
        entry.currentLevel = (entry.currentLevel + 1) % (maxLevel + 1);
    } else if (key == Qt::Key_Backtab || key == Qt::Key_Left) {
        entry.currentLevel = (entry.currentLevel + maxLevel) % (maxLevel + 1);
    } else if (key == Qt::Key_Backspace) {
        entry.counts[entry.currentLevel].chop(1);
    } else if (key == Qt::Key_Delete) {
        entry.counts.clear();
    } else if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        commitVotes();
    } else if (key == Qt::Key_Escape) {
        m_voteEntry.reset();
    }
    update();
}

void PresentationWindow::commitVotes() {
    const QString criterionId = currentCriterion();
    QMap<int, int> votes;
    for (auto it = m_voteEntry->counts.cbegin(); it != m_voteEntry->counts.cend(); ++it) {
        if (const int count = it.value().toInt(); count > 0) {
            votes.insert(it.key(), count);
        }
    }
    m_voteEntry.reset();
    Rating rating = m_session->assessment().rating(criterionId);
    if (rating.votes == votes) {
        return;
    }
    rating.votes = votes;
    m_session->changeRating(criterionId, rating, tr("Record the room's votes on %1").arg(criterionId));
}

} // namespace coherence
