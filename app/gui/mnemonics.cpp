#include "mnemonics.h"

#include <QAbstractButton>
#include <QAction>
#include <QDockWidget>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace relink {

namespace {

// The text a widget had before a letter was added, and the text with it: a second run starts
// from the first (so the same texts get the same letters), unless the code set another text.
const char *const kSourceProperty = "_relink_mnemonic_source";
const char *const kAppliedProperty = "_relink_mnemonic_text";
const char *const kPinnedProperty = "_relink_mnemonic_pinned";
const char *const kLeftoverProperty = "_relink_mnemonic_leftover";
const char *const kSecondaryProperty = "_relink_mnemonic_secondary";

// " (&G)": a letter added after a text that has no free letter of its own.
const QRegularExpression &addedLetter()
{
    static const QRegularExpression re(QStringLiteral(" \\(&[A-Z]\\)$"));
    return re;
}

QString textOf(QObject *o)
{
    if (auto *label = qobject_cast<QLabel *>(o))
        return label->text();
    if (auto *button = qobject_cast<QAbstractButton *>(o))
        return button->text();
    if (auto *group = qobject_cast<QGroupBox *>(o))
        return group->title();
    if (auto *action = qobject_cast<QAction *>(o))
        return action->text();
    return {};
}

void setTextOf(QObject *o, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(o))
        label->setText(text);
    else if (auto *button = qobject_cast<QAbstractButton *>(o))
        button->setText(text); // and its shortcut: Alt+the new letter, or none
    else if (auto *group = qobject_cast<QGroupBox *>(o))
        group->setTitle(text);
    else if (auto *action = qobject_cast<QAction *>(o))
        action->setText(text);
}

bool bearsMnemonic(QWidget *w)
{
    if (auto *label = qobject_cast<QLabel *>(w))
        return label->buddy() && !label->text().isEmpty();
    if (auto *button = qobject_cast<QAbstractButton *>(w))
        return !button->text().isEmpty();
    if (auto *group = qobject_cast<QGroupBox *>(w))
        return group->isCheckable() && !group->title().isEmpty();
    return false;
}

struct Item
{
    QObject *object = nullptr;
    QString source; // as the code set it: its '&' is the hint
    QString plain;  // as it reads
    int hint = -1;  // index in plain
    int chosen = -1;
    QChar added; // a letter added after the text (a leftover widget with none of its own)
};

// The text as it reads; *hint: the index in it of the letter after a single '&', or -1.
QString parse(const QString &text, int *hint)
{
    QString s = text;
    s.remove(addedLetter());
    QString plain;
    *hint = -1;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i) != QLatin1Char('&')) {
            plain += s.at(i);
        } else if (i + 1 < s.size() && s.at(i + 1) == QLatin1Char('&')) {
            plain += QLatin1Char('&');
            ++i;
        } else if (*hint < 0 && i + 1 < s.size()) {
            *hint = int(plain.size());
        }
    }
    return plain;
}

Item itemFor(QObject *o)
{
    Item item;
    item.object = o;
    const QString current = textOf(o);
    const QVariant source = o->property(kSourceProperty);
    item.source = source.isValid() && o->property(kAppliedProperty).toString() == current
                      ? source.toString()
                      : current;
    item.plain = parse(item.source, &item.hint);
    return item;
}

QString compose(const QString &plain, int at)
{
    QString out;
    for (qsizetype i = 0; i < plain.size(); ++i) {
        if (i == at)
            out += QLatin1Char('&');
        out += plain.at(i);
        if (plain.at(i) == QLatin1Char('&'))
            out += QLatin1Char('&'); // a literal '&' stays one
    }
    return out;
}

bool wordInitial(const QString &plain, int i)
{
    return plain.at(i).isLetter() && (i == 0 || !plain.at(i - 1).isLetterOrNumber());
}

// The letters a widget may take, in the order it prefers them: word-initial ones first.
QList<int> candidates(const Item &item)
{
    QList<int> initial;
    QList<int> others;
    for (int i = 0; i < int(item.plain.size()); ++i) {
        if (wordInitial(item.plain, i))
            initial << i;
        else if (item.plain.at(i).isLetter())
            others << i;
    }
    return initial + others;
}

