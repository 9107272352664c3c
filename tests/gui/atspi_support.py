"""What a screen reader sees and what a keyboard user does, for tests/gui/a11y_flows.py: the real
relink on the accessibility bus (AT-SPI, through pyatspi), widgets found by accessible role and
name (never by objectName), keys pressed with xdotool into the X display, and waits that poll
with a deadline. Runs inside tests/gui/run-with-atspi.sh (Xvfb, openbox, D-Bus, AT-SPI bus)."""
import os
import re
import shutil
import subprocess
import tempfile
import time

import pyatspi
from gi.repository import Atspi, GLib

DEADLINE = 20.0  # seconds any expected change may take (a busy CI machine)
QUIET = 0.8  # seconds to see that a key press changed nothing (only where that is the point)


class Broken(Exception):
    """A step of a flow could not happen at all: the flow stops there."""


def pump():
    """Delivers pending AT-SPI events to the listeners (they arrive on GLib's main context)."""
    context = GLib.MainContext.default()
    while context.pending():
        context.iteration(False)


def wait_for(what, probe, deadline=DEADLINE):
    """Polls probe() (every 50 ms, events delivered meanwhile) until it returns something true;
    returns it. Raises Broken(what) after `deadline` seconds."""
    end = time.monotonic() + deadline
    while True:
        pump()
        try:
            value = probe()
        except Exception:  # an object went away while we looked: look again
            value = None
        if value:
            return value
        if time.monotonic() > end:
            raise Broken(f"timed out after {deadline:.0f} s waiting for {what}")
        time.sleep(0.05)


def states(o):
    try:
        return set(o.getState().getStates())
    except Exception:
        return set()


def is_showing(o):
    return pyatspi.STATE_SHOWING in states(o)


def role(o):
    return o.getRoleName()


def describe(o):
    """How a test message names an element: its role and accessible name (a combo box: its
    label, then what it shows)."""
    if isinstance(o, type):  # a stand-in (a11y_checks.Outside)
        return o.describe()
    try:
        if o.getRole() == pyatspi.ROLE_COMBO_BOX and labels_of(o):
            return f'{role(o)} "{labels_of(o)[0]}" (showing "{o.name}")'
        return f'{role(o)} "{o.name}"'
    except Exception:
        return "(an element that went away)"


def walk(root, showing_only=False):
    """root's descendants, depth first, in the order the bus gives them. A combo box's list and
    a menu's items are left out (they are not part of the window until opened)."""
    stack = [root]
    while stack:
        node = stack.pop()
        if node is not root:
            yield node
        try:
            if node is not root and node.getRole() in (pyatspi.ROLE_POPUP_MENU, pyatspi.ROLE_LIST) \
                    and node.parent is not None and node.parent.getRole() in (
                        pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_MENU, pyatspi.ROLE_COMBO_BOX):
                continue
            children = [c for c in node if c is not None]
        except Exception:
            continue
        if showing_only:
            children = [c for c in children if is_showing(c)]
        stack.extend(reversed(children))


def matches(o, role_, name):
    """o has this role and this name; a combo box is named by its label (its own name is its
    current text on Linux)."""
    try:
        if o.getRole() != role_:
            return False
        names = labels_of(o) if role_ == pyatspi.ROLE_COMBO_BOX else [o.name]
        return any(name.fullmatch(n) if isinstance(name, re.Pattern) else n == name
                   for n in names)
    except Exception:
        return False


def find_all(root, role_, name, showing=True):
    return [o for o in walk(root, showing_only=showing) if matches(o, role_, name)]


