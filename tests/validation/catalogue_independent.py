#!/usr/bin/env python3
"""Scores generated respondents for every built-in instrument with attachscore, and again here from
the published keys written out below (not read from attachscore's files), then compares every
score, answered count and category.

Keys (see each instrument file's key_sources for the sources):
  ECR    Brennan, Clark & Shaver 1998: avoidance = odd items, anxiety = even; reversed 3, 15, 19, 22,
         25, 27, 29, 31, 33, 35; 1-7; means.
  ECR-S  Wei et al. 2007: anxiety = 2, 4, 6, 8, 10, 12; avoidance = 1, 3, 5, 7, 9, 11; reversed 1, 5,
         8, 9; 1-7; means.
  ECR-R  Fraley, Waller & Brennan 2000: anxiety = 1-18, avoidance = 19-36; reversed 9, 11, 20, 22,
         26-31, 33-36; 1-7; means.
  ECR-RS Fraley et al. 2011: per target avoidance = mean(1R-4R, 5, 6), anxiety = mean(7-9); global =
         mean of the four targets.
  RQ     Bartholomew & Horowitz 1991: four ratings; self = (S + D) - (F + P); other = (S + P) - (F + D);
         category = highest rating, ties settled by the forced choice when it names a tied one.
  RSQ    Griffin & Bartholomew 1994: secure 3, 9R, 10, 15, 28R; fearful 1, 5, 12, 24; preoccupied 6R,
         8, 16, 25; dismissing 2, 6, 19, 22, 26; 1-5; means; self/other as for the RQ.
  RAAS   Collins 1996: close 1, 6, 8R, 12, 13R, 17R; depend 2R, 5, 7R, 14, 16R, 18R; anxiety 3, 4, 9, 10,
         11, 15; 1-5; means; close_depend = mean(close, depend).
Classifications: ECR category = the highest of Brennan, Clark & Shaver's (1998) four functions of
(avoidance, anxiety), flagged near a boundary when within 0.25 scale points of another function's
region; ECR-R midpoint (asked for) = quadrant of anxiety and avoidance at 4, at or above = high;
RAAS collins (asked for) = close-depend and anxiety against 3, exactly 3 unclassifiable.
Validity (attachscore's stated convention): a mean needs at least ceil(0.8 n) of its n items; a
score made of other scores needs all of them.

usage: catalogue_independent.py ATTACHSCORE [RESPONDENTS] [SEED]   (exit 0 when all agree)
"""
import csv
import math
import os
import random
import subprocess
import sys
import tempfile

attachscore = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7)


def key(spec):
    """'3, 9R, 10' -> [(3, False), (9, True), (10, False)]"""
    out = []
    for part in spec.split(","):
        part = part.strip()
        out.append((int(part.rstrip("R")), part.endswith("R")))
    return out


def rev(items, reversed_set):
    return [(n, n in reversed_set) for n in items]


ECR_REV = {3, 15, 19, 22, 25, 27, 29, 31, 33, 35}
ECRR_REV = {9, 11, 20, 22, 26, 27, 28, 29, 30, 31, 33, 34, 35, 36}
INSTRUMENTS = {
    "ecr": dict(items=36, lo=1, hi=7, col="Q{n}", scores={
        "anxiety": rev(range(2, 37, 2), ECR_REV), "avoidance": rev(range(1, 36, 2), ECR_REV)}),
    "ecr-s": dict(items=12, lo=1, hi=7, col="Q{n}", scores={
        "anxiety": key("2, 4, 6, 8R, 10, 12"), "avoidance": key("1R, 3, 5R, 7, 9R, 11")}),
    "ecr-r": dict(items=36, lo=1, hi=7, col="Q{n}", args=["--classify", "midpoint"], scores={
        "anxiety": rev(range(1, 19), ECRR_REV), "avoidance": rev(range(19, 37), ECRR_REV)}),
    "ecr-rs": dict(items=9, lo=1, hi=7, col="{t}_{n}", targets=["mother", "father", "partner", "friend"], scores={
        "avoidance": key("1R, 2R, 3R, 4R, 5, 6"), "anxiety": key("7, 8, 9")},
        means={"global_avoidance": ["{t}_avoidance"], "global_anxiety": ["{t}_anxiety"]}),
    "rq": dict(items=4, lo=1, hi=7, col="Q{n}", choice=True, scores={
        "secure": key("1"), "fearful": key("2"), "preoccupied": key("3"), "dismissing": key("4")}, models=True),
    "rsq": dict(items=30, lo=1, hi=5, col="Q{n}", scores={
        "secure": key("3, 9R, 10, 15, 28R"), "fearful": key("1, 5, 12, 24"),
        "preoccupied": key("6R, 8, 16, 25"), "dismissing": key("2, 6, 19, 22, 26")}, models=True),
    "raas": dict(items=18, lo=1, hi=5, col="Q{n}", scores={
        "close": key("1, 6, 8R, 12, 13R, 17R"), "depend": key("2R, 5, 7R, 14, 16R, 18R"),
        "anxiety": key("3, 4, 9, 10, 11, 15")}, means={"close_depend": ["close", "depend"]},
        args=["--classify", "collins"]),
}
PROTOTYPES = ["secure", "fearful", "preoccupied", "dismissing"]
BRENNAN = {"secure": (3.2893296, 5.4725318, -11.5307833), "fearful": (7.2371075, 8.1776448, -32.3553266),
           "preoccupied": (3.9246754, 9.7102446, -28.4573220), "dismissing": (7.3654621, 4.9392039, -22.2281088)}


