#!/usr/bin/env python3
"""The rules of the house that a compiler does not check (docs/ARCHITECTURE.md):
- core/ uses no binary floating point (double, float, qreal) and includes no GUI header;
- every floor includes only its own floor and the floors below it, by the path from the
  project root ("core/...", "render/...", "ui/...");
- ui/, render/ and app/ never name SQL (Qt's QSql classes, core's internal storage helpers);
- core names no table with its schema outside core/storage (the scope's views, scope.h);
- no source file over 600 lines and no function body over 120 in core, render, ui and app."""
import re
import sys
from pathlib import Path

root = Path(sys.argv[1])
problems = []

# What each floor may include of the project's own headers.
FLOORS = {
    "core": ("core/",),
    "render": ("core/", "render/"),
    "notify": ("core/", "notify/"),
    "ui": ("core/", "render/", "notify/", "ui/"),
    "api": ("core/", "render/", "api/"),
    "app": ("core/", "render/", "notify/", "ui/", "api/", "app/"),
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

# A scoped connection reads every customer's table through a temporary view of the same
# name (core/storage/scope.h); a query that names the schema (main.customers,
# public.statements) would step around the scope. Only core/storage may.
for path in sources("core"):
    where = path.relative_to(root)
    if where.parts[1] == "storage":
        continue
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        for literal in re.findall(r'"(?:\\.|[^"\\])*"', line):
            if re.search(r"\b(main|public|temp|pg_temp)\.[a-z_]+\b", literal):
                problems.append(f"{where}:{number}: a table named with its schema steps around the user's scope: {literal}")

MaxFileLines = 600
MaxFunctionLines = 120


def blank_out(text):
    """The text with comments, string and character literals and preprocessor lines blanked
    (line breaks kept), so braces are code's."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i)); i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j])); i = j
        elif c == '"' and text.startswith('R"', i - 1) and i > 0:
            m = re.match(r'"([^(]*)\(', text[i:])
            end = text.find(")" + m.group(1) + '"', i) if m else -1
            j = n if end < 0 else end + len(m.group(1)) + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j])); i = j
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            out.append(" " * (j + 1 - i)); i = j + 1
        elif c == "#" and (i == 0 or text[i - 1] == "\n"):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i)); i = j
        else:
            out.append(c); i += 1
    return "".join(out)


def long_functions(text):
    """(first line, lines) of every function body over MaxFunctionLines: a body is a brace
    block whose head (the code since the last ;, { or } outside any function) has a ')';
    blocks inside it, lambdas included, count as its lines."""
    code = blank_out(text)
    stack = []  # "scope", "function" or "block"
    starts = []
    head_start = 0
    line = 1
    for i, c in enumerate(code):
        if c == "\n":
            line += 1
        elif c == "{":
            inside = any(k == "function" for k in stack)
            head = code[head_start:i]
            if inside:
                stack.append("block")
            elif re.search(r"\b(namespace|class|struct|union|enum)\b", head.split("(")[0]):
                stack.append("scope")
            elif ")" in head and not head.rstrip().endswith("="):
                stack.append("function")
                starts.append(line)
            else:
                stack.append("block")
            head_start = i + 1
        elif c == "}":
            kind = stack.pop() if stack else "scope"
            if kind == "function":
                first = starts.pop()
                if line - first + 1 > MaxFunctionLines:
                    yield first, line - first + 1
            if not any(k == "function" for k in stack):
                head_start = i + 1
        elif c == ";" and not any(k == "function" for k in stack):
            head_start = i + 1


for floor in FLOORS:
    for path in sources(floor):
        where = path.relative_to(root)
        text = path.read_text(encoding="utf-8")
        lines = text.count("\n") + (0 if text.endswith("\n") else 1)
        if lines > MaxFileLines:
            problems.append(f"{where}: {lines} lines; a source file has at most {MaxFileLines}: split it by what it does")
        for first, size in long_functions(text):
            problems.append(f"{where}:{first}: a function of {size} lines; at most {MaxFunctionLines}: give its steps names")

for p in problems:
    print(p)
print(f"{len(problems)} problem(s)")
sys.exit(1 if problems else 0)
