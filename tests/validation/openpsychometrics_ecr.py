#!/usr/bin/env python3
"""Scores the real openpsychometrics.org ECR export (51,491 rows, a 1-5 administration of the 1-7 ECR,
0 = not answered) with `--scale 1-5 --missing 0`, and checks the means of the complete rows against
an independent computation from the raw file (reversal 6 - x) and the figures in the issue
(avoidance 2.565, anxiety 3.095, to three decimals). Without --scale the same run must stop (exit 2)
and name --scale 1-5, with nothing written: scored on the 1-7 key the file would be wrong.
Skipped (exit 77) when ../shared is absent.

usage: openpsychometrics_ecr.py ATTACHSCORE DATA_CSV
"""
import csv
import os
import subprocess
import sys
import tempfile

attachscore, data = sys.argv[1], sys.argv[2]
if not os.path.exists(data):
    print(f"{data} is not here (the shared datasets are optional); skipped")
    sys.exit(77)

REVERSED = {3, 15, 19, 22, 25, 27, 29, 31, 33, 35}
sums = {"avoidance": 0.0, "anxiety": 0.0}
complete = 0
with open(data, newline="") as f:
    for row in csv.DictReader(f):
        answers = {n: int(row[f"Q{n}"]) for n in range(1, 37)}
        if any(v == 0 for v in answers.values()):
            continue
        complete += 1
        keyed = {n: 6 - v if n in REVERSED else v for n, v in answers.items()}
        sums["avoidance"] += sum(keyed[n] for n in range(1, 36, 2)) / 18
        sums["anxiety"] += sum(keyed[n] for n in range(2, 37, 2)) / 18
independent = {k: v / complete for k, v in sums.items()}

with tempfile.TemporaryDirectory() as tmp:
    out = os.path.join(tmp, "scores.csv")
    stop = subprocess.run([attachscore, "score", "ecr", data, "--missing", "0", "-o", out],
                          capture_output=True, text=True)
    print(stop.stderr.strip())
    stopped = (stop.returncode == 2 and "score with --scale 1-5" in stop.stderr
               and not os.path.exists(out))
    print("without --scale:", "stopped, naming --scale 1-5" if stopped else "NOT STOPPED")
    run = subprocess.run([attachscore, "score", "ecr", data, "--scale", "1-5", "--missing", "0", "-o", out],
                         capture_output=True, text=True)
    print(run.stderr.strip())
    with open(out, newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["anxiety_answered"] == "18" and r["avoidance_answered"] == "18"]
ours = {k: sum(float(r[k]) for r in rows) / len(rows) for k in ("avoidance", "anxiety")}
print(f"complete rows: attachscore {len(rows)}, independent {complete}")
failed = len(rows) != complete or not stopped
for k, target in (("avoidance", 2.565), ("anxiety", 3.095)):
    print(f"{k}: attachscore {ours[k]:.6f}, independent {independent[k]:.6f}, expected {target}")
    failed |= abs(ours[k] - independent[k]) > 1e-9 or round(ours[k], 3) != target
sys.exit(1 if failed else 0)
