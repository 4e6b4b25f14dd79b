#pragma once

#include "WrappedTextLayout.h"

#include <QAbstractButton>
#include <QHash>

namespace coherence {

/**
 * One level of the rating scale as a large, checkable option: the number, the label and what the
 * level means for this criterion, wrapped to the width available. Being a QAbstractButton it is
 * focusable, answers Space, and joins a QButtonGroup.
 */
class LevelOption : public QAbstractButton {
    Q_OBJECT

public:
    LevelOption(int level, QWidget* parent = nullptr);

    int level() const { return m_level; }
    void setTexts(const QString& label, const QString& definition);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QRect textArea(const QRect& bounds) const;
    /// The label's and the definition's layouts, for the current texts and font.
    void prepareTexts() const;

    int m_level;
    /// Layouts ask for the height at the same few widths many times; text layout is the costly part.
    mutable QHash<int, int> m_heightForWidth;
    QString m_label;
    QString m_definition;
    // Measured for layouts and then painted: laid out once per width and drawn from the same glyphs.
    mutable WrappedTextLayout m_labelLayout;
    mutable WrappedTextLayout m_definitionLayout;
};

} // namespace coherence
