"""The keyboard and screen-reader checks of tests/gui/a11y_flows.py, made on whatever window is on
screen: accessible names, mnemonics (Alt+letter), where focus is, and the keyboard's ways to a
widget. Everything is read from the accessibility bus and done with real key presses."""
import re
import time

import pyatspi

from atspi_support import (DEADLINE, QUIET, Broken, Keyboard, action_names, alt_letters,
                           describe, focused, is_showing, label_before, labels_of, pump, role,
                           same, states, walk, wait_for)

# An Alt+letter only moves the focus to these (their label's buddy shortcut): safe to press to
# see where it goes. Buttons, check boxes and menus would act, so they are not pressed to probe.
FOCUS_ONLY = {pyatspi.ROLE_TEXT, pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_COMBO_BOX,
              pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_ENTRY}
# A mnemonic marker: "&" before a letter or digit ("Terms & conditions" is plain text).
MNEMONIC_MARKER = re.compile(r"&(?=\w)")


class Report:
    """The checks a screen reader user depends on. A failed one is reported and the flow goes
    on (so one run shows every problem); a flow that cannot go on raises Broken instead."""

    def __init__(self):
        self.results = []  # (ok, message)

    def check(self, ok, message, failure=None):
        self.results.append((bool(ok), message if ok else f"{message}: {failure}"))
        print(("  ok    " if ok else "  FAIL  ") + self.results[-1][1], flush=True)
        return bool(ok)

    @staticmethod
    def note(message):
        """What the test could not see for sure: said, not counted as a failure."""
        print("  note  " + message, flush=True)

    def failures(self):
        return [m for ok, m in self.results if not ok]


def usable(o):
    s = states(o)
    return pyatspi.STATE_SHOWING in s and pyatspi.STATE_ENABLED in s


def check_names(report, window, where):
    """Every focusable element on screen has an accessible name, without a mnemonic marker."""
    nameless, marked, count = [], [], 0
    for o in walk(window, showing_only=True):
        if pyatspi.STATE_FOCUSABLE not in states(o):
            continue
        count += 1
        name = o.name or ""
        if o.getRole() == pyatspi.ROLE_COMBO_BOX:
            # On Linux Qt names a combo box by its current text ("Choose…"); what it is for
            # reaches a screen reader only as its labelled-by relation.
            labels = labels_of(o)
            if not labels:
                nameless.append(f'{describe(o)}, whose label "{label_before(o)}" is not '
                                "related to it")
            name = labels[0] if labels else name
        if not name.strip():
            nameless.append(f'a {role(o)} after "{label_before(o)}"' if o.getRole() !=
                            pyatspi.ROLE_TEXT or o.parent.getRole() != pyatspi.ROLE_COMBO_BOX
                            else f"the text field of {describe(o.parent)}")
        elif MNEMONIC_MARKER.search(name):
            marked.append(describe(o))
    report.check(not nameless, f"{where}: every focusable element ({count}) has a name",
                 "nothing says what these are: " + "; ".join(nameless))
    report.check(not marked, f"{where}: no accessible name carries a mnemonic '&'",
                 "a screen reader reads out the ampersand of " + "; ".join(marked))


def stated_mnemonics(window):
    """letter → elements whose Action key bindings state Alt+letter. Qt states a button's and a
    menu bar item's own mnemonic, and a text field's buddy label's; hidden rows count too (a
    collision shows the moment the row does). Menu items inside a menu are left out (their
    letters belong to the open menu), and so are disabled buttons (Qt states nothing for them:
    the flows check again once they are enabled)."""
    owners = {}
    for o in walk(window):
        if o.getRole() == pyatspi.ROLE_MENU_ITEM and o.parent.getRole() != pyatspi.ROLE_MENU_BAR:
            continue
        for letter in alt_letters(o):
            owners.setdefault(letter, []).append(o)
    return owners


def tab_to(window, target):
    """Tab until target has focus (a keyboard user's way to anything)."""
    for _ in range(60):
        if same(focused(window), target):
            return
        before = focused(window)
        Keyboard.key("Tab")
        changed_focus(window, before, DEADLINE / 4)
    raise Broken(f"Tab never reaches {describe(target)}")


def put_focus(window, target):
    """Puts the keyboard focus on target through the bus (its SetFocus action), else by Tab:
    to start a key probe from a known place, or to go on after a failed focus check."""
    if "SetFocus" in action_names(target):
        target.queryComponent().grabFocus()
        wait_for(f"focus on {describe(target)}", lambda: same(focused(window), target))
    else:
        tab_to(window, target)