def find(root, role_, name, showing=True, deadline=DEADLINE):
    """The one element under root with this role (pyatspi.ROLE_…) and accessible name (a string,
    or a compiled regex matched in full), waiting for it to appear."""
    role_name = Atspi.role_get_name(role_)
    label = name.pattern if isinstance(name, re.Pattern) else name

    def probe():
        found = find_all(root, role_, name, showing)
        if not found and role_ == pyatspi.ROLE_COMBO_BOX:
            found = combo_after_label(root, name)  # a11y_checks.check_names says it lacks one
        if len(found) > 1:
            raise Broken(f'{len(found)} elements are {role_name} "{label}"; expected one')
        return found[0] if found else None

    end = time.monotonic() + deadline
    while True:
        pump()
        found = probe()
        if found:
            return found
        if time.monotonic() > end:
            raise Broken(f'no {role_name} "{label}" appeared under {describe(root)} '
                         f'within {deadline:.0f} s')
        time.sleep(0.05)


def combo_after_label(root, name):
    """[the combo box that follows a label named `name`], for a combo box whose label does not
    reach the bus (no labelled-by relation): what a sighted user reads before it."""
    after = False
    for o in walk(root, showing_only=True):
        if o.getRole() == pyatspi.ROLE_LABEL:
            after = bool(name.fullmatch(o.name or "")) if isinstance(name, re.Pattern) \
                else o.name == name
        elif after and o.getRole() == pyatspi.ROLE_COMBO_BOX:
            return [o]
    return []


def label_before(o):
    """The name of the last label before o in its window (a form's row label), or ""."""
    window = o
    while window.parent is not None and window.parent.getRole() != pyatspi.ROLE_APPLICATION:
        window = window.parent
    last = ""
    for node in walk(window, showing_only=True):
        if same(node, o):
            return last
        if node.getRole() == pyatspi.ROLE_LABEL:
            last = node.name or ""
    return ""


def focused(root):
    """The element under root that has keyboard focus, or None."""
    for o in walk(root, showing_only=True):
        if pyatspi.STATE_FOCUSED in states(o):
            # An editable combo box's focus is on its text field: the combo box is the element.
            parent = o.parent
            if parent is not None and parent.getRole() == pyatspi.ROLE_COMBO_BOX:
                return parent
            return o
    return None


def same(a, b):
    if a is None or b is None:
        return False
    try:
        return a == b or (a.path == b.path and a.get_bus_name() == b.get_bus_name())
    except Exception:
        return False


def text_of(o):
    """What a Text element holds (a password field holds "" but says how many characters)."""
    t = o.queryText()
    return t.getText(0, -1), t.characterCount


def key_bindings(o):
    """Every key binding the element's Action interface states, e.g. ["Alt+i", "Down"]."""
    try:
        action = o.queryAction()
    except NotImplementedError:
        return []
    out = []
    for i in range(action.nActions):
        for b in re.split(r"[;,]", action.getKeyBinding(i) or ""):
            if b.strip():
                out.append(b.strip())
    return out


def action_names(o):
    try:
        action = o.queryAction()
    except NotImplementedError:
        return []
    return [action.getName(i) for i in range(action.nActions)]


def labels_of(o):
    """The names of the labels o is labelled by (Qt gives a combo box its current text as its
    name and its label through this relation; a screen reader says both)."""
    names = []
    for relation in o.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            for i in range(relation.getNTargets()):
                label = relation.getTarget(i)
                if label is not None and label.getRole() == pyatspi.ROLE_LABEL:
                    names.append(label.name or "")
    return names


def alt_letters(o):
    """The Alt+letter mnemonics among o's key bindings, lower case."""
    out = []
    for b in key_bindings(o):
        m = re.fullmatch(r"(?:Alt\+|<Alt>)(\w)", b, re.IGNORECASE)
        if m and m.group(1).lower() not in out:
            out.append(m.group(1).lower())
    return out


class Keyboard:
    """Real key presses into the X display (xdotool), as a keyboard user makes them. Without
    --clearmodifiers: it releases and presses again modifiers it believes held, and a lone Alt
    release is an Alt tap (focus to the menu bar), a restored Alt a stuck one (Tab is Alt+Tab)."""

    @staticmethod
    def key(*keys):
        subprocess.run(["xdotool", "key", *keys], check=True)

    @staticmethod
    def type(text):
        subprocess.run(["xdotool", "type", "--delay", "20", text], check=True)


