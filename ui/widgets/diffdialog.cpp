#include "ui/widgets/diffdialog.h"

#include "ui/common/pagewidgets.h"
#include "ui/common/standardbuttons.h"
#include "ui/common/uiformat.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QSyntaxHighlighter>
#include <QVBoxLayout>

namespace ul {

namespace {

class DiffHighlighter final : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString &text) override
    {
        QTextCharFormat format;
        if (text.startsWith(QLatin1String("+++")) || text.startsWith(QLatin1String("---")))
            format.setFontWeight(QFont::Bold);
        else if (text.startsWith(QLatin1Char('+')))
            format.setForeground(ui::okColor());
        else if (text.startsWith(QLatin1Char('-')))
            format.setForeground(ui::errorColor());
        else if (text.startsWith(QLatin1String("@@")))
            format.setForeground(ui::neutralColor());
        else
            return;
        setFormat(0, int(text.size()), format);
    }
};

} // namespace

DiffView::DiffView(QWidget *parent) : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new DiffHighlighter(document());
}

DiffView::~DiffView() = default;

void DiffView::setDiff(const QString &diff)
{
    setPlainText(diff);
}

DiffDialog::DiffDialog(const QString &title, const QString &intro, const uniapi::WritePlan &plan, const QString &acceptText,
                       QWidget *parent)
    : QDialog(parent), m_summary(new QLabel(this)), m_diff(new DiffView(this)),
      m_buttons(new QDialogButtonBox(acceptText.isEmpty() ? QDialogButtonBox::Close : QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    ui::StandardButtons::translate(m_buttons);
    setWindowModality(Qt::WindowModal);
    setAttribute(Qt::WA_DeleteOnClose);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setText(intro.isEmpty() ? summaryText(plan) : intro + QStringLiteral("\n\n") + summaryText(plan));
    m_diff->setDiff(plan.diff);
    m_diff->setVisible(!plan.diff.isEmpty());
    if (!acceptText.isEmpty())
        m_accept = m_buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_diff, 1);
    layout->addWidget(m_buttons);
    ui::resizeWithinScreen(this, QSize(760, plan.diff.isEmpty() ? 160 : 520));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

DiffDialog::~DiffDialog() = default;

QString DiffDialog::summary() const
{
    return m_summary->text();
}

QString DiffDialog::summaryText(const uniapi::WritePlan &plan)
{
    if (!plan.changesFile)
        return tr("Nothing changes: api.yaml already has this content.");
    const auto listed = [](const QString &text, const QStringList &names) -> QString {
        return names.isEmpty() ? QString() : text.arg(names.join(QStringLiteral(", ")));
    };
    const QStringList changed = plan.changed + plan.adopted;
    QStringList parts;
    if (plan.createsFile)
        parts << tr("api.yaml is created.");
    parts << listed(tr("Providers added (%n): %1.", nullptr, int(plan.added.size())), plan.added)
          << listed(tr("Providers changed (%n): %1.", nullptr, int(changed.size())), changed)
          << listed(tr("Providers removed (%n): %1.", nullptr, int(plan.removed.size())), plan.removed);
    if (plan.added.isEmpty() && changed.isEmpty() && plan.removed.isEmpty())
        parts << tr("No provider changes; other lines of the file do.");
    if (plan.hasConflicts())
        parts << tr("%n conflict(s) with hand-written entries.", nullptr, int(plan.conflicts.size()));
    return ui::joinText(parts);
}

} // namespace ul
