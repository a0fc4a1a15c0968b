#!/usr/bin/env python3
"""The rules of the house that a compiler does not check (ARCHITECTURE.md):
core/ outside core/render uses no binary floating point (double, float, qreal) and
includes no GUI header; ui/ never runs SQL itself."""
import re
import sys
from pathlib import Path

root = Path(sys.argv[1])
problems = []


def code_lines(path):
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"/\*.*?\*/", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
    for number, line in enumerate(text.splitlines(), 1):
        line = re.sub(r'"(?:\\.|[^"\\])*"', '""', line)  # string literals
        yield number, line.split("//", 1)[0]


for path in sorted((root / "core").rglob("*")):
    if path.suffix not in (".h", ".cpp") or "render" in path.relative_to(root / "core").parts:
        continue
    for number, line in code_lines(path):
        if re.search(r"\b(double|float|qreal)\b", line):
            problems.append(f"{path.relative_to(root)}:{number}: floating point in core: {line.strip()}")
        if re.search(r"#\s*include\s*<Qt(Gui|Widgets|PrintSupport|Svg)|#\s*include\s*<Q(Image|Pixmap|Painter|Widget|Font|Color)\b", line):
            problems.append(f"{path.relative_to(root)}:{number}: GUI header in core: {line.strip()}")

for path in sorted((root / "ui").rglob("*")):
    if path.suffix not in (".h", ".cpp"):
        continue
    for number, line in code_lines(path):
        if re.search(r"\bQSql(Query|Database)\b|\bSql\s*\(|storage/database\.h.*Sql\b", line):
            problems.append(f"{path.relative_to(root)}:{number}: SQL in ui: {line.strip()}")

for p in problems:
    print(p)
print(f"{len(problems)} problem(s)")
sys.exit(1 if problems else 0)
