#include "ui/common/accessiblenames.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSlider>
#include <QTabWidget>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QTimer>

namespace ul::ui {

namespace {

// Marks a name given here, so that it is given again (retranslated) and never overrides one a
// page set itself.
constexpr char kGivenName[] = "ul_givenAccessibleName";

bool isField(const QWidget *w)
{
    return qobject_cast<const QLineEdit *>(w) || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QTextEdit *>(w) || qobject_cast<const QAbstractItemView *>(w)
        || qobject_cast<const QSlider *>(w);
}

bool mayName(const QWidget *w)
{
    return w->accessibleName().isEmpty() || w->property(kGivenName).toBool();
}

void giveName(QWidget *w, const QString &name)
{
    if (name.isEmpty() || !mayName(w))
        return;
    w->setAccessibleName(name);
    w->setProperty(kGivenName, true);
}


// A caption is a short label that names what follows it: "Timeout:", "模型：".
bool isCaption(const QLabel *label)
{
    const QString text = label->text().trimmed();
    return !text.isEmpty() && (text.endsWith(QLatin1Char(':')) || text.endsWith(QChar(0xFF1A)));
}

QWidget *firstField(QLayoutItem *item)
{
    if (!item)
        return nullptr;
    if (QWidget *w = item->widget())
        return isField(w) ? w : nullptr;
    if (QLayout *layout = item->layout()) {
        for (int i = 0; i < layout->count(); ++i) {
            if (QWidget *w = firstField(layout->itemAt(i)))
                return w;
        }
    }
    return nullptr;
}

void attach(QLabel *label, QWidget *field)
{
    if (!label->buddy())
        label->setBuddy(field);
    if (label->buddy() == field)
        giveName(field, spokenText(label->text()));
}

void nameFormRows(QFormLayout *form)
{
    for (int row = 0; row < form->rowCount(); ++row) {
        QLayoutItem *labelItem = form->itemAt(row, QFormLayout::LabelRole);
        auto *label = labelItem ? qobject_cast<QLabel *>(labelItem->widget()) : nullptr;
        if (!label || label->text().trimmed().isEmpty())
            continue;
        if (QWidget *field = firstField(form->itemAt(row, QFormLayout::FieldRole)))
            attach(label, field);
    }
}

// "Caption: [field]" side by side in a box or grid layout.
void nameCaptionedFields(QLayout *layout)
{
    for (int i = 0; i + 1 < layout->count(); ++i) {
        auto *label = qobject_cast<QLabel *>(layout->itemAt(i)->widget());
        if (!label || !isCaption(label))
            continue;
        if (QWidget *field = firstField(layout->itemAt(i + 1)))
            attach(label, field);
    }
}

// The title of the group box, tab or window a view sits in, else the name of the nearest
// ancestor that was given one.
QString surroundingTitle(QWidget *view)
{
    QWidget *child = view;
    for (QWidget *a = view->parentWidget(); a; child = a, a = a->parentWidget()) {
        if (auto *box = qobject_cast<QGroupBox *>(a); box && !box->title().isEmpty())
            return spokenText(box->title());
        if (auto *tabs = qobject_cast<QTabWidget *>(a)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->widget(i) == child || tabs->widget(i)->isAncestorOf(view))
                    return spokenText(tabs->tabText(i));
            }
        }
        if (!a->accessibleName().isEmpty() && !a->property(kGivenName).toBool())
            return a->accessibleName();
        if (a->isWindow())
            return spokenText(a->windowTitle());
    }
    return {};
}

} // namespace

QString spokenText(QString text)
{
    if (Qt::mightBeRichText(text))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    static const QRegularExpression bracketed(QStringLiteral("\\(&[^)]\\)"));
    text.remove(bracketed);
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    text = text.trimmed();
    while (text.endsWith(QLatin1Char(':')) || text.endsWith(QChar(0xFF1A)) || text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text.trimmed();
}

void nameFieldsAndViews(QWidget *root)
{
    if (!root)
        return;
    // Weakest first: a caption below names its field even where a view or placeholder rule did.
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        if (!qobject_cast<QComboBox *>(view->parentWidget()))  // a combo box's popup list
            giveName(view, surroundingTitle(view));
    }
    for (QTextEdit *text : root->findChildren<QTextEdit *>()) {  // read-only ones show a plan, a diff, a key
        if (text->isReadOnly())
            giveName(text, surroundingTitle(text));
    }
    for (QLineEdit *edit : root->findChildren<QLineEdit *>()) {
        if (!qobject_cast<QAbstractSpinBox *>(edit->parentWidget()) && !qobject_cast<QComboBox *>(edit->parentWidget()))
            giveName(edit, spokenText(edit->placeholderText()));
    }
    QList<QLayout *> layouts = root->findChildren<QLayout *>();
    if (root->layout() && !layouts.contains(root->layout()))
        layouts.prepend(root->layout());
    for (QLayout *layout : std::as_const(layouts)) {
        if (auto *form = qobject_cast<QFormLayout *>(layout))
            nameFormRows(form);
        else
            nameCaptionedFields(layout);
    }
}

bool AccessibleNamer::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if ((type == QEvent::Show || type == QEvent::LanguageChange) && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->isWindow()) {
        if (type == QEvent::Show) {
            nameFieldsAndViews(static_cast<QWidget *>(watched));
        } else if (!m_renamePending) {
            // After every widget has retranslated its labels: the names follow them.
            m_renamePending = true;
            QTimer::singleShot(0, this, [this]() {
                m_renamePending = false;
                for (QWidget *w : QApplication::topLevelWidgets()) {
                    if (w->isVisible())
                        nameFieldsAndViews(w);
                }
            });
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ul::ui
