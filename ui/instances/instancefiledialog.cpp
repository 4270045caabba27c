#include "ui/instances/instancefiledialog.h"

#include "ui/common/accessiblenames.h"
#include "ui/common/desktopfiles.h"
#include "ui/common/errortext.h"
#include "ui/common/pagewidgets.h"
#include "ui/common/uiformat.h"
#include "ui/widgets/messagebanner.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace ul {

namespace {
template <typename Field>
void setLabel(QFormLayout *form, Field *field, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
        label->setText(text);
}
} // namespace

InstanceFileDialog::InstanceFileDialog(const QString &path, QWidget *parent)
    : QDialog(parent), m_editor(path), m_loadBanner(new MessageBanner(this)), m_fixRow(new QWidget(this)),
      m_openFile(new QPushButton), m_openFolder(new QPushButton), m_reload(new QPushButton), m_pathLabel(new QLabel(this)),
      m_list(new QListWidget), m_add(new QPushButton), m_remove(new QPushButton), m_up(new QPushButton),
      m_down(new QPushButton), m_formPanel(new QWidget), m_form(new QFormLayout), m_id(new QLineEdit), m_name(new QLineEdit),
      m_url(new QLineEdit), m_token(new QLineEdit), m_showToken(new QToolButton), m_priority(new QSpinBox),
      m_description(new QLineEdit), m_uniApiBaseUrl(new QLineEdit), m_caCertificate(new QLineEdit),
      m_browseCa(new QPushButton), m_tlsInsecure(new QCheckBox), m_upstreams(new QPlainTextEdit), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(this)), m_save(nullptr), m_cancel(nullptr)
{
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pathLabel->setWordWrap(true);

    auto *listPanel = new QWidget;
    auto *listLayout = new QVBoxLayout(listPanel);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_list, 1);
    auto *listButtons = new QGridLayout;
    listButtons->addWidget(m_add, 0, 0);
    listButtons->addWidget(m_remove, 0, 1);
    listButtons->addWidget(m_up, 1, 0);
    listButtons->addWidget(m_down, 1, 1);
    listLayout->addLayout(listButtons);

    buildForm(m_form);
    m_formPanel->setLayout(m_form);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(listPanel);
    splitter->addWidget(m_formPanel);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_save = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_cancel = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_save->setDefault(true);

    // What a file that cannot be loaded needs: a text editor, then a fresh read.
    auto *fixLayout = new QHBoxLayout(m_fixRow);
    fixLayout->setContentsMargins(0, 0, 0, 0);
    fixLayout->addWidget(m_openFile);
    fixLayout->addWidget(m_openFolder);
    fixLayout->addWidget(m_reload);
    fixLayout->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pathLabel);
    layout->addWidget(m_loadBanner);
    layout->addWidget(m_fixRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_filling)
            showInstance(row);
    });
    connect(m_add, &QPushButton::clicked, this, &InstanceFileDialog::addInstance);
    connect(m_remove, &QPushButton::clicked, this, &InstanceFileDialog::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this]() { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this]() { moveCurrent(1); });
    connect(m_save, &QPushButton::clicked, this, &InstanceFileDialog::save);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_openFile, &QPushButton::clicked, this, [this]() { openExternally(false); });
    connect(m_openFolder, &QPushButton::clicked, this, [this]() { openExternally(true); });
    connect(m_reload, &QPushButton::clicked, this, &InstanceFileDialog::reload);

    m_editor.load();
    retranslate();
    refreshList();
    showInstance(m_editor.instances().isEmpty() ? -1 : 0);
    ui::resizeWithinScreen(this, QSize(900, 580));
}

