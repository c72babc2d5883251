#!/usr/bin/env python3
"""Runs what the README, docs/ and the examples' READMEs show, so that they cannot go stale:

- every fenced block whose lines start with "$ " is a terminal session: each command runs (bash,
  in a scratch folder that sees the project's examples/, tests/, instruments/ and docs/, with the
  built attachscore first on PATH) and what it prints, standard output and error together, must
  equal the lines below it up to the next "$ ";
- the JSON block under a heading "A complete example" must pass `attachscore validate`;
- a block whose info string names a file (```cpp file=examples/score_rows.cpp) must be that
  file, word for word: the examples themselves are compiled and run by CTest.

usage: check_docs.py ATTACHSCORE PROJECT_DIR
"""
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

attachscore, project = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
pages = ([project / "README.md"] + sorted((project / "docs").glob("*.md")) +
         sorted((project / "examples").glob("*/README.md")))
env = dict(os.environ, PATH=f"{attachscore.parent}{os.pathsep}{os.environ['PATH']}")
failures = checked = 0


def blocks(text):
    """(heading above, info string, lines) of every fenced block."""
    heading = ""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        if lines[i].startswith("#"):
            heading = lines[i]
        m = re.match(r"^```(\S*(?: file=\S+)?)\s*$", lines[i])
        if m:
            j = i + 1
            while j < len(lines) and not lines[j].startswith("```"):
                j += 1
            yield heading, m.group(1), lines[i + 1:j]
            i = j
        i += 1


def session(page, lines):
    global failures, checked
    with tempfile.TemporaryDirectory() as tmp:
        for name in ("examples", "tests", "instruments", "docs"):
            os.symlink(project / name, Path(tmp) / name)
        k = 0
        while k < len(lines):
            command = lines[k][2:]
            k += 1
            expected = []
            while k < len(lines) and not lines[k].startswith("$ "):
                expected.append(lines[k])
                k += 1
            run = subprocess.run(["bash", "-c", command], cwd=tmp, env=env, text=True,
                                 stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            got = run.stdout.rstrip("\n").split("\n") if run.stdout.strip() else []
            want = expected
            while want and not want[-1].strip():
                want = want[:-1]
            checked += 1
            if got != want:
                failures += 1
                print(f"FAIL {page.name}: $ {command}\n--- shown\n" + "\n".join(want) +
                      "\n--- printed\n" + "\n".join(got) + "\n---")
            else:
                print(f"ok   {page.name}: $ {command}")


for page in pages:
    for heading, info, lines in blocks(page.read_text()):
        if lines and lines[0].startswith("$ "):
            session(page, lines)
        elif " file=" in info:
            name = info.split(" file=")[1]
            ok = (project / name).read_text().rstrip("\n").split("\n") == lines
            checked += 1
            failures += not ok
            print(f"{'ok  ' if ok else 'FAIL'} {page.name}: the block is {name}"
                  + ("" if ok else " no longer: copy the file into the page again"))
        elif info == "json" and "complete example" in heading.lower():
            with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
                f.write("\n".join(lines))
            run = subprocess.run([str(attachscore), "validate", f.name], capture_output=True, text=True)
            os.unlink(f.name)
            checked += 1
            ok = run.returncode == 0
            failures += not ok
            print(f"{'ok  ' if ok else 'FAIL'} {page.name}: the complete example validates"
                  + ("" if ok else "\n" + run.stdout + run.stderr))
print(f"{checked - failures} passed, {failures} failed")
sys.exit(1 if failures or not checked else 0)
