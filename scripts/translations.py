#!/usr/bin/env python3
"""Translations of the text catalogue and the remediation texts: check them, stamp them.

    scripts/translations.py check de          # what is missing, extra, stale or broken in German
    scripts/translations.py stamp de          # write the English hash above each new translation
    scripts/translations.py stamp de --refresh ID...   # after updating these translations

Every translated message carries, on the comment line right above it, the hash of the English
text it was translated from (`# en: 1a2b3c4d`); every translated remediation file carries it on
its first line (`<!-- en: 1a2b3c4d -->`). When the English changes, the hash no longer matches
and the translation is stale. `stamp` only adds hashes that are missing (and those named with
--refresh): stamping everything would hide stale translations.

The Rust tests (audit-core/src/text/tests.rs, findings/remediation.rs) check the same rules with
the same hash (FNV-1a, 32 bits, over the English block as defined in `blocks`); this script is
the translator's quick loop and needs only Python (and `pip install fluent.syntax` for `check`'s
syntax pass, skipped when it is missing).
"""

import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
TEXT = ROOT / "assets" / "text"
REMEDIATION = ROOT / "assets" / "remediation"
ID_LINE = re.compile(r"^([A-Za-z][A-Za-z0-9_-]*)\s*=")
STAMP = re.compile(r"^# en: ([0-9a-f]{8})\s*$")
MD_STAMP = re.compile(r"^<!-- en: ([0-9a-f]{8}) -->\s*$")
VARIABLE = re.compile(r"\{\s*\$([A-Za-z0-9_-]+)")
SECTIONS = ["why", "installer", "homeowner", "verify", "ask"]


def fnv1a32(text: str) -> str:
    h = 0x811C9DC5
    for b in text.encode("utf-8"):
        h ^= b
        h = (h * 0x01000193) & 0xFFFFFFFF
    return f"{h:08x}"


def blocks(source: str):
    """(id, block text, line index of the id line) for every message: the id line and the
    indented lines after it, each without trailing spaces, blank lines left out."""
    lines = source.split("\n")
    out = []
    i = 0
    while i < len(lines):
        m = ID_LINE.match(lines[i])
        if not m:
            i += 1
            continue
        start = i
        body = [lines[i].rstrip()]
        i += 1
        while i < len(lines) and (lines[i].startswith(" ") or lines[i].strip() == ""):
            if lines[i].strip():
                body.append(lines[i].rstrip())
            i += 1
        out.append((m.group(1), "\n".join(body), start))
    return out


def md_hash(source: str) -> str:
    lines = [l.rstrip() for l in source.replace("\r\n", "\n").split("\n")]
    return fnv1a32("\n".join(lines).strip())


def ftl_pairs(lang):
    for en in sorted((TEXT / "en").glob("*.ftl")):
        yield en, TEXT / lang / en.name


def md_pairs(lang):
    for en in sorted((REMEDIATION / "en").glob("*.md")):
        yield en, REMEDIATION / lang / en.name


def check(lang: str) -> int:
    problems = []
    try:
        from fluent.syntax import parse as fluent_parse
        from fluent.syntax import ast as fluent_ast
    except ImportError:
        fluent_parse = None
        print("(fluent.syntax not installed: syntax pass skipped)")
    for en, tr in ftl_pairs(lang):
        rel = tr.relative_to(ROOT)
        if not tr.exists():
            problems.append(f"{rel}: missing file")
            continue
        en_blocks = {i: b for i, b, _ in blocks(en.read_text())}
        tr_source = tr.read_text()
        tr_lines = tr_source.split("\n")
        seen = set()
        for mid, block, at in blocks(tr_source):
            if mid in seen:
                problems.append(f"{rel}: {mid} twice")
            seen.add(mid)
            if mid not in en_blocks:
                problems.append(f"{rel}: {mid} is not in en/{en.name}")
                continue
            want = set(VARIABLE.findall(en_blocks[mid]))
            got = set(VARIABLE.findall(block))
            if want != got:
                problems.append(f"{rel}: {mid} placeholders {sorted(got)}, English has {sorted(want)}")
            stamp = STAMP.match(tr_lines[at - 1]) if at > 0 else None
            if not stamp:
                problems.append(f"{rel}: {mid} has no '# en: HASH' line above it (stamp it)")
            elif stamp.group(1) != fnv1a32(en_blocks[mid]):
                problems.append(f"{rel}: {mid} is stale (translated from an older English text)")
        for mid in en_blocks:
            if mid not in seen:
                problems.append(f"{rel}: {mid} missing")
        if fluent_parse:
            res = fluent_parse(tr_source)
            for entry in res.body:
                if isinstance(entry, fluent_ast.Junk):
                    first = entry.content.strip().split("\n")[0]
                    problems.append(f"{rel}: syntax error near: {first[:80]}")
    for en, tr in md_pairs(lang):
        rel = tr.relative_to(ROOT)
        if not tr.exists():
            problems.append(f"{rel}: missing file")
            continue
        text = tr.read_text()
        first = text.split("\n", 1)[0]
        stamp = MD_STAMP.match(first)
        if not stamp:
            problems.append(f"{rel}: first line is not '<!-- en: HASH -->' (stamp it)")
        elif stamp.group(1) != md_hash(en.read_text()):
            problems.append(f"{rel}: stale (translated from an older English text)")
        markers = re.findall(r"^## .*\{#([a-z]+)\}\s*$", text, flags=re.M)
        if markers != SECTIONS:
            problems.append(f"{rel}: section markers {markers}, want {SECTIONS}")
        if not re.search(r"^# \S", text, flags=re.M):
            problems.append(f"{rel}: no '# Title' line")
    for p in problems:
        print(p)
    print(f"{lang}: {len(problems)} problem(s)")
    return 1 if problems else 0


def stamp(lang: str, refresh: set) -> int:
    changed = 0
    for en, tr in ftl_pairs(lang):
        if not tr.exists():
            continue
        en_blocks = {i: b for i, b, _ in blocks(en.read_text())}
        lines = tr.read_text().split("\n")
        # Walk from the end so inserted lines do not move the ones still to visit.
        for mid, _, at in reversed(blocks("\n".join(lines))):
            if mid not in en_blocks:
                continue
            want = f"# en: {fnv1a32(en_blocks[mid])}"
            has = at > 0 and STAMP.match(lines[at - 1])
            if has and mid in refresh:
                lines[at - 1] = want
                changed += 1
            elif not has:
                lines.insert(at, want)
                changed += 1
        tr.write_text("\n".join(lines))
    for en, tr in md_pairs(lang):
        if not tr.exists():
            continue
        text = tr.read_text()
        want = f"<!-- en: {md_hash(en.read_text())} -->"
        first, _, rest = text.partition("\n")
        if MD_STAMP.match(first):
            if en.stem in refresh:
                text = want + "\n" + rest
                changed += 1
        else:
            text = want + "\n" + text
            changed += 1
        tr.write_text(text)
    print(f"{lang}: {changed} stamp(s) written")
    return 0


def main(argv) -> int:
    if len(argv) < 3 or argv[1] not in ("check", "stamp"):
        print(__doc__)
        return 2
    lang = argv[2]
    if argv[1] == "check":
        return check(lang)
    refresh = set(argv[4:]) if len(argv) > 3 and argv[3] == "--refresh" else set()
    return stamp(lang, refresh)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
