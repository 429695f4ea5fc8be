#!/usr/bin/env python3
"""Checks, on Linux, the packaging files that only Windows and macOS can build or run.

What it can check here (and what .ci/run runs on every change):
  - installers/windows/bas-audit.wxs: well-formed XML in the WiX v4 namespace; the UpgradeCode is
    a GUID; every file it takes from the repository exists; when WIX_XSD names WiX's wix.xsd
    (src/xsd4/wix.xsd of the wixtoolset/web repository) and the xmlschema module is installed,
    the file, with its preprocessor variables filled in, is valid against that schema;
  - installers/macos/Info.plist: a valid property list (plistlib) once @VERSION@ is filled in,
    naming the executable, the icon file that exists, and a bundle id;
  - the .ico and .icns are what their names say; the icons exist in every hicolor size;
  - .github/workflows/release.yml: valid YAML with the four jobs, each with steps.
It cannot build the MSI, run WiX's ICE validation, sign or notarise: installers/README.md.
"""

import os
import plistlib
import re
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WIX_NS = "{http://wixtoolset.org/schemas/v4/wxs}"
GUID = re.compile(r"^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$")
HICOLOR = (16, 22, 24, 32, 48, 64, 128, 256, 512)
problems = []


def check(ok, message):
    if not ok:
        problems.append(message)


def path(*parts):
    return os.path.join(ROOT, *parts)


def wxs():
    name = "installers/windows/bas-audit.wxs"
    text = open(path(name), encoding="utf-8").read()
    root = ET.fromstring(text.encode())
    check(root.tag == WIX_NS + "Wix", f"{name}: root is {root.tag}, not the WiX v4 <Wix>")
    defines = dict(re.findall(r'<\?define (\w+) = "([^"]*)" \?>', text))
    check(bool(GUID.match(defines.get("UpgradeCode", ""))), f"{name}: UpgradeCode is not a GUID")
    package = root.find(WIX_NS + "Package")
    check(package is not None and package.get("Scope") == "perMachine", f"{name}: not per-machine")
    shortcuts = [s for s in root.iter(WIX_NS + "Shortcut") if s.get("Directory") == "ProgramMenuFolder"]
    check(len(shortcuts) == 1, f"{name}: expected one Start-menu shortcut")
    check(root.find(f".//{WIX_NS}Property[@Id='ARPPRODUCTICON']") is not None, f"{name}: no ARP icon")
    check(root.find(WIX_NS + "Package/" + WIX_NS + "MajorUpgrade") is not None, f"{name}: no MajorUpgrade")
    # Files from the repository ($(var.RepoDir)) must exist; BinDir files come from the build.
    for element in list(root.iter(WIX_NS + "File")) + list(root.iter(WIX_NS + "Icon")):
        source = element.get("Source") or element.get("SourceFile") or ""
        if source.startswith("$(var.RepoDir)"):
            rel = source[len("$(var.RepoDir)"):].lstrip("\\/").replace("\\", "/")
            check(os.path.isfile(path(rel)), f"{name}: {rel} does not exist")
    xsd = os.environ.get("WIX_XSD")
    if xsd:
        import xmlschema  # only when asked: pip install xmlschema

        values = {"Version": "0.1.0", "BinDir": "target\\dist", "RepoDir": ".", **defines}
        filled = re.sub(r"\$\(var\.(\w+)\)", lambda m: values[m.group(1)], text)
        errors = list(xmlschema.XMLSchema(xsd).iter_errors(filled))
        for e in errors:
            problems.append(f"{name}: schema: {e.reason} at {e.path}")
        print(f"{name}: checked against {xsd}: {len(errors)} schema error(s)")


def plist():
    name = "installers/macos/Info.plist"
    data = open(path(name), "rb").read().replace(b"@VERSION@", b"0.1.0")
    info = plistlib.loads(data)
    check(info.get("CFBundleExecutable") == "bas-audit", f"{name}: CFBundleExecutable")
    check(info.get("CFBundlePackageType") == "APPL", f"{name}: CFBundlePackageType")
    icon = info.get("CFBundleIconFile", "")
    check(os.path.isfile(path("installers/macos", icon + ".icns")), f"{name}: icon {icon}.icns missing")
    check(re.match(r"^[A-Za-z0-9.-]+$", info.get("CFBundleIdentifier", "")) is not None,
          f"{name}: CFBundleIdentifier may hold only letters, digits, '.' and '-'")
    check("NSLocalNetworkUsageDescription" in info, f"{name}: no local-network reason")


def icons():
    ico = open(path("installers/windows/bas-audit.ico"), "rb").read(6)
    check(ico[:4] == b"\0\0\1\0", "bas-audit.ico is not an icon file")
    icns = open(path("installers/macos/bas-audit.icns"), "rb").read(4)
    check(icns == b"icns", "bas-audit.icns is not an icns file")
    for n in HICOLOR:
        png = path(f"assets/icons/hicolor/{n}x{n}/bas-audit.png")
        check(os.path.isfile(png) and open(png, "rb").read(8) == b"\x89PNG\r\n\x1a\n",
              f"{png}: missing or not a PNG")


def workflow():
    import yaml  # python3-yaml

    name = ".github/workflows/release.yml"
    wf = yaml.safe_load(open(path(name), encoding="utf-8"))
    jobs = wf.get("jobs", {})
    check(set(jobs) == {"linux", "windows", "macos", "release"}, f"{name}: jobs are {sorted(jobs)}")
    for job_name, job in jobs.items():
        check(bool(job.get("steps")), f"{name}: job {job_name} has no steps")
    check(jobs.get("release", {}).get("needs") == ["linux", "windows", "macos"],
          f"{name}: the release job must wait for all three builds")


def main():
    for f in (wxs, plist, icons, workflow):
        f()
    for p in problems:
        print("PROBLEM:", p)
    print(f"check-definitions: {len(problems)} problem(s)")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
