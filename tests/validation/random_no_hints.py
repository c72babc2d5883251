#!/usr/bin/env python3
"""Hints must not fire on noise: N uniformly random ECR-R respondents (answers 1-7, a fixed seed)
are scored without a single hint and without a stop — no item "runs against" its score when
every item-rest correlation is zero but for chance, and all seven answers occur.

usage: random_no_hints.py ATTACHSCORE N
"""
import os
import random
import subprocess
import sys
import tempfile

attachscore, n = sys.argv[1], int(sys.argv[2])
rng = random.Random(2026)
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "random.csv")
    with open(path, "w") as f:
        f.write("id," + ",".join(f"Q{i}" for i in range(1, 37)) + "\n")
        for k in range(n):
            f.write(f"r{k}," + ",".join(str(rng.randint(1, 7)) for _ in range(36)) + "\n")
    run = subprocess.run([attachscore, "score", "ecr-r", path, "--id-column", "id", "-o",
                          os.path.join(tmp, "out.csv")], capture_output=True, text=True)
print(run.stderr.strip())
hints = [line for line in run.stderr.splitlines() if "hint:" in line]
print(f"{n} random respondents: exit {run.returncode}, {len(hints)} hints")
sys.exit(0 if run.returncode == 0 and not hints else 1)