void InstanceFileDialog::buildForm(QFormLayout *form)
{
    m_id->setObjectName(QStringLiteral("id"));
    m_name->setObjectName(QStringLiteral("name"));
    m_url->setObjectName(QStringLiteral("url"));
    m_token->setObjectName(QStringLiteral("token"));
    m_priority->setObjectName(QStringLiteral("priority"));
    m_description->setObjectName(QStringLiteral("description"));
    m_uniApiBaseUrl->setObjectName(QStringLiteral("uniapi_base_url"));
    m_caCertificate->setObjectName(QStringLiteral("ca_certificate"));
    m_tlsInsecure->setObjectName(QStringLiteral("tls_insecure"));
    m_upstreams->setObjectName(QStringLiteral("upstream_addresses"));

    m_token->setEchoMode(QLineEdit::Password);
    m_showToken->setCheckable(true);
    // The file's range (a negative priority is refused): a value the box cannot hold would be
    // changed by the next edit of any other field of the instance.
    m_priority->setRange(0, std::numeric_limits<int>::max());
    m_upstreams->setTabChangesFocus(true);
    m_upstreams->setMaximumHeight(80);

    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_showToken);
    m_tokenRow = tokenRow;
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caCertificate, 1);
    caRow->addWidget(m_browseCa);
    m_caRow = caRow;
    m_fieldWidgets = {m_id, m_name, m_url, m_token, m_priority, m_description, m_uniApiBaseUrl, m_caCertificate, m_upstreams};

    form->addRow(QStringLiteral("id"), m_id);
    form->addRow(QStringLiteral("name"), m_name);
    form->addRow(QStringLiteral("url"), m_url);
    form->addRow(QStringLiteral("token"), tokenRow);
    form->addRow(QStringLiteral("priority"), m_priority);
    form->addRow(QStringLiteral("description"), m_description);
    form->addRow(QStringLiteral("uniapi_base_url"), m_uniApiBaseUrl);
    form->addRow(QStringLiteral("ca_certificate"), caRow);
    form->addRow(QString(), m_tlsInsecure);
    form->addRow(QStringLiteral("upstream_addresses"), m_upstreams);

    for (QLineEdit *edit : {m_id, m_name, m_url, m_token, m_description, m_uniApiBaseUrl, m_caCertificate})
        connect(edit, &QLineEdit::textEdited, this, &InstanceFileDialog::storeForm);
    connect(m_priority, &QSpinBox::valueChanged, this, &InstanceFileDialog::storeForm);
    connect(m_tlsInsecure, &QCheckBox::toggled, this, &InstanceFileDialog::storeForm);
    connect(m_upstreams, &QPlainTextEdit::textChanged, this, &InstanceFileDialog::storeForm);
    connect(m_showToken, &QToolButton::toggled, this,
            [this](bool shown) { m_token->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });
    connect(m_browseCa, &QPushButton::clicked, this, &InstanceFileDialog::browseCertificate);
}

