#include "ui/pages/gettingstartedbox.h"

#include "ui/common/errortext.h"
#include "ui/common/setupstate.h"
#include "ui/common/uiformat.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ul {

GettingStartedBox::GettingStartedBox(QWidget *parent) : QGroupBox(parent), m_demoHint(new QLabel(this))
{
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    for (int step = 0; step < StepCount; ++step) {
        Row &row = m_steps[step];
        row.mark = new QLabel(this);
        row.mark->setTextFormat(Qt::RichText);
        row.mark->setMinimumWidth(24);
        row.text = new QLabel(this);
        row.text->setTextFormat(Qt::RichText);
        row.text->setWordWrap(true);
        row.text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        row.button = new QPushButton(this);
        grid->addWidget(row.mark, step, 0, Qt::AlignTop);
        grid->addWidget(row.text, step, 1);
        grid->addWidget(row.button, step, 2, Qt::AlignVCenter);
    }
    m_demoHint->setWordWrap(true);
    m_demoHint->setForegroundRole(QPalette::PlaceholderText);
    m_demoHint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_demoHint);

    connect(m_steps[AddInstance].button, &QPushButton::clicked, this,
            [this]() { emit navigationRequested(QStringLiteral("instances"), QStringLiteral("add")); });
    connect(m_steps[CheckApiYaml].button, &QPushButton::clicked, this,
            [this]() { emit navigationRequested(QStringLiteral("uniapi"), QString()); });
    connect(m_steps[AddSite].button, &QPushButton::clicked, this,
            [this]() { emit navigationRequested(QStringLiteral("sites"), QStringLiteral("add")); });
    retranslate();
}

void GettingStartedBox::showSnapshot(const EngineSnapshot &snapshot)
{
    m_snapshot = snapshot;
    render();
}

bool GettingStartedBox::isDone(Step step) const
{
    switch (step) {
    case AddInstance:
        return !m_snapshot.instances.isEmpty() && !m_snapshot.instanceFile.hasError();
    case CheckApiYaml:
        return m_snapshot.uniApi.exists && m_snapshot.uniApi.error.isEmpty();
    case AddSite:
        return !m_snapshot.sites.isEmpty();
    case StepCount:
        break;
    }
    return false;
}

QString GettingStartedBox::stepText(Step step) const
{
    return m_steps[step].text->text();
}

void GettingStartedBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void GettingStartedBox::retranslate()
{
    setTitle(tr("Getting started"));
    m_steps[AddInstance].button->setText(tr("Add instance…"));
    m_steps[CheckApiYaml].button->setText(tr("Show api.yaml"));
    m_steps[AddSite].button->setText(tr("Add site…"));
    m_demoHint->setText(tr("To see the whole flow first, start uni-load --demo: it runs simulated gpt-load instances and AI "
                           "sites, and reads or writes nothing of yours."));
    render();
}

void GettingStartedBox::render()
{
    const auto paragraph = [](const QString &title, const QString &detail) {
        return QStringLiteral("<b>%1</b><br/>%2").arg(title.toHtmlEscaped(), detail.toHtmlEscaped());
    };
    const UniApiFileView &yaml = m_snapshot.uniApi;
    QString yamlState;
    if (!yaml.error.isEmpty())
        yamlState = ErrorText::translate(yaml.error);
    else if (yaml.exists)
        yamlState = tr("It exists; uni-load changes only the providers it manages.");
    else
        yamlState = yaml.directoryExists ? tr("It does not exist yet; the first onboarding creates it.")
                                         : tr("Neither it nor its directory exists yet; the first onboarding creates both. Make "
                                              "sure this is the file your uni-api reads.");
    const QString blocker = SetupState::onboardingBlocker(m_snapshot);
    const QString texts[StepCount] = {
        paragraph(tr("Add a gpt-load instance"),
                  tr("uni-load works through gpt-load's admin API: give it the instance's URL and its AUTH_KEY. They are saved "
                     "in the instance file %1.").arg(m_snapshot.instanceFile.path)),
        paragraph(tr("Check where api.yaml is written"),
                  ui::joinText({tr("The model groups are published to uni-api as providers in %1.")
                                    .arg(yaml.path.isEmpty() ? tr("(no path configured)") : yaml.path),
                                yamlState})),
        paragraph(tr("Add a site"), blocker.isEmpty()
                                        ? tr("A base URL and its API keys: uni-load discovers the models and builds the three "
                                             "layers in gpt-load.")
                                        : blocker),
    };
    for (int step = 0; step < StepCount; ++step) {
        const bool done = isDone(static_cast<Step>(step));
        Row &row = m_steps[step];
        row.text->setText(texts[step]);
        row.mark->setText(done ? QStringLiteral("<span style=\"color:%1\">✔</span>").arg(ui::okColor().name())
                               : QStringLiteral("<b>%1</b>").arg(step + 1));
        row.mark->setToolTip(done ? tr("Done") : QString());
        // The tick is a glyph in a colour: the step's state in words for a screen reader.
        row.mark->setAccessibleName(done ? tr("Done") : tr("Step %1").arg(step + 1));
    }
    m_steps[AddInstance].button->setVisible(!isDone(AddInstance));
    m_steps[AddSite].button->setEnabled(SetupState::onboarding(m_snapshot) == SetupState::Onboarding::Ready);
    m_steps[AddSite].button->setToolTip(blocker);
}

} // namespace ul
