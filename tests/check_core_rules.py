#!/usr/bin/env python3
"""The rules of the house that a compiler does not check (docs/ARCHITECTURE.md):
- core/ uses no binary floating point (double, float, qreal) and includes no GUI header;
- every floor includes only its own floor and the floors below it, by the path from the
  project root ("core/...", "render/...", "ui/...");
- ui/, render/ and app/ never name SQL (Qt's QSql classes, core's internal storage helpers)."""
import re
import sys
from pathlib import Path

root = Path(sys.argv[1])
problems = []

# What each floor may include of the project's own headers.
FLOORS = {
    "core": ("core/",),
    "render": ("core/", "render/"),
    "ui": ("core/", "render/", "ui/"),
    "app": ("core/", "render/", "ui/", "app/"),
}


def code_lines(path):
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"/\*.*?\*/", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
    for number, line in enumerate(text.splitlines(), 1):
        include = re.match(r'\s*#\s*include\s*"([^"]+)"', line)
        line = re.sub(r'"(?:\\.|[^"\\])*"', '""', line)  # string literals
        yield number, line.split("//", 1)[0], include.group(1) if include else None


def sources(floor):
    for path in sorted((root / floor).rglob("*")):
        if path.suffix in (".h", ".cpp"):
            yield path


for floor, allowed in FLOORS.items():
    for path in sources(floor):
        where = path.relative_to(root)
        for number, line, include in code_lines(path):
            if include is not None and not include.endswith(".moc") and not include.startswith(allowed):
                problems.append(f"{where}:{number}: {floor} may include only {', '.join(allowed)}: \"{include}\"")
            if floor == "core":
                if re.search(r"\b(double|float|qreal)\b", line):
                    problems.append(f"{where}:{number}: floating point in core: {line.strip()}")
                if re.search(r"#\s*include\s*<Qt(Gui|Widgets|PrintSupport|Svg)|#\s*include\s*<Q(Image|Pixmap|Painter|Widget|Font|Color)\b", line):
                    problems.append(f"{where}:{number}: GUI header in core: {line.strip()}")
            else:
                if re.search(r"\bQSql\w*|\bQtSql\b|\bSql\s*\(|\bBulkInsert\b|core/storage/internal/", line) or (
                        include or "").startswith("core/storage/internal/"):
                    problems.append(f"{where}:{number}: SQL outside core: {line.strip() or include}")

for p in problems:
    print(p)
print(f"{len(problems)} problem(s)")
sys.exit(1 if problems else 0)