void InstanceFileDialog::retranslate()
{
    setWindowTitle(tr("Edit gpt-load instances"));
    m_pathLabel->setText(m_editor.fileExists() || m_editor.loadProblem()
                             ? tr("Instance file: %1").arg(m_editor.path())
                             : tr("Instance file: %1 (does not exist yet; Save creates it)").arg(m_editor.path()));
    showLoadProblem();
    m_openFile->setText(tr("Open &file"));
    m_openFile->setToolTip(tr("Opens the instance file in the desktop's text editor."));
    m_openFolder->setText(tr("Open f&older"));
    m_openFolder->setToolTip(tr("Opens the folder of the instance file in the file manager."));
    m_reload->setText(tr("Re&load"));
    m_reload->setToolTip(tr("Reads the file again, after it was fixed."));
    m_add->setText(tr("&Add"));
    m_remove->setText(tr("Re&move"));
    m_up->setText(tr("Mo&ve up"));
    m_down->setText(tr("Move do&wn"));
    m_up->setToolTip(tr("An instance may list in upstream_addresses only instances below it."));
    setLabel(m_form, m_id, tr("&ID:"));
    setLabel(m_form, m_name, tr("&Name:"));
    setLabel(m_form, m_url, tr("&URL:"));
    setLabel(m_form, m_tokenRow, tr("Admin &token:"));
    setLabel(m_form, m_priority, tr("&Priority:"));
    setLabel(m_form, m_description, tr("D&escription:"));
    setLabel(m_form, m_uniApiBaseUrl, tr("uni-api &base URL:"));
    setLabel(m_form, m_caRow, tr("&CA certificate:"));
    setLabel(m_form, m_upstreams, tr("Upstream a&ddresses:"));
    m_id->setPlaceholderText(tr("unique key, e.g. local"));
    m_url->setPlaceholderText(QStringLiteral("http://localhost:3001"));
    m_token->setPlaceholderText(tr("gpt-load AUTH_KEY (needed for remote instances)"));
    m_showToken->setText(tr("S&how"));
    m_priority->setToolTip(tr("Lower numbers are preferred."));
    m_uniApiBaseUrl->setPlaceholderText(tr("how uni-api reaches this instance (default: the URL)"));
    m_caCertificate->setPlaceholderText(tr("PEM file with an extra CA to trust"));
    m_browseCa->setText(tr("Brow&se…"));
    m_tlsInsecure->setText(tr("Turn TLS certificate ve&rification off (insecure)"));
    m_upstreams->setPlaceholderText(tr("one URL per line; validated only"));
    m_save->setText(tr("Save"));
    m_cancel->setText(tr("Cancel"));
    revalidate();
}

void InstanceFileDialog::showLoadProblem()
{
    const auto &problem = m_editor.loadProblem();
    m_fixRow->setVisible(problem.has_value());
    if (!problem) {
        m_loadBanner->clear();
        return;
    }
    // Saving would replace the file with what could be read of it (InstanceFileEditor::editable()).
    const QString text = ErrorText::translateKnown(problem->reason);
    const QString reason = problem->field.isEmpty() ? text : tr("%1: %2").arg(problem->field, text);
    m_loadBanner->showMessage(MessageBanner::Kind::Error,
                              tr("The file on disk cannot be loaded (%1), so it cannot be edited here: saving would replace what "
                                 "cannot be read. Fix it in a text editor (Open file), then Reload.").arg(reason));
    m_openFile->setEnabled(m_editor.fileExists());
}

void InstanceFileDialog::openExternally(bool folder)
{
    const bool opened = folder ? ui::openContainingFolder(m_editor.path()) : ui::openFileExternally(m_editor.path());
    if (opened)
        return;
    QPalette p = m_problem->palette();
    p.setColor(QPalette::WindowText, ui::errorColor());
    m_problem->setPalette(p);
    m_problem->setText(folder ? tr("Could not open the folder of %1: no file manager is available.").arg(m_editor.path())
                              : tr("Could not open %1: no application is available for it.").arg(m_editor.path()));
}

void InstanceFileDialog::reload()
{
    const bool wasBroken = m_editor.loadProblem().has_value();
    m_editor.load();
    retranslate();  // the path line, the banner and the validation line
    refreshList();
    showInstance(m_editor.instances().isEmpty() ? -1 : 0);
    if (wasBroken && !m_editor.loadProblem())
        emit fileLoads(static_cast<int>(m_editor.instances().size()));
}

void InstanceFileDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

QWidget *InstanceFileDialog::field(const QString &name) const
{
    return findChild<QWidget *>(name);
}

void InstanceFileDialog::refreshList()
{
    m_filling = true;
    m_list->clear();
    for (const InstanceConfig &c : m_editor.instances())
        m_list->addItem(c.name.isEmpty() ? c.id : c.name);
    m_filling = false;
}