def brennan(avoidance, anxiety):
    f = {k: a * avoidance + x * anxiety + c for k, (a, x, c) in BRENNAN.items()}
    best = max(f, key=f.get)
    margin = min((f[best] - f[k]) / math.hypot(BRENNAN[best][0] - BRENNAN[k][0], BRENNAN[best][1] - BRENNAN[k][1])
                 for k in f if k != best)
    return best, ("yes" if margin < 0.25 else "no")


def generate(spec):
    targets = spec.get("targets", [""])
    rows = []
    for i in range(count):
        row = {"pid": f"r{i}"}
        blank_rate = rng.choice([0.0, 0.03, 0.1, 0.3])
        for t in targets:
            for n in range(1, spec["items"] + 1):
                col = spec["col"].format(t=t, n=n)
                # Ratings cluster so that RQ ties happen often enough to test the tie-break.
                row[col] = "" if rng.random() < blank_rate else str(rng.randint(spec["lo"], spec["hi"]))
        if spec.get("choice"):
            row["forced_choice"] = rng.choice(["", "1", "2", "3", "4", "A", "B", "C", "D", "secure", "fearful"])
        rows.append(row)
    return rows


def expected(iid, spec, row):
    lo, hi = spec["lo"], spec["hi"]
    out = {}
    for t in spec.get("targets", [""]):
        for name, keyed in spec["scores"].items():
            values = []
            for n, reverse in keyed:
                cell = row[spec["col"].format(t=t, n=n)]
                if cell != "":
                    x = int(cell)
                    values.append(lo + hi - x if reverse else x)
            need = math.ceil(0.8 * len(keyed) - 1e-9)
            sid = f"{t}_{name}" if t else name
            out[sid] = (sum(values) / len(values) if len(values) >= need else None, len(values))
    for name, parts in spec.get("means", {}).items():
        ids = [p.format(t=t) for p in parts for t in spec.get("targets", [""])] if "{t}" in parts[0] else parts
        vals = [out[i][0] for i in ids]
        valid = [v for v in vals if v is not None]
        out[name] = (sum(vals) / len(vals) if len(valid) == len(vals) else None, len(valid))
    if spec.get("models"):
        s, f, p, d = (out[x][0] for x in PROTOTYPES)
        ok = None not in (s, f, p, d)
        n_valid = sum(v is not None for v in (s, f, p, d))
        out["self_model"] = ((s + d) - (f + p) if ok else None, n_valid)
        out["other_model"] = ((s + p) - (f + d) if ok else None, n_valid)
    if iid == "ecr":
        avo, anx = out["avoidance"][0], out["anxiety"][0]
        out["category"], out["category_near_boundary"] = brennan(avo, anx) if None not in (avo, anx) else ("", "")
    if iid == "ecr-r":
        anx, avo = out["anxiety"][0], out["avoidance"][0]
        out["midpoint_category"] = "" if None in (anx, avo) else \
            {(0, 0): "secure", (1, 0): "preoccupied", (0, 1): "dismissing", (1, 1): "fearful"}[(anx >= 4, avo >= 4)]
    if iid == "raas":
        cd, anx = out["close_depend"][0], out["anxiety"][0]
        if None in (cd, anx):
            out["collins_category"] = ""
        elif cd == 3 or anx == 3:
            out["collins_category"] = "unclassified"
        else:
            out["collins_category"] = {(1, 0): "secure", (1, 1): "preoccupied", (0, 0): "dismissing", (0, 1): "fearful"}[(cd > 3, anx > 3)]
    if spec.get("choice"):
        letters = {"1": 0, "2": 1, "3": 2, "4": 3, "A": 0, "B": 1, "C": 2, "D": 3, "secure": 0, "fearful": 1}
        choice = letters.get(row["forced_choice"])
        out["forced_choice"] = PROTOTYPES[choice] if choice is not None else ""
        ratings = [out[x][0] for x in PROTOTYPES]
        if None in ratings:
            out["category"] = ""
        else:
            top = max(ratings)
            tied = [PROTOTYPES[k] for k in range(4) if ratings[k] == top]
            if len(tied) == 1:
                out["category"] = tied[0]
            elif choice is not None and PROTOTYPES[choice] in tied:
                out["category"] = PROTOTYPES[choice]
            else:
                out["category"] = "tie:" + "+".join(tied)
    return out


