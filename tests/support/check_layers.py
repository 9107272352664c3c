#!/usr/bin/env python3
"""The layers the build enforces, checked from the sources (ctest: layers).

    check_layers.py ROOT          checks the tree at ROOT (exit 1 and one line per problem)
    check_layers.py --self-test   shows that a wrong-way include and a header basename used
                                  twice are caught (ctest: layers_self_test)

The core's subsystems go one way, base → belvo → desktop → history → flows; a folder may include
its own headers and those of the folders its row allows. An internal header (name_p.h) is
included from its own folder only. No two headers share a basename, so an #include names one file.
Generated headers (ui_*.h, *.moc) are not sources and are skipped.

Files a reader can hold in their head: no source file over 400 lines, and no class over 600
lines in all its files together (a class's files carry its name: x.h, x_p.h, x.cpp, x_*.cpp).
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

MAX_FILE_LINES = 400
MAX_CLASS_LINES = 600
CORE = ["base", "belvo", "desktop", "history", "flows"]

# folder (relative to the root) -> the folders whose headers it may include, besides its own
ALLOWED = {f"app/core/{sub}": {f"app/core/{s}" for s in CORE[:i]} for i, sub in enumerate(CORE)}
ALLOWED["app/simulator"] = {"app/core/base", "app/core/belvo"}
ALLOWED["app/keychain"] = {"app/core/desktop"}
ALLOWED["app/gui"] = {f"app/core/{s}" for s in CORE} | {"app/simulator"}
ALLOWED["app/cli"] = {f"app/core/{s}" for s in CORE} | {"app/simulator"}

SOURCE_DIRS = ["app", "tools"]
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def folder_of(rel):
    return os.path.dirname(rel)


def sources(root):
    for top in SOURCE_DIRS:
        for dirpath, _, files in os.walk(os.path.join(root, top)):
            for f in sorted(files):
                if f.endswith((".h", ".cpp")):
                    yield os.path.relpath(os.path.join(dirpath, f), root)


def check(root):
    problems = []
    headers = {}
    files = list(sources(root))
    for rel in files:
        if rel.endswith(".h"):
            name = os.path.basename(rel)
            if name in headers:
                problems.append(f"{rel}: header name {name} is used twice (also {headers[name]})")
            else:
                headers[name] = rel
    classes = {}
    for rel in files:
        with open(os.path.join(root, rel), encoding="utf-8") as f:
            lines = f.read().count("\n")
        if lines > MAX_FILE_LINES:
            problems.append(f"{rel}: {lines} lines, over {MAX_FILE_LINES}: split it along a seam")
        stem = os.path.splitext(os.path.basename(rel))[0].split("_")[0]
        key = os.path.join(folder_of(rel), stem)
        classes[key] = classes.get(key, 0) + lines
    for key, lines in sorted(classes.items()):
        if lines > MAX_CLASS_LINES:
            problems.append(f"{key}.*: {lines} lines in all its files, over {MAX_CLASS_LINES}")
    for rel in files:
        here = folder_of(rel)
        allowed = ALLOWED.get(here)
        with open(os.path.join(root, rel), encoding="utf-8") as f:
            text = f.read()
        for m in INCLUDE.finditer(text):
            inc = m.group(1)
            line = text.count("\n", 0, m.start()) + 1
            name = os.path.basename(inc)
            if name.startswith("ui_") or name.endswith(".moc"):
                continue
            if os.path.exists(os.path.join(root, here, inc)):
                continue  # its own folder
            target = headers.get(name)
            if target is None:
                problems.append(f"{rel}:{line}: includes {inc}, which no folder has")
                continue
            there = folder_of(target)
            if name.endswith("_p.h"):
                problems.append(f"{rel}:{line}: includes {inc}, internal to {there}")
            elif allowed is not None and there not in allowed:
                problems.append(f"{rel}:{line}: includes {inc} from {there}, against the "
                                f"direction ({here} may use: "
                                f"{', '.join(sorted(allowed)) or 'nothing else'})")
    return problems


def self_test():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    failures = 0

    def expect(what, change, needle):
        nonlocal failures
        with tempfile.TemporaryDirectory() as tmp:
            for top in SOURCE_DIRS:
                shutil.copytree(os.path.join(root, top), os.path.join(tmp, top))
            change(tmp)
            run = subprocess.run([sys.executable, os.path.abspath(__file__), tmp],
                                 capture_output=True, text=True)
            if run.returncode == 1 and needle in run.stdout:
                print(f"ok: {what} is caught: {run.stdout.strip().splitlines()[0]}")
            else:
                failures += 1
                print(f"FAIL: {what} is not caught (exit {run.returncode}): {run.stdout}")

    def append(rel, line):
        def change(tmp):
            with open(os.path.join(tmp, rel), "a", encoding="utf-8") as f:
                f.write(line + "\n")
        return change

    expect("the Belvo client including the history",
           append("app/core/belvo/result.cpp", '#include "historyservice.h"'),
           "app/core/belvo/result.cpp:")
    expect("base including a flow",
           append("app/core/base/csv.cpp", '#include "updateflow.h"'),
           "includes updateflow.h from app/core/flows, against the direction")
    expect("the simulator including the history",
           append("app/simulator/fakebelvo.cpp", '#include "historystore.h"'),
           "includes historystore.h from app/core/history, against the direction")
    expect("a face including another library's internals",
           append("app/gui/workspace.cpp", '#include "historylogging_p.h"'),
           "internal to app/core/history")

    def grow(tmp):
        with open(os.path.join(tmp, "app/core/base/csv.cpp"), "a", encoding="utf-8") as f:
            f.write("// more\n" * 400)
    expect("a file over 400 lines", grow, "app/core/base/csv.cpp: ")

    def grow_class(tmp):
        for part in ("a", "b"):
            with open(os.path.join(tmp, f"app/core/base/csv_{part}.cpp"), "w",
                      encoding="utf-8") as f:
                f.write("// more\n" * 350)
    expect("a class over 600 lines in its files", grow_class, "app/core/base/csv.*: ")

    def duplicate(tmp):
        shutil.copy(os.path.join(tmp, "app/core/belvo/result.h"),
                    os.path.join(tmp, "app/gui/result.h"))
    expect("a header basename used twice", duplicate, "header name result.h is used twice")

    # and the real tree passes
    problems = check(root)
    if problems:
        failures += 1
        print("FAIL: the tree itself:\n" + "\n".join(problems))
    print("layers self-test: every case caught, the tree passes" if not failures
          else f"layers self-test: {failures} failure(s)")
    return 1 if failures else 0


def main():
    if sys.argv[1:] == ["--self-test"]:
        return self_test()
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    problems = check(sys.argv[1])
    for p in problems:
        print(p)
    if not problems:
        print("layers: every include goes the allowed way; every header name is unique; every "
              "file and class is within its size.")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