void InstanceFileDialog::showInstance(int index)
{
    m_current = index;
    const bool valid = index >= 0 && index < m_editor.instances().size();
    const bool editable = !m_editor.loadProblem();  // what could be read of a broken file is only shown
    m_formPanel->setEnabled(valid && editable);
    m_add->setEnabled(editable);
    m_remove->setEnabled(valid && editable);
    m_up->setEnabled(valid && editable && index > 0);
    m_down->setEnabled(valid && editable && index + 1 < m_editor.instances().size());
    m_filling = true;
    const InstanceConfig c = valid ? m_editor.instances().at(index) : InstanceConfig();
    m_id->setText(c.id);
    m_name->setText(c.name);
    m_url->setText(c.url);
    m_token->setText(c.token);
    m_priority->setValue(c.priority);
    m_description->setText(c.description);
    m_uniApiBaseUrl->setText(c.uniapiBaseUrl);
    m_caCertificate->setText(c.caCertificate);
    m_tlsInsecure->setChecked(c.tlsInsecure);
    m_upstreams->setPlainText(c.upstreamAddresses.join(QLatin1Char('\n')));
    if (valid && m_list->currentRow() != index)
        m_list->setCurrentRow(index);
    m_filling = false;
    revalidate();
}

void InstanceFileDialog::storeForm()
{
    if (m_filling || m_current < 0 || m_current >= m_editor.instances().size())
        return;
    m_edited = true;
    InstanceConfig c = m_editor.instances().at(m_current);
    c.id = m_id->text().trimmed();
    c.name = m_name->text().trimmed();
    c.url = m_url->text().trimmed();
    c.token = m_token->text().trimmed();
    c.priority = m_priority->value();
    c.description = m_description->text();
    c.uniapiBaseUrl = m_uniApiBaseUrl->text().trimmed();
    c.caCertificate = m_caCertificate->text().trimmed();
    c.tlsInsecure = m_tlsInsecure->isChecked();
    c.upstreamAddresses.clear();
    for (const QString &line : m_upstreams->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            c.upstreamAddresses << line.trimmed();
    }
    m_editor.replaceInstance(m_current, c);
    if (QListWidgetItem *item = m_list->item(m_current))
        item->setText(c.name.isEmpty() ? c.id : c.name);
    revalidate();
}

void InstanceFileDialog::revalidate()
{
    for (QWidget *w : std::as_const(m_fieldWidgets))
        markInvalid(w, QString());
    QPalette p = m_problem->palette();
    if (m_editor.loadProblem()) {
        m_save->setEnabled(false);
        p.setColor(QPalette::WindowText, ui::errorColor());
        m_problem->setPalette(p);
        m_problem->setText(tr("Cannot save while the file on disk cannot be loaded (see above)."));
        return;
    }
    const std::optional<InstanceFileError> problem = m_editor.validate();
    m_save->setEnabled(!problem.has_value());
    if (!problem) {
        p.setColor(QPalette::WindowText, ui::okColor());
        m_problem->setPalette(p);
        m_problem->setText(tr("The instance file is valid (%n instance(s)).", nullptr, static_cast<int>(m_editor.instances().size())));
        return;
    }
    p.setColor(QPalette::WindowText, ui::errorColor());
    m_problem->setPalette(p);
    const auto [index, name] = InstanceFileEditor::splitField(problem->field);
    if (index < 0 || index >= m_editor.instances().size()) {
        m_problem->setText(tr("Cannot save: %1").arg(ErrorText::translateKnown(problem->reason)));
        return;
    }
    const InstanceConfig &c = m_editor.instances().at(index);
    const QString who = c.name.isEmpty() ? tr("instance %1").arg(index + 1) : c.name;
    const QString fieldName = name.startsWith(QLatin1String("upstream_addresses")) ? QStringLiteral("upstream_addresses") : name;
    QWidget *w = index == m_current ? field(fieldName) : nullptr;
    // The field as the form labels it ("URL"), where it is on screen; else as the file names it.
    QString shown = name.isEmpty() ? problem->field : name;
    if (auto *label = w ? qobject_cast<QLabel *>(m_form->labelForField(w)) : nullptr)
        shown = ui::spokenText(label->text());
    const QString reason = ErrorText::translateKnown(problem->reason);
    m_problem->setText(tr("Cannot save: %1, %2: %3").arg(who, shown, reason));
    if (w)
        markInvalid(w, reason);
}

