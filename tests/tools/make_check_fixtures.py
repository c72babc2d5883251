#!/usr/bin/env python3
"""Writes the fixtures in tests/data/checks/ (run once; the files are committed).

Respondents come from a simple latent model: each has an anxiety and an avoidance level, and each
ECR-R answer is that level plus noise, rounded onto the scale. Reverse-keyed items are answered the
other way round, as real respondents do. Fixed seeds: the files are the same on every run.
"""
import csv
import random
import sys
from pathlib import Path

# ECR-R (Fraley, Waller & Brennan 2000, grouped order): items 1-18 anxiety, 19-36 avoidance.
REVERSED = {9, 11, 20, 22, 26, 27, 28, 29, 30, 31, 33, 34, 35, 36}


def respondent(rng, low, high, reverse_in_export=False):
    anx, avo = rng.uniform(low, high), rng.uniform(low, high)
    row = []
    for item in range(1, 37):
        level = anx if item <= 18 else avo
        raw = level + rng.gauss(0, 0.8)
        if item in REVERSED:
            raw = low + high - raw
        raw = min(high, max(low, round(raw)))
        if reverse_in_export and item in REVERSED:
            raw = low + high - raw
        row.append(raw)
    return row


def write(path, rows):
    with open(path, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id"] + [f"Q{i}" for i in range(1, 37)])
        for k, r in enumerate(rows, 1):
            w.writerow([f"r{k}"] + r)


def main(out):
    out = Path(out)
    rng = random.Random(8)
    # 120 respondents answering on 1-5: a 5-point administration of a 7-point instrument.
    write(out / "five-point-120.csv", [respondent(rng, 1, 5) for _ in range(120)])
    # 30 respondents answering on 1-7 whose answers never reach 7 (chance in a small class).
    rows = []
    while len(rows) < 30:
        r = respondent(rng, 1, 7)
        if max(r) < 7:
            rows.append(r)
    write(out / "class-30-no7.csv", rows)
    # One classroom respondent who never used 6 or 7.
    write(out / "one-no6or7.csv", [[1 + (i % 5) for i in range(36)]])
    # 120 respondents on 0-6 (seven points counted from 0).
    write(out / "zero-based-120.csv", [[x - 1 for x in respondent(rng, 1, 7)] for _ in range(120)])
    # 120 respondents on 1-7 whose export already reversed every reverse-keyed item.
    write(out / "reversed-120.csv",
          [respondent(rng, 1, 7, reverse_in_export=True) for _ in range(120)])
    # 120 respondents on 1-5 with blanks coded 0 here and there (as openpsychometrics does).
    rows = [respondent(rng, 1, 5) for _ in range(120)]
    for r in rows[::7]:
        r[rng.randrange(36)] = 0
    write(out / "five-point-zeros-120.csv", rows)
    # 120 respondents on 1-7 whose export reversed item 5, which is not reverse-keyed.
    rows = [respondent(rng, 1, 7) for _ in range(120)]
    for r in rows:
        r[4] = 8 - r[4]
    write(out / "item5-flipped-120.csv", rows)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent.parent / "data" / "checks")