class App:
    """The real relink, started with `arguments` on an isolated HOME (settings, history, its
    single-instance socket), and its application object on the accessibility bus."""

    def __init__(self, program, arguments):
        self.program = program
        self.arguments = list(arguments)
        self.process = None
        self.home = None
        self.accessible = None

    def __enter__(self):
        self.home = tempfile.mkdtemp(prefix="relink-a11y-")
        runtime = os.path.join(self.home, "run")
        os.makedirs(runtime, mode=0o700)
        env = dict(os.environ, HOME=self.home, XDG_CONFIG_HOME=os.path.join(self.home, "config"),
                   XDG_DATA_HOME=os.path.join(self.home, "data"),
                   XDG_CACHE_HOME=os.path.join(self.home, "cache"), XDG_RUNTIME_DIR=runtime,
                   LC_ALL="C.UTF-8", LANGUAGE="en", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
        for name in ("RELINK_HISTORY_DB", "RELINK_HISTORY_URL", "QT_QPA_PLATFORM"):
            env.pop(name, None)
        self.process = subprocess.Popen([self.program, *self.arguments], env=env,
                                        stdout=subprocess.DEVNULL)

        def application():
            if self.process.poll() is not None:
                raise SystemExit(f"relink exited at start with status {self.process.returncode}")
            for a in pyatspi.Registry.getDesktop(0):
                if a is not None and a.get_process_id() == self.process.pid and a.childCount:
                    return a
            return None

        self.accessible = wait_for("relink's application on the accessibility bus", application)
        return self

    def __exit__(self, *exc):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.home, ignore_errors=True)

    def window(self, role_, name, deadline=DEADLINE):
        """A top-level window of the app (frame, dialog) by role and accessible name."""
        return find(self.accessible, role_, name, deadline=deadline)

    def activate(self, title):
        """Gives the X window titled `title` the keyboard focus through the window manager."""
        def x_window():
            out = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid",
                                  str(self.process.pid)], capture_output=True, text=True).stdout
            for wid in out.split():
                name = subprocess.run(["xdotool", "getwindowname", wid], capture_output=True,
                                      text=True).stdout.strip()
                if name == title:
                    return wid
            return None

        wid = wait_for(f'an X window titled "{title}"', x_window)
        subprocess.run(["xdotool", "windowactivate", "--sync", wid], check=True, timeout=30)
        return wid


class Events:
    """The AT-SPI events a screen reader would get, recorded from the app: what it could say
    without the user moving there (name, text and value changes, focus, announcements)."""

    KINDS = ("object:property-change:accessible-name", "object:text-changed:insert",
             "object:value-changed", "object:state-changed:focused", "object:announcement")

    def __init__(self, pid):
        self.pid = pid
        self.seen = []  # (kind, role, name, detail)
        pyatspi.Registry.registerEventListener(self.on_event, *self.KINDS)

    def on_event(self, event):
        try:
            source = event.source
            if source.get_process_id() != self.pid:
                return
            detail = event.any_data if isinstance(event.any_data, str) else ""
            self.seen.append((event.type, role(source), source.name or "", detail or ""))
        except Exception:
            pass

    def mark(self):
        pump()
        return len(self.seen)

    def since(self, mark):
        pump()
        return self.seen[mark:]

    def close(self):
        pyatspi.Registry.deregisterEventListener(self.on_event, *self.KINDS)


def dump(root, out):
    """root's showing tree, one element a line (role, name, states, key bindings): printed when
    a flow breaks, to see what the screen reader saw."""
    def line(o, depth):
        marks = [pyatspi.stateToString(s) for s in states(o)
                 if s in (pyatspi.STATE_FOCUSABLE, pyatspi.STATE_FOCUSED, pyatspi.STATE_ENABLED)]
        out.write(f"{'  ' * depth}{describe(o)} {marks} {key_bindings(o)}\n")
        try:
            children = [c for c in o if c is not None and is_showing(c)]
        except Exception:
            children = []
        for c in children:
            line(c, depth + 1)
    line(root, 0)
