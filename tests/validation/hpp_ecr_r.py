#!/usr/bin/env python3
"""The Human Penguin Project ECR-R export (../shared/datasets/hpp-ecr-r), whose 14 reverse-keyed
items are already reversed in the file:

1. scored as the instrument declares, the run stops (exit 2) and names --already-reversed with the
   14 reverse-keyed items;
2. with --already-reversed all, every row's anxiety and avoidance equal an independent computation
   from the published key (Fraley, Waller & Brennan 2000: items 1-18 anxiety, 19-36 avoidance;
   reverse-keyed 9, 11, 20, 22, 26-31, 33-36), applied to the raw answers recovered from the
   export (8 - x for a reverse-keyed column), with the 80 % rule (15 of 18) and answers off 1-7
   making a row not valid;
3. with --hints-by Site, item 11 is named as keyed differently at Site = Poland;
4. attachscore stats stops as score does (exit 2); with the declared key confirmed
   (--keys-as-declared) it flags exactly the 14 already-reversed items; with
   --already-reversed all --by Site, only item 11 at Site = Poland.
Skipped (exit 77) when ../shared is absent.

usage: hpp_ecr_r.py ATTACHSCORE DATA_CSV
"""
import csv
import math
import os
import subprocess
import sys
import tempfile

attachscore, data = sys.argv[1], sys.argv[2]
if not os.path.exists(data):
    print(f"{data} is not here (the shared datasets are optional); skipped")
    sys.exit(77)

REVERSED = {9, 11, 20, 22, 26, 27, 28, 29, 30, 31, 33, 34, 35, 36}
SCORES = {"anxiety": range(1, 19), "avoidance": range(19, 37)}


def independent(row):
    answers = {}
    for n in range(1, 37):
        cell = row[f"ECR{n}"].strip()
        answers[n] = None if cell in ("", "NA") else float(cell)
    if any(v is not None and not (1 <= v <= 7 and v == int(v)) for v in answers.values()):
        return None  # an answer off the scale voids the row
    raw = {n: (8 - v if n in REVERSED and v is not None else v) for n, v in answers.items()}
    out = {}
    for score, items in SCORES.items():
        keyed = [8 - raw[n] if n in REVERSED else raw[n] for n in items if raw[n] is not None]
        out[score] = sum(keyed) / len(keyed) if len(keyed) >= 15 else None
    return out


failed = False
with open(data, newline="", encoding="latin-1") as f:
    expected = [independent(r) for r in csv.DictReader(f)]

stop = subprocess.run([attachscore, "score", "ecr-r", data, "--missing", "NA"],
                      capture_output=True, text=True)
named = "--already-reversed all (items 9, 11, 20, 22, 26, 27, 28, 29, 30, 31, 33, 34, 35, 36)"
ok = stop.returncode == 2 and named in stop.stderr and stop.stdout == ""
print("declared keys:", "stopped, naming the 14 items" if ok else "NOT STOPPED\n" + stop.stderr)
failed |= not ok

with tempfile.TemporaryDirectory() as tmp:
    out = os.path.join(tmp, "scores.csv")
    run = subprocess.run([attachscore, "score", "ecr-r", data, "--missing", "NA",
                          "--already-reversed", "all", "--hints-by", "Site", "-o", out],
                         capture_output=True, text=True)
    print(run.stderr.strip())
    with open(out, newline="") as f:
        ours = list(csv.DictReader(f))
failed |= run.returncode not in (0, 1)
print(f"rows: attachscore {len(ours)}, independent {len(expected)}")
failed |= len(ours) != len(expected)
compared = mismatched = 0
worst = 0.0
for mine, theirs in zip(ours, expected):
    for score in SCORES:
        want = None if theirs is None else theirs[score]
        have = float(mine[score]) if mine[score] else None
        compared += 1
        if (want is None) != (have is None):
            mismatched += 1
        elif want is not None:
            worst = max(worst, abs(want - have))
            mismatched += not math.isclose(want, have, abs_tol=1e-12)
print(f"{compared} values compared, {mismatched} differ, max |difference| {worst:.3g}")
failed |= mismatched > 0
poland = "item 11 (ECR11) runs against the rest of anxiety at Site = Poland"
print("item 11 at Poland:", "named" if poland in run.stderr else "NOT NAMED")
failed |= poland not in run.stderr

import json  # noqa: E402

stats_args = [attachscore, "stats", "ecr-r", data, "--columns", "ECR{n}", "--missing", "NA",
              "--encoding", "latin1", "--format", "json"]
stopped = subprocess.run(stats_args, capture_output=True, text=True)
print("stats, declared key:", "stopped" if stopped.returncode == 2 else "NOT STOPPED")
failed |= stopped.returncode != 2 or "--already-reversed all" not in stopped.stderr
declared = json.loads(subprocess.run(stats_args + ["--keys-as-declared"], capture_output=True,
                                     text=True, check=True).stdout)
flagged = {it["item"] for s in declared["scores"] for it in s["items"] if it["keying_flag"]}
print("stats, declared key, items flagged:", sorted(flagged))
failed |= flagged != REVERSED
fixed = json.loads(subprocess.run(stats_args + ["--already-reversed", "all", "--by", "Site"],
                                  capture_output=True, text=True, check=True).stdout)
group = [f for s in fixed["scores"] for f in s["group_flags"]]
items = [it["item"] for s in fixed["scores"] for it in s["items"] if it["keying_flag"]]
print("stats, --already-reversed all --by Site:", group, items)
failed |= items != [] or len(group) != 1 or not group[0].startswith(
    "item 11 runs against the rest of anxiety at Site = Poland")
sys.exit(1 if failed else 0)
