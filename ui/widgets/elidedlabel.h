#pragma once

#include <QLabel>

namespace ul {

// One line of plain text that never makes its layout wider: when it does not fit, the middle is
// replaced by "…" (the start and the end of a path are the informative parts) and the full text
// is the tooltip.
class ElidedLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateElided();

    QString m_fullText;
};

} // namespace ul