// Gives out the letters (see assignMnemonics) and applies them; `used` holds upper-case letters.
// `addLetters`: a widget left without one gets a free letter added after its text.
void giveOut(QList<Item> &items, QSet<QChar> &used, bool addLetters = false)
{
    auto letter = [](const Item &item, int index) {
        return item.plain.at(index).toUpper();
    };
    auto take = [&](Item &item, int index) {
        if (used.contains(letter(item, index)))
            return false;
        used.insert(letter(item, index));
        item.chosen = index;
        return true;
    };
    auto pick = [&](Item &item) {
        for (const int i : candidates(item)) {
            if (take(item, i))
                return;
        }
    };
    for (Item &item : items) {
        if (item.hint >= 0 && item.plain.at(item.hint).isLetterOrNumber())
            take(item, item.hint);
    }
    for (Item &item : items) {
        if (item.hint >= 0 && item.chosen < 0)
            pick(item);
    }
    for (Item &item : items) {
        if (item.hint < 0)
            pick(item);
    }
    // One left without a letter may take one from a widget that can move to a free word-initial
    // letter of its own ("PIN" gets I when "Link id" can move to L).
    for (Item &item : items) {
        for (const int i : (item.chosen < 0 ? candidates(item) : QList<int>())) {
            auto holder = std::find_if(items.begin(), items.end(), [&](const Item &other) {
                return other.chosen >= 0 && letter(other, other.chosen) == letter(item, i);
            });
            if (holder == items.end() || holder->object->property(kPinnedProperty).toBool())
                continue; // reserved, or a key that never moves
            const QList<int> theirs = candidates(*holder);
            const auto move = std::find_if(theirs.begin(), theirs.end(), [&](int j) {
                return wordInitial(holder->plain, j) && !used.contains(letter(*holder, j));
            });
            if (move == theirs.end())
                continue;
            take(*holder, *move);
            item.chosen = i; // its letter stays used: now this widget's
            break;
        }
    }
    for (Item &item : items) {
        for (char c = 'A'; addLetters && item.chosen < 0 && item.added.isNull() && c <= 'Z'; ++c) {
            if (!used.contains(QLatin1Char(c))) {
                used.insert(QLatin1Char(c));
                item.added = QLatin1Char(c);
            }
        }
    }
    for (const Item &item : std::as_const(items)) {
        QString text = compose(item.plain, item.chosen);
        if (!item.added.isNull())
            text += QStringLiteral(" (&") + item.added + QLatin1Char(')');
        item.object->setProperty(kSourceProperty, item.source);
        item.object->setProperty(kAppliedProperty, text);
        if (textOf(item.object) != text)
            setTextOf(item.object, text);
    }
}

QSet<QChar> lettersOf(const QString &letters)
{
    QSet<QChar> set;
    for (const QChar c : letters)
        set.insert(c.toUpper());
    return set;
}

void assignInMenu(QMenu *menu)
{
    QList<Item> items;
    for (QAction *a : menu->actions()) {
        if (a->isSeparator() || a->text().isEmpty())
            continue;
        items.append(itemFor(a));
        if (a->menu())
            assignInMenu(a->menu());
    }
    QSet<QChar> used;
    giveOut(items, used);
}

struct Walker
{
    QWidget *window;
    QList<QWidget *> out;
    QSet<QWidget *> seen;

