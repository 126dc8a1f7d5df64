#include "formsnapshot.h"

#include "messagebox.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{
QString itemStates(const QAbstractItemModel *model)
{
    QString states;
    if (!model)
        return states;
    for (int r = 0; r < model->rowCount(); ++r)
        for (int c = 0; c < model->columnCount(); ++c) {
            const QModelIndex index = model->index(r, c);
            states += model->data(index, Qt::DisplayRole).toString() + u'\x1f' +
                      model->data(index, Qt::CheckStateRole).toString() + u'\x1e';
        }
    return states;
}

// A combo box's line edit and list, a spin box's line edit: read through their owner. A completer's popup
// is a window of its own.
bool isPart(const QWidget *w, const QWidget *root)
{
    if (w->window() != root->window())
        return true;
    for (const QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget())
        if (qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractSpinBox *>(p))
            return true;
    return false;
}

bool isInput(const QWidget *w)
{
    return qobject_cast<const QLineEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w) ||
           qobject_cast<const QTextEdit *>(w) || qobject_cast<const QComboBox *>(w) ||
           qobject_cast<const QAbstractSpinBox *>(w);
}
} // namespace

QStringList formSnapshot(const QWidget *root)
{
    QStringList values;
    const QList<QWidget *> children = root->findChildren<QWidget *>();
    for (const QWidget *w : children) {
        if (isPart(w, root))
            continue;
        if (auto *e = qobject_cast<const QLineEdit *>(w))
            values.append(e->text());
        else if (auto *p = qobject_cast<const QPlainTextEdit *>(w))
            values.append(p->toPlainText());
        else if (auto *t = qobject_cast<const QTextEdit *>(w))
            values.append(t->toPlainText());
        else if (auto *c = qobject_cast<const QComboBox *>(w))
            values.append(QString::number(c->currentIndex()) + u'\x1f' + c->currentText());
        else if (auto *s = qobject_cast<const QAbstractSpinBox *>(w))
            values.append(s->text());
        else if (auto *b = qobject_cast<const QAbstractButton *>(w); b && b->isCheckable())
            values.append(b->isChecked() ? u"1"_s : u"0"_s);
        else if (auto *v = qobject_cast<const QAbstractItemView *>(w))
            values.append(itemStates(v->model()));
    }
    return values;
}

QWidget *firstInputField(QWidget *root)
{
    // Follow the tab chain from the root: the order the user would Tab through.
    QWidget *w = root->nextInFocusChain();
    while (w && w != root) {
        if (root->isAncestorOf(w) && isInput(w) && !isPart(w, root) && w->isEnabled() &&
            w->isVisibleTo(root) && w->focusPolicy() != Qt::NoFocus)
            return w;
        w = w->nextInFocusChain();
    }
    return nullptr;
}

bool confirmDiscardingChanges(QWidget *parent)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("EventDesk::FormSnapshot", text);
    };
    return MessageBox::question(
               parent, tr("Unsaved changes"), tr("This form has changes that are not saved. Discard them?"),
               QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Discard;
}

} // namespace EventDesk
