#!/usr/bin/python3
"""Relink through the accessibility bus, as a screen reader user meets it (issue #15).

Usage (inside tests/gui/run-with-atspi.sh: Xvfb, openbox, a private D-Bus session and the AT-SPI
bus): /usr/bin/python3 tests/gui/a11y_flows.py PATH/TO/relink

Starts the real `relink --demo` (its built-in simulator; an isolated HOME), finds every widget
by its accessible role and name (never by objectName), and walks the demo flows of README.md's
"Demo mode in a minute" with real key presses (xdotool): focus starting in Link id, a typed id
checked by itself, Alt+I back to Link id after an Erebor check, a successful update, the bank's login
error, a numeric MFA challenge with a wrong then the right token, an inputless one, and the queue
beside the form (Ctrl+L, search, Down, Enter: focus in the form). On every
window and dialog on the way it checks that focusable elements have names without '&', that
mnemonics are unique (a11y_checks.check_mnemonics says how), and that focus lands where the next
action is. Prints each check and a summary; exits 0 when all pass, 1 otherwise."""
import re
import sys
import traceback

import pyatspi

from a11y_checks import (Report, check_focus, check_mnemonics, check_names, first_label_in,
                         move_focus_to, press_button)
from atspi_support import (App, Broken, Events, Keyboard, describe, dump, find,
                           focused, same, text_of, wait_for)

VALID_LINK = "11111111-1111-4111-8111-111111111111"  # Erebor Mexico: Password (and PIN)
NUMERIC_LINK = "22222222-2222-4222-8222-222222222222"  # Heimdall: Document type, Password
INPUTLESS_LINK = "44444444-4444-4444-8444-444444444444"  # Gotham: Password, then approval
QUEUE_EXTERNAL_ID = "crm-1014"  # a demo account's link of Erebor Mexico that is invalid
MFA_TITLE = "The bank asks for a token"
APPROVE_TITLE = "Approve the login on the customer's phone"  # the inputless kind (#24)
TOKEN_FIELD = re.compile(r"(MFA )?[Tt]oken")  # the MFA dialog's field