void InstanceFileDialog::markInvalid(QWidget *w, const QString &reason)
{
    // A tinted background rather than a style sheet: a style sheet turns the native frame off,
    // and with it the focus ring of the very field the operator has to fix.
    QPalette p = QGuiApplication::palette();
    if (!reason.isEmpty()) {
        QColor tint = ui::errorColor();
        tint.setAlpha(40);
        const QColor base = p.color(QPalette::Base);
        p.setColor(QPalette::Base, QColor::fromRgbF(base.redF() + (tint.redF() - base.redF()) * tint.alphaF(),
                                                    base.greenF() + (tint.greenF() - base.greenF()) * tint.alphaF(),
                                                    base.blueF() + (tint.blueF() - base.blueF()) * tint.alphaF()));
    }
    w->setPalette(p);
    w->setAccessibleDescription(reason);  // read out on the field itself
}

QString InstanceFileDialog::problemText() const
{
    return m_save->isEnabled() ? QString() : m_problem->text();
}

bool InstanceFileDialog::canSave() const
{
    return m_save->isEnabled();
}

void InstanceFileDialog::addInstance()
{
    if (m_editor.loadProblem())
        return;  // nothing can be saved until the file on disk is fixed
    const int index = m_editor.addInstance();
    m_edited = true;
    refreshList();
    showInstance(index);
    m_id->setFocus();
    m_id->selectAll();
}

void InstanceFileDialog::removeCurrent()
{
    if (m_current < 0)
        return;
    m_editor.removeInstance(m_current);
    m_edited = true;
    const int next = std::min(m_current, static_cast<int>(m_editor.instances().size()) - 1);
    refreshList();
    showInstance(next);
}

void InstanceFileDialog::moveCurrent(int delta)
{
    if (m_current < 0)
        return;
    m_editor.moveInstance(m_current, delta);
    m_edited = true;
    const int target = std::clamp(m_current + delta, 0, static_cast<int>(m_editor.instances().size()) - 1);
    refreshList();
    showInstance(target);
}

void InstanceFileDialog::selectInstance(const QString &id)
{
    for (qsizetype i = 0; i < m_editor.instances().size(); ++i) {
        if (m_editor.instances().at(i).id == id) {
            showInstance(static_cast<int>(i));
            return;
        }
    }
}

void InstanceFileDialog::browseCertificate()
{
    auto *chooser = new QFileDialog(this, tr("CA certificate"), m_caCertificate->text());
    chooser->setNameFilters({tr("PEM certificates (*.pem *.crt *.cer)"), tr("All files (*)")});
    chooser->setFileMode(QFileDialog::ExistingFile);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_caCertificate->setText(file);
        storeForm();
    });
    chooser->open();
}

bool InstanceFileDialog::save()
{
    storeForm();
    const Status s = m_editor.save();
    if (!s.ok()) {
        QPalette p = m_problem->palette();
        p.setColor(QPalette::WindowText, ui::errorColor());
        m_problem->setPalette(p);
        m_problem->setText(tr("Not saved: %1").arg(ErrorText::translate(s.error())));
        return false;
    }
    m_edited = false;
    emit saved(static_cast<int>(m_editor.instances().size()));
    accept();
    return true;
}

void InstanceFileDialog::reject()
{
    if (!m_edited || m_discardConfirmed) {
        QDialog::reject();
        return;
    }
    ui::confirm(this, QMessageBox::Question, tr("Discard changes"),
                tr("Discard the changes to the instance file? Nothing has been saved yet."), tr("Discard"), true, [this]() {
                    m_discardConfirmed = true;
                    QDialog::reject();
                });
}

} // namespace ul