class Outside:
    """Where focus went when a key press opened another window (a dialog, a menu)."""

    @staticmethod
    def describe():
        return "a window or menu it opened (closed again with Escape)"


class AltTap:
    """Focus went to the menu bar: Qt took the key press for a lone Alt tap (menu keyboard
    navigation), which happens now and then on a loaded machine. Left with Escape."""


def in_menu_bar(o):
    try:
        return o.getRole() == pyatspi.ROLE_MENU_BAR or (
            o.getRole() == pyatspi.ROLE_MENU_ITEM and o.parent.getRole() == pyatspi.ROLE_MENU_BAR)
    except Exception:
        return False


def changed_focus(window, before, deadline):
    """The element focus moved to from `before`; Outside if a key press took it to another
    window, AltTap if to the menu bar (either left again with Escape); None if it stayed for
    `deadline` seconds."""
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        pump()
        now = focused(window)
        if now is not None and in_menu_bar(now) and not in_menu_bar(before):
            Keyboard.key("Escape")
            wait_for("focus to leave the menu bar",
                     lambda: (lambda f: f is not None and not in_menu_bar(f))(focused(window)))
            return AltTap
        if now is not None and not same(now, before):
            return now
        if now is None and pyatspi.STATE_ACTIVE not in states(window):
            Keyboard.key("Escape")
            wait_for(f"{describe(window)} active again",
                     lambda: pyatspi.STATE_ACTIVE in states(window))
            return Outside
        time.sleep(0.05)
    return None


def reached_by(window, letter, home, first_wait):
    """Starting on `home`, presses Alt+letter until focus comes back to an element already
    reached (Qt cycles an ambiguous mnemonic through everything that has it): the distinct
    elements reached, in order."""
    put_focus(window, home)
    reached, current, presses = [], home, 0
    while presses < 5:
        Keyboard.key(f"alt+{letter}")
        now = changed_focus(window, current, first_wait if not reached else QUIET)
        if now is AltTap:
            presses += 1  # that press did not count: press it again from where focus was
            continue
        presses += 1
        if now is None or any(same(now, r) for r in reached):
            break
        reached.append(now)
        if now is Outside:
            break
        current = now
    return reached


def home_for(window, avoid):
    """A focusable, usable element to start a probe from: not one of `avoid`."""
    for o in walk(window, showing_only=True):
        s = states(o)
        if pyatspi.STATE_FOCUSABLE in s and pyatspi.STATE_ENABLED in s and \
                "SetFocus" in action_names(o) and not any(same(o, a) for a in avoid):
            return o
    raise Broken(f"nothing in {describe(window)} to start an Alt+letter probe from")


def label_letters(o):
    """The letters a mnemonic of o's labels can be: AT-SPI strips the '&' from a label's name,
    so the underlined one is not known and every letter of the label is a candidate; the first
    letters of its words first (where mnemonics usually are), then the others."""
    names = labels_of(o)
    if not names:  # no label on the bus: its own name (not a combo box's), the row's label
        names = ([o.name] if o.getRole() != pyatspi.ROLE_COMBO_BOX else []) + [label_before(o)]
    initials, others = [], []
    for name in names:
        for word in re.findall(r"\w+", name.lower()):
            initials.append(word[0])
            others.extend(word[1:])
    letters = []
    for c in initials + others:
        if c.isalnum() and c not in letters:
            letters.append(c)
    return letters


