#!/usr/bin/env python3
"""relink:// links open Relink on every platform: the Linux desktop entry, the macOS bundle's
Info.plist template and the Windows installers' registry keys declare the scheme and pass the
link as the one argument. (package.sh checks the installed .deb with xdg-mime.)"""
import configparser
import plistlib
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

root = Path(sys.argv[1])
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)


# Linux: MimeType declares the scheme, %u passes one URL.
desktop = configparser.ConfigParser(interpolation=None, strict=True)
desktop.optionxform = str
desktop.read(root / "resources/relink.desktop", encoding="utf-8")
entry = desktop["Desktop Entry"]
check(entry.get("Exec") == "relink %u", f"relink.desktop: Exec is {entry.get('Exec')!r}")
check("x-scheme-handler/relink" in entry.get("MimeType", "").split(";"),
      f"relink.desktop: MimeType is {entry.get('MimeType')!r}")

# macOS: CFBundleURLTypes names the scheme; wired as the bundle's Info.plist.
with open(root / "resources/macos/Info.plist.in", "rb") as f:
    plist = plistlib.load(f)
schemes = [s for t in plist.get("CFBundleURLTypes", []) for s in t.get("CFBundleURLSchemes", [])]
check(schemes == ["relink"], f"Info.plist.in: CFBundleURLSchemes {schemes}")
check(plist.get("CFBundleExecutable") == "${MACOSX_BUNDLE_EXECUTABLE_NAME}",
      "Info.plist.in: CFBundleExecutable is not CMake's")
gui = (root / "app/gui/CMakeLists.txt").read_text()
check("MACOSX_BUNDLE_INFO_PLIST ${PROJECT_SOURCE_DIR}/resources/macos/Info.plist.in" in gui,
      "app/gui/CMakeLists.txt does not use resources/macos/Info.plist.in")

# Windows, WiX: HKCU\Software\Classes\relink, "URL Protocol", shell\open\command "…" "%1",
# in a component of the product's feature.
wix = ET.parse(root / "resources/windows/wix-patch.xml").getroot()
key = next((k for k in wix.iter("RegistryKey") if k.get("Key") == r"Software\Classes\relink"), None)
check(key is not None and key.get("Root") == "HKCU", "wix-patch.xml: no HKCU scheme key")
if key is not None:
    values = {v.get("Name"): v.get("Value") for v in key.findall("RegistryValue")}
    check(values.get("URL Protocol") == "", "wix-patch.xml: no 'URL Protocol' value")
    check(values.get(None, "").startswith("URL:"), "wix-patch.xml: no URL: description")
    command = next((k for k in key.findall("RegistryKey") if k.get("Key") == r"shell\open\command"),
                   None)
    value = command.find("RegistryValue").get("Value") if command is not None else None
    check(value == r'"[INSTALL_ROOT]bin\relink.exe" "%1"', f"wix-patch.xml: command {value!r}")
component = next(wix.iter("Component"), None)
refs = [r.get("Id") for r in wix.iter("ComponentRef")]
check(component is not None and component.get("Id") in refs,
      "wix-patch.xml: the scheme's component is not in the product's feature")
packaging = (root / "cmake/Packaging.cmake").read_text()
check('CPACK_WIX_PATCH_FILE "${PROJECT_SOURCE_DIR}/resources/windows/wix-patch.xml"' in packaging,
      "Packaging.cmake does not use the WiX patch")

# Windows, NSIS: the same keys, written on install and deleted on uninstall (as the values
# CPack reads back: \\\\ is one backslash, \\\" one quote).
nsis = packaging.replace("\\\\\\\\", "\\").replace('\\\\\\"', '"')
nsis = nsis.replace("${relink_scheme_key}", r"Software\Classes\relink")
for needed in [r"WriteRegStr HKCU 'Software\Classes\relink' 'URL Protocol' ''",
               r"""WriteRegStr HKCU 'Software\Classes\relink\shell\open\command' '' '"$INSTDIR\bin\relink.exe" "%1"'""",
               r"DeleteRegKey HKCU 'Software\Classes\relink'"]:
    check(needed in nsis, f"Packaging.cmake: no NSIS line {needed}")
check(re.search(r'set\(relink_scheme_key "Software\\\\\\\\Classes\\\\\\\\relink"\)', packaging)
      is not None, "Packaging.cmake: relink_scheme_key")

for failure in failures:
    print("url scheme:", failure, file=sys.stderr)
sys.exit(1 if failures else 0)
