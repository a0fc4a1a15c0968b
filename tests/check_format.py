#!/usr/bin/env python3
"""Fails when a source file is not as clang-format (.clang-format at the root) writes it:
the format was applied once to the whole tree and is kept. Usage: check_format.py
CLANG_FORMAT SOURCE_DIR. Fix with: clang-format -i FILE (or packaging/dev.sh format)."""
import subprocess
import sys
from pathlib import Path

clang_format, root = sys.argv[1], Path(sys.argv[2])
files = [p for d in ("core", "render", "ui", "app", "tests") for p in sorted((root / d).rglob("*"))
         if p.suffix in (".h", ".cpp") and "corpus" not in p.parts]
bad = []
for chunk in range(0, len(files), 50):
    batch = files[chunk:chunk + 50]
    run = subprocess.run([clang_format, "--dry-run", "--Werror", "--style=file"] + [str(p) for p in batch],
                         cwd=root, capture_output=True, text=True)
    if run.returncode != 0:
        for line in run.stderr.splitlines():
            if ": error:" in line:
                bad.append(line.split(":", 1)[0])
for f in sorted(set(bad)):
    print(f"{Path(f).relative_to(root)}: not formatted (clang-format -i {Path(f).relative_to(root)})")
print(f"{len(files)} files checked, {len(set(bad))} not formatted")
sys.exit(1 if bad else 0)