def check_mnemonics(report, window, where):
    """Mnemonics unique within the window, proven two ways:
    1. what Qt states: every Alt+letter key binding on the bus, each letter on one element;
    2. what happens: for every letter whose elements only take focus, press Alt+letter from
       elsewhere, then again and again; focus must land on that element and stay there (an
       ambiguous letter makes Qt cycle focus through every widget that has it, including ones
       whose letter the bus does not state). Labelled inputs with no stated letter (Qt states
       none for a combo box, nor for a field nested in a row) get their letter found the same
       way, trying the letters of their label (the '&' is gone from its name). Letters stated by
       buttons or menus are not pressed, as pressing them would act: an input none of whose
       other letters reaches it has no mnemonic (allowed) or shares a button's or menu's, which
       is said as a note."""
    owners = stated_mnemonics(window)
    clashes = [f"Alt+{k.upper()}: " + ", ".join(describe(o) for o in v)
               for k, v in sorted(owners.items()) if len(v) > 1]
    report.check(not clashes, f"{where}: each stated mnemonic belongs to one element",
                 "; ".join(clashes))

    def acts(letter):
        return any(o.getRole() not in FOCUS_ONLY for o in owners.get(letter, []))

    cycles = {}  # letter → the elements Alt+letter, pressed again and again, moves focus to

    def cycle(letter, avoid, wait):
        if letter not in cycles:
            cycles[letter] = reached_by(window, letter, home_for(window, avoid), wait)
        return cycles[letter]

    expected = {}  # letter → the element it is for
    for letter, elements in sorted(owners.items()):
        targets = [o for o in elements if usable(o)]
        if targets and not acts(letter):
            cycle(letter, targets, DEADLINE / 4)
            expected[letter] = targets[0]
    for o in walk(window, showing_only=True):
        if o.getRole() not in FOCUS_ONLY or not usable(o) or alt_letters(o):
            continue
        if pyatspi.STATE_FOCUSABLE not in states(o) or not label_letters(o):
            continue
        if o.parent.getRole() == pyatspi.ROLE_COMBO_BOX:
            continue  # an editable combo box's field: the combo box is the element
        candidates = label_letters(o)
        tried = [c for c in candidates if not acts(c)]
        found = next((c for c in tried if any(same(r, o) for r in cycle(c, [o], 1.5))), None)
        if found is None:
            # No mnemonic at all is allowed (a rule may run out of free letters); sharing one
            # with a button or menu is not, but is not pressed to see (it would act).
            skipped = [c.upper() for c in candidates if acts(c)]
            report.note(f"{where}: no Alt+letter reaches {describe(o)} (tried "
                        f"{', '.join(t.upper() for t in tried) or 'none'}"
                        + (f"; not pressed: {', '.join(skipped)}, which buttons or menus have"
                           if skipped else "") + ")")
        elif found not in expected:
            expected[found] = o
    for letter, target in sorted(expected.items()):
        reached = cycles[letter]
        names = ", ".join(describe(r) for r in reached) or "nowhere"
        report.check(len(reached) == 1 and same(reached[0], target),
                     f"{where}: Alt+{letter.upper()} moves focus to {describe(target)} only",
                     f"pressed again and again, it moves focus to {names}")


def move_focus_to(window, target):
    """Moves focus to target the keyboard user's way: its Alt+letter, pressed again while an
    ambiguous one lands elsewhere first; Tab when the bus states no letter for it (a field
    nested in a row, a combo box). Raises Broken if that never reaches it."""
    letters = alt_letters(target)
    if not letters:
        return tab_to(window, target)
    for _ in range(5):
        if same(focused(window), target):
            return
        before = focused(window)
        Keyboard.key(f"alt+{letters[0]}")
        changed_focus(window, before, DEADLINE / 4)
    if not same(focused(window), target):
        raise Broken(f"Alt+{letters[0].upper()} never moves focus to {describe(target)}")


def press_button(window, button):
    """Presses a button from the keyboard: its Alt+letter when no other usable element states
    that letter (Qt then clicks it), else focus on it (Alt+letter again and again) and Space."""
    wait_for(f"{describe(button)} to be enabled", lambda: usable(button))
    letters = alt_letters(button)
    if letters:
        sharing = [o for o in stated_mnemonics(window).get(letters[0], [])
                   if usable(o) and not same(o, button)]
        if not sharing:
            Keyboard.key(f"alt+{letters[0]}")
            return
        move_focus_to(window, button)
    elif not same(focused(window), button):
        raise Broken(f"{describe(button)} has no Alt+letter and has no focus to press it with")
    Keyboard.key("space")


def check_focus(report, window, expected, what, deadline=DEADLINE / 4, recover=True):
    """Focus lands on `expected` (waits up to `deadline`); if not, says where it is and, with
    `recover`, puts it there so that the flow can go on."""
    try:
        wait_for(what, lambda: same(focused(window), expected), deadline)
        return report.check(True, what)
    except Broken:
        now = focused(window)
        if now is None:  # in another window of the app, or nowhere
            now = next((f for w in window.parent if w is not None and not same(w, window)
                        for f in [focused(w)] if f is not None), None)
        report.check(False, what, f"focus is on {describe(now)}" if now else
                     "no element of the app has focus")
        if recover:
            print("        (focus put there to go on)", flush=True)
            put_focus(window, expected)
        return False


def first_label_in(panel):
    """The first label showing in a panel (the result panel's headline)."""
    for o in walk(panel, showing_only=True):
        if o.getRole() == pyatspi.ROLE_LABEL and is_showing(o):
            return o
    return None