failures = 0
with tempfile.TemporaryDirectory() as tmp:
    for iid, spec in INSTRUMENTS.items():
        rows = generate(spec)
        source, scored = os.path.join(tmp, iid + ".csv"), os.path.join(tmp, iid + "-scores.csv")
        with open(source, "w", newline="") as f:
            w = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
            w.writeheader()
            w.writerows(rows)
        pattern = "{target}_{n}" if spec.get("targets") else "Q{n}"
        run = subprocess.run([attachscore, "score", iid, source, "--id-column", "pid", "--columns", pattern, "-o", scored]
                             + spec.get("args", []),
                             capture_output=True, text=True)
        if run.returncode not in (0, 1):
            print(f"{iid}: attachscore failed ({run.returncode}): {run.stderr}")
            failures += 1
            continue
        with open(scored, newline="") as f:
            ours = list(csv.DictReader(f))
        bad, compared, ties, worst, categories = 0, 0, 0, 0.0, {}
        for row, got in zip(rows, ours):
            want = expected(iid, spec, row)
            if got["pid"] != row["pid"]:
                bad += 1
                continue
            for name, value in want.items():
                if name in ("category", "forced_choice", "category_near_boundary", "midpoint_category", "collins_category"):
                    compared += 1
                    ties += value.startswith("tie:")
                    categories[value] = categories.get(value, 0) + 1
                    if got[name] != value:
                        bad += 1
                        if bad <= 3:
                            print(f"  {iid} {row['pid']} {name}: attachscore {got[name]!r}, expected {value!r}")
                    continue
                v, n = value
                compared += 1
                g = got[name]
                same_count = int(got[name + "_answered"]) == n
                if v is None:
                    ok = g == "" and same_count
                else:
                    ok = g != "" and abs(float(g) - v) <= 1e-9 and same_count
                    if g != "":
                        worst = max(worst, abs(float(g) - v))
                if not ok:
                    bad += 1
                    if bad <= 3:
                        print(f"  {iid} {row['pid']} {name}: attachscore {g!r} ({got[name + '_answered']}), expected {v!r} ({n})")
        if len(ours) != len(rows):
            bad += 1
            print(f"  {iid}: {len(rows)} rows in, {len(ours)} out")
        extra = f", {ties} ties reported" if spec.get("choice") else ""
        named = {k: v for k, v in categories.items() if k and not k.startswith("tie:") and k not in ("yes", "no")}
        if named and not spec.get("choice"):
            extra += ", categories " + ", ".join(f"{k} {v}" for k, v in sorted(named.items()))
        print(f"{iid}: {len(rows)} respondents, {compared} values compared, max |difference| {worst:.3g}{extra}: "
              + ("all agree" if bad == 0 else f"{bad} DISAGREE"))
        failures += bad > 0
sys.exit(1 if failures else 0)
