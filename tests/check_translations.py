#!/usr/bin/env python3
"""Fails when a translation is not complete: runs lupdate over the sources into a copy of
each .ts file, then checks every message is finished, non-empty and keeps its placeholders."""
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

lupdate, source_dir, *ts_files = sys.argv[1:]
problems = []
for ts in ts_files:
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / Path(ts).name
        shutil.copy(ts, copy)
        subprocess.run([lupdate, "-no-obsolete", "-locations", "none", "-I", ".", "core", "render", "notify", "app", "ui", "api", "-ts", str(copy)],
                       cwd=source_dir, check=True, capture_output=True)
        root = ET.parse(copy).getroot()
        count = 0
        for m in root.iter("message"):
            count += 1
            src = m.find("source").text or ""
            tr = m.find("translation")
            # Plural messages (%n) keep one <numerusform> per plural form.
            forms = tr.findall("numerusform")
            text = " ".join(f.text or "" for f in forms) if forms else (tr.text or "")
            if forms and any(not (f.text or "").strip() for f in forms):
                problems.append(f"{Path(ts).name}: a plural form is empty: {src!r}")
            if tr.get("type") in ("unfinished", "vanished", "obsolete") or not text.strip():
                problems.append(f"{Path(ts).name}: not translated: {src!r}")
                continue
            for form in ([f.text or "" for f in forms] if forms else [text]):
                if sorted(re.findall(r"%\d", src)) != sorted(re.findall(r"%\d", form)):
                    problems.append(f"{Path(ts).name}: placeholders differ: {src!r} -> {form!r}")
        print(f"{Path(ts).name}: {count} messages checked")
for p in problems:
    print(p)
sys.exit(1 if problems else 0)
