#!/usr/bin/env python3
"""Rules of the source tree that a compiler does not check:

1. each folder of lib/src includes only its own headers and those of the stages below it, in the
   order lib/CMakeLists.txt lists them (common, definition, scoring, texts, input, output,
   analysis, pipeline, c_api, classroom);
2. no string literal in lib/src names a command-line flag ("--scale"): the library words its
   options through option_words, and cli/ names them as flags;
3. no source file of lib/ or cli/ is over 420 lines.

usage: source_rules.py REPO_ROOT
"""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
problems = []

listing = (root / "lib" / "CMakeLists.txt").read_text()
stages = list(dict.fromkeys(re.findall(r"src/([a-z_]+)/", listing)))
rank = {s: i for i, s in enumerate(stages)}
assert len(stages) >= 8, stages

literal = re.compile(r'"(?:[^"\\\n]|\\.)*"')
flag = re.compile(r"(?:^|[\s('\"`])--[a-z][a-z-]+")


def code_of(line):
    """The line without a // comment (outside string literals)."""
    out, i, in_string = [], 0, False
    while i < len(line):
        c = line[i]
        if in_string:
            if c == "\\":
                out.append(line[i:i + 2])
                i += 2
                continue
            in_string = c != '"'
        elif c == '"':
            in_string = True
        elif line.startswith("//", i):
            break
        out.append(c)
        i += 1
    return "".join(out)


for path in sorted((root / "lib" / "src").rglob("*.[ch]pp")):
    stage = path.relative_to(root / "lib" / "src").parts[0]
    for n, line in enumerate(path.read_text().splitlines(), 1):
        where = f"{path.relative_to(root)}:{n}"
        included = re.match(r'\s*#include "([a-z_]+)/', line)
        if included and included.group(1) in rank and rank[included.group(1)] > rank[stage]:
            problems.append(f"{where}: {stage}/ includes from {included.group(1)}/, a later stage")
        for text in literal.findall(code_of(line)):
            if flag.search(text[1:-1]):
                problems.append(f"{where}: a string names a command-line flag: {text}")

for folder in ("lib", "cli"):
    for path in sorted((root / folder).rglob("*.[ch]pp")):
        lines = len(path.read_text().splitlines())
        if lines > 420:
            problems.append(f"{path.relative_to(root)}: {lines} lines (at most about 400)")

print("\n".join(problems) or "source rules: layers, words and sizes as they should be")
sys.exit(1 if problems else 0)
