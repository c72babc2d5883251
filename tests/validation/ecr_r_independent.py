#!/usr/bin/env python3
"""Scores generated ECR-R respondents with attachscore and again with pandas, written here from the
published key alone (Fraley, Waller & Brennan 2000: anxiety = items 1-18, avoidance = items 19-36,
1-7 scale, items 9, 11, 20, 22, 26-31, 33-36 reversed as 8 - x, scores are item means), and
compares every score and answered count.

usage: ecr_r_independent.py ATTACHSCORE [ROWS] [SEED]
Exit 0 when all agree to 1e-9, 1 otherwise, 77 when pandas is not installed (test skipped).
"""
import os
import subprocess
import sys
import tempfile

try:
    import numpy as np
    import pandas as pd
except ImportError:
    print("pandas is not installed; install python3-pandas to run this check")
    sys.exit(77)

attachscore = sys.argv[1]
rows = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
seed = int(sys.argv[3]) if len(sys.argv) > 3 else 2026

REVERSED = {9, 11, 20, 22, 26, 27, 28, 29, 30, 31, 33, 34, 35, 36}
SCALES = {"anxiety": range(1, 19), "avoidance": range(19, 37)}
MIN_ANSWERED = 15  # the instrument file's stated convention: at least 15 of 18 items
BLANK_RATE = 0.03

rng = np.random.default_rng(seed)
# Answers around a per-person level on each dimension, reversed items answered the other way.
level = {"anxiety": rng.uniform(1, 7, rows), "avoidance": rng.uniform(1, 7, rows)}
data = {"pid": [f"r{i}" for i in range(rows)], "site": rng.choice(["a", "b, c"], rows)}
for scale, items in SCALES.items():
    for n in items:
        x = np.clip(np.rint(rng.normal(level[scale], 1.2)), 1, 7)
        if n in REVERSED:
            x = 8 - x
        data[f"Q{n}"] = x.astype(int)
frame = pd.DataFrame(data)
answers = frame[[f"Q{n}" for n in range(1, 37)]].astype("float64")
answers = answers.mask(rng.random(answers.shape) < BLANK_RATE)
frame[answers.columns] = answers.astype("Int64")
columns = list(frame.columns)
rng.shuffle(columns)  # the mapping must not depend on column order

with tempfile.TemporaryDirectory() as tmp:
    source = os.path.join(tmp, "answers.csv")
    scored = os.path.join(tmp, "scores.csv")
    frame[columns].to_csv(source, index=False)
    run = subprocess.run([attachscore, "score", "ecr-r", source, "--id-column", "pid", "-o", scored],
                         capture_output=True, text=True)
    print(run.stderr.strip())
    if run.returncode not in (0, 1):
        print(f"attachscore failed with exit code {run.returncode}")
        sys.exit(1)
    ours = pd.read_csv(scored, dtype={"pid": str})

# The independent computation.
expected = pd.DataFrame({"pid": frame["pid"]})
for scale, items in SCALES.items():
    keyed = pd.DataFrame({n: (8 - answers[f"Q{n}"]) if n in REVERSED else answers[f"Q{n}"] for n in items})
    count = keyed.notna().sum(axis=1)
    mean = keyed.sum(axis=1, min_count=1) / count
    expected[scale] = mean.where(count >= MIN_ANSWERED)
    expected[f"{scale}_answered"] = count

failures = []
if len(ours) != rows:
    failures.append(f"{rows} rows in, {len(ours)} rows out")
elif not (ours["pid"].values == expected["pid"].values).all():
    failures.append("rows are not in input order")
else:
    for scale in SCALES:
        same_count = (ours[f"{scale}_answered"].values == expected[f"{scale}_answered"].values).all()
        both_blank = ours[scale].isna() & expected[scale].isna()
        diff = (ours[scale] - expected[scale]).abs()
        agree = both_blank | (diff <= 1e-9)
        valid = int(expected[scale].notna().sum())
        print(f"{scale}: {valid} valid, {rows - valid} with fewer than {MIN_ANSWERED} answers; "
              f"max |difference| {diff.max():.3g}; answered counts equal: {same_count}")
        if not same_count:
            failures.append(f"{scale}: answered counts differ")
        if not agree.all():
            failures.append(f"{scale}: {int((~agree).sum())} scores differ")
    status_ok = (ours["status"] == "ok") == (expected["anxiety"].notna() & expected["avoidance"].notna())
    if not status_ok.all():
        failures.append(f"{int((~status_ok).sum())} statuses disagree with validity")

blank_share = float(answers.isna().mean().mean())
print(f"{rows} respondents, {blank_share:.2%} of answers blank")
if failures:
    print("FAILED: " + "; ".join(failures))
    sys.exit(1)
print("attachscore agrees with the independent computation on every score and count")
