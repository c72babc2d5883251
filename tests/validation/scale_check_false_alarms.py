#!/usr/bin/env python3
"""How often the administered-scale check would fire on real 1-7 data, where it must not.

Draws groups of n respondents from the HPP ECR-R export (../shared/datasets/hpp-ecr-r: 1-7, rows
with an answer off the scale left out) and counts the groups in which nobody gave a 7 (the check's
condition for "a 1-6 administration"; 6 or 7 for "1-5"). Under attachscore's rule such a group
gets a hint from 10 respondents and stops the run from 100 (docs/cli.md, "Checks before
scoring"). Prints the rates; fails if any group of 100 or more would have been stopped.

usage: scale_check_false_alarms.py DATA_CSV [DRAWS]
"""
import csv
import os
import random
import sys

data = sys.argv[1]
draws = int(sys.argv[2]) if len(sys.argv) > 2 else 100000
if not os.path.exists(data):
    print(f"{data} is not here (the shared datasets are optional); skipped")
    sys.exit(77)
tops = []
with open(data, newline="", encoding="latin-1") as f:
    for row in csv.DictReader(f):
        values = [float(row[f"ECR{n}"]) for n in range(1, 37) if row[f"ECR{n}"] not in ("", "NA")]
        if values and all(1 <= v <= 7 for v in values):
            tops.append(max(values))
rng = random.Random(1)
print(f"{len(tops)} respondents; share who never answered 7: "
      f"{sum(t < 7 for t in tops) / len(tops):.3f}, never 6 or 7: {sum(t < 6 for t in tops) / len(tops):.3f}")
print("n     groups with no 7   with no 6 or 7   (of %d draws)" % draws)
stopped = 0
for n in (1, 2, 5, 10, 20, 30, 50, 100, 200):
    no7 = no67 = 0
    for _ in range(draws):
        top = max(rng.choices(tops, k=n))
        no7 += top < 7
        no67 += top < 6
    print(f"{n:<5} {no7:>16}   {no67:>14}")
    if n >= 100:
        stopped += no7
sys.exit(1 if stopped else 0)