class Flows:
    def __init__(self, app, report):
        self.app = app
        self.report = report
        self.events = Events(app.process.pid)
        self.main = app.window(pyatspi.ROLE_FRAME, re.compile(r".*Relink"))
        app.activate(self.main.name)
        wait_for("focus in the main window", lambda: focused(self.main))

    # The main window's parts, by role and accessible name.
    def field(self, name, role=pyatspi.ROLE_TEXT):
        return find(self.main, role, name)

    def password(self):
        return self.field("Password", pyatspi.ROLE_PASSWORD_TEXT)

    def button(self, name, window=None):
        return find(window or self.main, pyatspi.ROLE_PUSH_BUTTON, name)

    def result_panel(self):
        return find(self.main, pyatspi.ROLE_PANEL, "Result")

    def open_link(self, link_id, bank):
        """Types the link id (Alt+letter to its field); the link is checked by itself: waits for
        the bank's own fields."""
        link = self.field("Link id")
        move_focus_to(self.main, link)
        Keyboard.key("ctrl+a")
        Keyboard.type(link_id)
        wait_for(f"the link id field to hold {link_id}", lambda: text_of(link)[0] == link_id)
        find(self.main, pyatspi.ROLE_LABEL, re.compile(re.escape(f"The fields {bank} asks for.")
                                                       + ".*"))

    def type_into(self, element, text):
        move_focus_to(self.main, element)
        Keyboard.type(text)
        wait_for(f"{describe(element)} to hold {len(text)} characters",
                 lambda: text_of(element)[1] == len(text))

    def expect_headline(self, pattern, what):
        """The result panel's headline reads `pattern` (a regex), and focus moves to it."""
        panel = self.result_panel()
        headline = wait_for(f"the result headline to read {pattern}",
                            lambda: (lambda h: h if h and re.fullmatch(pattern, h.name or "")
                                     else None)(first_label_in(panel)))
        self.report.check(True, f"{what}: the result headline reads \"{headline.name}\"")
        check_focus(self.report, self.main, headline,
                    f"{what}: focus moves to the result headline", recover=False)
        return headline

    def announced(self, mark, pattern, what):
        """Some AT-SPI event since `mark` carried text matching `pattern` (a screen reader would
        say it without the user moving there)."""
        found = [e for e in self.events.since(mark)
                 if re.search(pattern, e[2]) or re.search(pattern, e[3])]
        kinds = sorted({e[0] for e in self.events.since(mark)})
        self.report.check(found, f"{what} is announced on the bus ({found[0][0]} from "
                          f"{found[0][1]})" if found else f"{what} is announced on the bus",
                          f"no event carried it (events seen: {', '.join(kinds) or 'none'})")

    # (a) success: link 1111…, checked by itself, password pass_valid, Update.
    def success(self):
        print("(a) success", flush=True)
        link = self.field("Link id")
        check_focus(self.report, self.main, link, "focus starts in Link id", recover=False)
        check_names(self.report, self.main, "main window at start")
        check_mnemonics(self.report, self.main, "main window at start (demo: sample links)")
        if not same(focused(self.main), link):
            move_focus_to(self.main, link)
        Keyboard.type(VALID_LINK)  # no Check link: a typed id is checked by itself
        find(self.main, pyatspi.ROLE_LABEL, re.compile(r"The fields Erebor Mexico asks for\..*"))
        password = self.password()
        check_focus(self.report, self.main, password,
                    "the typed id is checked by itself; focus is on the first empty required "
                    "field (Password)")
        Keyboard.key("alt+i")  # real key presses: Alt+I after an Erebor check
        check_focus(self.report, self.main, link,
                    "Alt+I after an Erebor check lands in Link id", recover=False)
        if not same(focused(self.main), link):
            move_focus_to(self.main, link)
        check = self.button("Check link")
        Keyboard.key("Tab")
        check_focus(self.report, self.main, check, "Tab from Link id goes to Check link")
        Keyboard.key("shift+Tab")
        check_focus(self.report, self.main, link, "Shift+Tab from Check link comes back")
        move_focus_to(self.main, password)
        Keyboard.type("pass_valid")
        wait_for("10 characters in Password", lambda: text_of(password)[1] == 10)
        self.report.check(text_of(password)[0] == "", "the password is not readable on the bus",
                          "its Text interface gives it out")
        check_names(self.report, self.main, "main window, Erebor Mexico's fields")
        check_mnemonics(self.report, self.main, "main window, Erebor Mexico's fields")
        mark = self.events.mark()
        press_button(self.main, self.button("Update credentials"))
        self.expect_headline(r"Credentials updated", "(a) success")
        self.announced(mark, r"Credentials updated", "(a) \"Credentials updated\"")
        find(self.result_panel(), pyatspi.ROLE_LABEL, "Status: valid")
        check_names(self.report, self.main, "main window, after an update")
        check_mnemonics(self.report, self.main, "main window, after an update")

    # (b) the bank's login error: the same link, password pass_invalid.
    def login_error(self):
        print("(b) login error", flush=True)
        self.type_into(self.password(), "pass_invalid")
        Keyboard.key("Return")  # Enter in a credential field updates
        find(self.main, pyatspi.ROLE_LABEL, re.compile(r"The bank rejected the credentials.*"))
        self.expect_headline(r"(?s).*(failed|rejected).*", "(b) login error")
        check_names(self.report, self.main, "main window, after an error")

    # (c) numeric MFA: link 2222…, a document type, password numeric_code, tokens 000000, 111111.
    def numeric_mfa(self):
        print("(c) numeric MFA", flush=True)
        self.open_link(NUMERIC_LINK, "Heimdall Mexico")
        document = find(self.main, pyatspi.ROLE_COMBO_BOX, re.compile(r"Document type( \*)?"))
        check_focus(self.report, self.main, document,
                    "after Check link, focus is on the first empty required field "
                    "(Document type)")
        check_names(self.report, self.main, "main window, Heimdall Mexico's fields")
        check_mnemonics(self.report, self.main, "main window, Heimdall Mexico's fields")
        if not same(focused(self.main), document):
            move_focus_to(self.main, document)
        Keyboard.key("Down")  # the first document type (a combo box offers no Selection)
        wait_for("a document type chosen", lambda: document.name.startswith("001 "))
        self.type_into(self.password(), "numeric_code")
        Keyboard.key("Return")
        dialog = self.app.window(pyatspi.ROLE_DIALOG, MFA_TITLE)
        token = find(dialog, pyatspi.ROLE_TEXT, TOKEN_FIELD)
        check_focus(self.report, dialog, token,
                    "the MFA dialog opens with focus on its token field")
        check_names(self.report, dialog, "MFA dialog (numeric)")
        check_mnemonics(self.report, dialog, "MFA dialog (numeric)")
        if not same(focused(dialog), token):
            move_focus_to(dialog, token)
        Keyboard.type("000000")
        wait_for("000000 in the token field", lambda: text_of(token)[0] == "000000")
        mark = self.events.mark()
        Keyboard.key("Return")
        notice = find(dialog, pyatspi.ROLE_LABEL, re.compile(r"(?s).*not accepted.*"))
        self.report.check(True, f"a wrong token: the dialog says \"{notice.name}\"")
        self.announced(mark, r"not accepted", "\"token not accepted\"")
        wait_for("the token field enabled again",
                 lambda: pyatspi.STATE_ENABLED in token.getState().getStates())
        check_focus(self.report, dialog, token, "after a wrong token, focus is in the token field")
        Keyboard.key("ctrl+a")
        Keyboard.type("111111")
        wait_for("111111 in the token field", lambda: text_of(token)[0] == "111111")
        Keyboard.key("Return")
        wait_for("the MFA dialog to close", lambda: not [
            d for d in self.app.accessible if d is not None and d.name == MFA_TITLE
            and pyatspi.STATE_SHOWING in d.getState().getStates()])
        self.expect_headline(r"Credentials updated", "(c) numeric MFA")

    # (d) inputless MFA: link 4444…, password pass_valid, then "I have approved it".
    def inputless_mfa(self):
        print("(d) inputless MFA", flush=True)
        self.open_link(INPUTLESS_LINK, "Gotham Business Bank")
        password = self.password()
        check_focus(self.report, self.main, password,
                    "after Check link, focus is on the first empty required field (Password)")
        Keyboard.type("pass_valid")
        wait_for("10 characters in Password", lambda: text_of(password)[1] == 10)
        Keyboard.key("Return")
        dialog = self.app.window(pyatspi.ROLE_DIALOG, APPROVE_TITLE)
        approved = self.button("I have approved it", dialog)
        find(dialog, pyatspi.ROLE_LABEL, re.compile(r"Approve the login in the bank's app.*"))
        check_focus(self.report, dialog, approved,
                    "the inputless MFA dialog opens with focus on \"I have approved it\"")
        check_names(self.report, dialog, "MFA dialog (inputless)")
        check_mnemonics(self.report, dialog, "MFA dialog (inputless)")
        press_button(dialog, approved)
        self.expect_headline(r"Credentials updated", "(d) inputless MFA")

    # (e) the queue beside the form: Ctrl+L, the external id searched, Down, Enter.
    def queue_to_form(self):
        print("(e) queue → form", flush=True)
        Keyboard.key("ctrl+l")
        search = find(self.main, pyatspi.ROLE_TEXT, "Search links")
        check_focus(self.report, self.main, search,
                    "Ctrl+L opens the queue beside the form with focus in its search box")
        check_names(self.report, self.main, "main window with the queue")
        Keyboard.type(QUEUE_EXTERNAL_ID)
        wait_for(f"{QUEUE_EXTERNAL_ID} in the search box",
                 lambda: text_of(search)[0] == QUEUE_EXTERNAL_ID)
        table = find(self.main, pyatspi.ROLE_TABLE, "Links")
        wait_for("one link matching the search", lambda: table.queryTable().nRows == 1)
        Keyboard.key("Down")
        in_table = wait_for("focus in the list of links", lambda: (
            lambda f: f if f is not None and (same(f, table) or same(f.parent, table)) else None)(
                focused(self.main)))
        self.report.check(True, f"Down from the search box goes to the matching link "
                          f"({describe(in_table)})")
        Keyboard.key("Return")
        find(self.main, pyatspi.ROLE_LABEL, re.compile(r"The fields Erebor Mexico asks for\..*"))
        find(self.main, pyatspi.ROLE_LABEL, f"External id: {QUEUE_EXTERNAL_ID}")
        self.report.check(True, "the chosen row's external id shows in the form")
        check_focus(self.report, self.main, self.password(),
                    "a row opened with Enter: focus in the form, on the first field to fill "
                    "(Password)", recover=False)
        Keyboard.type("pass_valid")
        password = self.password()
        wait_for("10 characters in Password (the keys reach the form)",
                 lambda: text_of(password)[1] == 10)
        self.report.check(True, "typing after Enter in the queue goes into the form's Password")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    report = Report()
    broken = None
    with App(sys.argv[1], ["--demo"]) as app:
        try:
            flows = Flows(app, report)
            for flow in (flows.success, flows.login_error, flows.numeric_mfa,
                         flows.inputless_mfa, flows.queue_to_form):
                flow()
        except Broken as error:
            broken = str(error)
            traceback.print_exc()
            for window in app.accessible:
                if window is not None and pyatspi.STATE_SHOWING in window.getState().getStates():
                    dump(window, sys.stderr)
    failures = report.failures()
    print(f"\n{len(report.results)} checks, {len(failures)} failed"
          + (f"; the flows broke off: {broken}" if broken else "; every flow ran to its end"))
    for f in failures:
        print(f"  FAIL  {f}")
    return 1 if failures or broken else 0


if __name__ == "__main__":
    sys.exit(main())