    void widget(QWidget *w)
    {
        if (!w || seen.contains(w) || (w != window && w->isWindow()))
            return;
        seen.insert(w);
        if (w != window)
            out.append(w);
        if (auto *main = qobject_cast<QMainWindow *>(w)) {
            widget(main->centralWidget()); // the menu bar has letters of its own
            // Then its docks (the queue beside the form), after the form.
            for (QDockWidget *dock :
                 main->findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly))
                widget(dock);
            return;
        }
        // Controls (a combo box, a table, a spin box) are read as one: their parts are theirs.
        const bool container =
            w == window || w->layout() || w->metaObject() == &QWidget::staticMetaObject;
        if (!container)
            return;
        if (w->layout())
            layout(w->layout());
        for (QObject *o : w->children()) { // anything not laid out comes after
            if (auto *child = qobject_cast<QWidget *>(o))
                widget(child);
        }
    }

    void layout(QLayout *l)
    {
        struct Entry
        {
            int row;
            int column;
            QLayoutItem *item;
        };
        QList<Entry> entries;
        for (int i = 0; i < l->count(); ++i) {
            int row = i;
            int column = 0;
            if (auto *form = qobject_cast<QFormLayout *>(l)) {
                QFormLayout::ItemRole role;
                form->getItemPosition(i, &row, &role);
                column = role == QFormLayout::FieldRole ? 1 : 0;
            } else if (auto *grid = qobject_cast<QGridLayout *>(l)) {
                int rowSpan = 0;
                int columnSpan = 0;
                grid->getItemPosition(i, &row, &column, &rowSpan, &columnSpan);
            }
            entries.append({row, column, l->itemAt(i)});
        }
        std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
            return a.row != b.row ? a.row < b.row : a.column < b.column;
        });
        for (const Entry &e : std::as_const(entries)) {
            if (QWidget *w = e.item->widget())
                widget(w);
            else if (QLayout *sub = e.item->layout())
                layout(sub);
        }
    }
};

bool isMarked(QWidget *w, QWidget *window, const char *property)
{
    for (; w && w != window; w = w->parentWidget()) {
        if (w->property(property).toBool())
            return true;
    }
    return false;
}

} // namespace

QList<QWidget *> widgetsInVisualOrder(QWidget *window)
{
    Walker walker{window, {}, {}};
    walker.widget(window);
    return walker.out;
}

QString assignMenuMnemonics(QMenuBar *bar, const QString &reserved)
{
    QList<Item> items;
    for (QAction *a : bar->actions()) {
        if (a->isSeparator() || a->text().isEmpty())
            continue;
        items.append(itemFor(a));
        if (a->menu())
            assignInMenu(a->menu());
    }
    QSet<QChar> used = lettersOf(reserved);
    giveOut(items, used);
    QString letters;
    for (const Item &item : std::as_const(items)) {
        if (item.chosen >= 0)
            letters += item.plain.at(item.chosen).toUpper();
    }
    return letters;
}

void assignMnemonics(QWidget *window, const QString &reserved)
{
    if (!window)
        return;
    QString taken = reserved;
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        if (auto *bar = qobject_cast<QMenuBar *>(main->menuWidget()))
            taken += assignMenuMnemonics(bar, reserved);
    }
    // The window's own controls first; the leftover ones (a bank's rows) get what remains; the
    // secondary ones (the result's buttons, the docks, the sample links) come last.
    QList<Item> own, leftover, secondary;
    for (QWidget *w : widgetsInVisualOrder(window)) {
        if (bearsMnemonic(w))
            (isMarked(w, window, kLeftoverProperty)    ? leftover
             : isMarked(w, window, kSecondaryProperty) ? secondary
                                                       : own)
                .append(itemFor(w));
    }
    QSet<QChar> used = lettersOf(taken);
    giveOut(own, used);
    giveOut(leftover, used, true);
    giveOut(secondary, used);
}

void pinMnemonic(QWidget *widget)
{
    widget->setProperty(kPinnedProperty, true);
}

void takeLeftoverMnemonic(QWidget *widget)
{
    widget->setProperty(kLeftoverProperty, true);
}

void takeSecondaryMnemonic(QWidget *widget)
{
    widget->setProperty(kSecondaryProperty, true);
}

QString withoutMnemonic(const QString &text)
{ // parse() leaves out a letter added after the text
    int hint = -1;
    return parse(text, &hint);
}

void setButtonText(QAbstractButton *button, const QString &text)
{
    button->setText(text);
    assignMnemonics(button->window());
}

} // namespace relink
