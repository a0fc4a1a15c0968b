#!/usr/bin/env python3
"""Writes bursar(1) from the program's own --help text, so the manual never says other
than the program. Usage: make-manpage.py BURSAR_EXECUTABLE OUTPUT.1 VERSION

The default database path in --help depends on the user; the page shows it as
~/.local/share/bursar/bursar.sqlite."""
import os
import re
import subprocess
import sys

exe, out_path, version = sys.argv[1:4]
env = dict(os.environ, LC_ALL="C", LANGUAGE="", QT_QPA_PLATFORM="offscreen",
           XDG_DATA_HOME="/XDG-DATA-HOME", HOME="/XDG-HOME")
text = subprocess.run([exe, "--help"], env=env, check=True, capture_output=True, text=True).stdout
text = text.replace("/XDG-DATA-HOME", "~/.local/share")


def roff(s):
    """Text as roff shows it: backslashes and minus signs escaped, no line starting with a control character."""
    s = s.replace("\\", "\\e").replace("-", "\\-")
    return "\\&" + s if s.startswith((".", "'")) else s


def entries(lines):
    """"  synopsis   description" lines, continuation lines joined to the entry above."""
    items = []
    for line in lines:
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip())
        body = line.strip()
        if items and indent > 2:
            items[-1][0].append(body)
            continue
        items.append([[body]])
    result = []
    for parts in items:
        joined = " ".join(parts[0])
        m = re.match(r"^(.*?\S)\s{3,}(\S.*)$", joined)
        result.append((m.group(1), m.group(2)) if m else (joined, ""))
    return result


sections = re.split(r"\n(?=[A-Z][a-z ]+:\n)", text.strip())
intro, options, commands, tail = [], [], [], []
for s in sections:
    head, _, body = s.partition("\n")
    if head == "Global options:":
        options = entries(body.split("\n"))
    elif head == "Commands:":
        body, _, rest = body.partition("\n\n")
        commands = entries(body.split("\n"))
        tail.append(rest)
    else:
        intro.append(s)

page = [
    '.TH BURSAR 1 "" "bursar %s" "User Commands"' % version,
    ".SH NAME",
    "bursar \\- billing back office for cloud distributors and resellers",
    ".SH SYNOPSIS",
    ".B bursar",
    "[\\fB\\-\\-database\\fR \\fIPATH\\fR|\\fIpostgresql://URL\\fR] [\\fB\\-\\-user\\fR \\fINAME\\fR] "
    "[\\fICOMMAND\\fR [\\fIARGS\\fR...]]",
    ".SH DESCRIPTION",
]
for paragraph in "\n".join(intro).split("\n\n")[1:]:
    page += [".PP", roff(paragraph.strip())]
page.append(".PP")
page.append("Every command takes \\fB\\-\\-help\\fR for its own options.")
page.append(".SH OPTIONS")
for synopsis, description in options:
    page += [".TP", "\\fB%s\\fR" % roff(synopsis), roff(description)]
page.append(".SH COMMANDS")
for synopsis, description in commands:
    page += [".TP", roff(synopsis), roff(description) if description else "\\&"]
page.append(".SH EXIT STATUS")
for paragraph in "\n".join(tail).strip().split("\n\n"):
    page += [".PP", roff(paragraph.strip())]
page += [
    ".SH FILES",
    ".TP",
    "~/.local/share/bursar/bursar.sqlite",
    "The database when no \\fB\\-\\-database\\fR is given.",
    ".SH ENVIRONMENT",
    ".TP",
    ".B PGPASSWORD",
    "The password of a PostgreSQL database, as libpq reads it (or \\fI~/.pgpass\\fR).",
    ".SH SEE ALSO",
    ".BR pg_dump (1),",
    ".BR sqlite3 (1)",
    "",
]
with open(out_path, "w", encoding="utf-8") as f:
    f.write("\n".join(page))
