#!/usr/bin/env python3
"""No line of `info` or of a report is wider than 80 columns when standard output is not a
terminal (COLUMNS unset): for every built-in instrument, in English and Spanish.

usage: line_width.py ATTACHSCORE
"""
import os
import subprocess
import sys

exe = sys.argv[1]
env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
listing = subprocess.run([exe, "list"], capture_output=True, text=True, env=env).stdout
ids = [line.split()[0] for line in listing.splitlines()[1:] if line.strip()]
# Answers per instrument: one count from `info` ("Items: 36 rated" or "9 rated … × 4 targets").
failures = 0
for inst in ids:
    outputs = {"info": subprocess.run([exe, "info", inst], capture_output=True, text=True, env=env).stdout}
    for lang in ("en", "es"):
        for value in ("1", "3", "5"):
            n = 1
            while True:  # the number of answers the instrument wants, as --answers says
                run = subprocess.run([exe, "score", inst, "--answers", ",".join([value] * n),
                                      "--lang", lang],
                                     capture_output=True, text=True, env=env)
                if "needs" not in run.stderr or n > 400:
                    break
                n = int(run.stderr.split("needs ")[1].split(",")[0])
            outputs[f"report {lang} {value}"] = run.stdout
    for what, text in outputs.items():
        wide = [line for line in text.splitlines() if len(line) > 80]
        if wide:
            failures += 1
            print(f"FAIL {inst} {what}: {len(wide)} lines over 80, e.g. {wide[0]!r}")
print(f"{len(ids)} instruments checked, {failures} outputs with lines over 80")
sys.exit(1 if failures or not ids else 0)
