#!/usr/bin/env python3
"""Lists the Rust crates compiled into bas-audit with their licences and licence texts.

Usage: third-party-licenses.py TARGET_TRIPLE OUT_FILE

Reads `cargo metadata` (Cargo.lock, --locked) for the given target, walks the normal (not build,
not dev) dependencies of the bas-audit package, and writes, for each crate, its name, version,
licence expression and repository, then every licence/notice/copyright file in its source
directory. Identical texts are written once and referred to by number, which keeps the file short
(most crates share the same Apache-2.0 text). The packages ship it beside the binary: the MIT and
BSD licences require the notices to travel with binary copies.

Fails (exit 1) when a crate has neither a licence expression nor a licence file, so a new
dependency without a licence cannot slip into a package unnoticed.
"""

import hashlib
import json
import os
import re
import subprocess
import sys

ROOT_PACKAGE = "bas-audit"
# File names that hold licence, notice or copyright texts.
LICENCE_FILE = re.compile(r"^(LICEN[CS]E|COPYING|COPYRIGHT|NOTICE|UNLICENSE|AUTHORS)", re.I)
# Licences whose terms ask for no notice to travel with copies: a crate that may be used under
# one of them and ships no licence file needs no text in the list.
NO_NOTICE = ("0BSD", "CC0-1.0", "Unlicense")


def offers(expression, spdx):
    """Whether the licence expression names `spdx` as a whole identifier (`MIT OR Apache-2.0`,
    the old `Apache-2.0/MIT`, `(MIT)`)."""
    return re.search(rf"(^|[ (/]){re.escape(spdx)}($|[ )/])", expression) is not None


def alternatives(expression):
    """The choices of an expression made only of OR (or the old `/`); None when it has AND or
    WITH, whose parts all apply."""
    if re.search(r"\b(AND|WITH)\b", expression):
        return None
    return [a.strip(" ()") for a in re.split(r"\s+OR\s+|/", expression)]


def metadata(target):
    out = subprocess.run(
        ["cargo", "metadata", "--locked", "--format-version", "1", "--filter-platform", target],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(out)


def shipped_packages(meta):
    """Package ids reachable from bas-audit through normal dependencies."""
    nodes = {n["id"]: n for n in meta["resolve"]["nodes"]}
    root = next(p["id"] for p in meta["packages"] if p["name"] == ROOT_PACKAGE)
    seen, todo = set(), [root]
    while todo:
        pid = todo.pop()
        if pid in seen:
            continue
        seen.add(pid)
        for dep in nodes[pid]["deps"]:
            if any(k["kind"] is None for k in dep["dep_kinds"]):
                todo.append(dep["pkg"])
    return seen


def licence_files(manifest_path):
    crate_dir = os.path.dirname(manifest_path)
    found = []
    for name in sorted(os.listdir(crate_dir)):
        path = os.path.join(crate_dir, name)
        if LICENCE_FILE.match(name) and os.path.isfile(path):
            found.append(path)
    # Some crates keep their licences in a licenses/ folder; font crates beside the fonts.
    for sub in ("licenses", "LICENSES", "license", "fonts"):
        d = os.path.join(crate_dir, sub)
        if os.path.isdir(d):
            found.extend(
                os.path.join(d, n)
                for n in sorted(os.listdir(d))
                if sub != "fonts" or n.endswith(".txt")
            )
    return found


def standard_text(spdx):
    """The repository's own copy of a standard licence text, without its copyright line."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    name = {"MIT": "LICENSE-MIT", "Apache-2.0": "LICENSE-APACHE"}[spdx]
    with open(os.path.join(root, name), encoding="utf-8") as f:
        lines = f.read().strip().split("\n")
    return "\n".join(l for l in lines if not l.startswith("Copyright (c)"))


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    target, out_path = sys.argv[1], sys.argv[2]
    meta = metadata(target)
    ids = shipped_packages(meta)
    packages = sorted(
        (p for p in meta["packages"] if p["id"] in ids and p["source"] is not None),
        key=lambda p: (p["name"], p["version"]),
    )
    texts = {}  # sha256 -> (number, text)
    entries = []
    missing = []
    for p in packages:
        files = []
        for path in licence_files(p["manifest_path"]):
            with open(path, encoding="utf-8", errors="replace") as f:
                text = f.read().strip()
            digest = hashlib.sha256(text.encode()).hexdigest()
            if digest not in texts:
                texts[digest] = (len(texts) + 1, text)
            files.append((os.path.basename(path), texts[digest][0]))
        if not p.get("license") and not files:
            missing.append(f"{p['name']} {p['version']}")
        if not files:
            # The crate ships no licence file: point to the standard texts below.
            expression = p.get("license") or ""
            for spdx in ("MIT", "Apache-2.0"):
                if offers(expression, spdx):
                    text = standard_text(spdx)
                    digest = hashlib.sha256(text.encode()).hexdigest()
                    if digest not in texts:
                        texts[digest] = (len(texts) + 1, text)
                    files.append((f"standard {spdx} text", texts[digest][0]))
            choices = alternatives(expression) or []
            no_notice = next((c for c in choices if c in NO_NOTICE), None)
            if not files and no_notice:
                files.append((f"no licence file; under {no_notice}, which asks for none", None))
            if not files:
                missing.append(f"{p['name']} {p['version']} (licence {p.get('license')})")
        entries.append((p, files))
    if missing:
        sys.exit("no licence found for: " + ", ".join(missing))

    with open(out_path, "w", encoding="utf-8") as out:
        out.write(
            "Rust crates compiled into bas-audit for "
            f"{target}: {len(entries)} crates.\n"
            "Generated from Cargo.lock by installers/third-party-licenses.py.\n"
            "Each crate lists its licence expression and the licence files it ships;\n"
            "the texts follow once each, numbered, after the list.\n\n"
        )
        for p, files in entries:
            out.write(f"{p['name']} {p['version']}\n")
            out.write(f"  licence: {p.get('license') or '(see files)'}\n")
            if p.get("authors"):
                out.write(f"  authors: {', '.join(p['authors'])}\n")
            if p.get("repository"):
                out.write(f"  source: {p['repository']}\n")
            for name, number in files:
                out.write(f"  {name}: text [{number}]\n" if number else f"  {name}\n")
            out.write("\n")
        for number, text in sorted(texts.values()):
            out.write(f"==== [{number}] " + "=" * 60 + "\n\n{text}\n\n".format(text=text))
    print(f"{out_path}: {len(entries)} crates, {len(texts)} distinct licence texts")


if __name__ == "__main__":
    main()
