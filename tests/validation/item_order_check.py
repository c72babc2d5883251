#!/usr/bin/env python3
"""How often the item-order check stops a run that it should not, and how often it catches data
in another order (the figures in docs/cli.md, "Items in another order").

False alarms: samples of uniformly random answers (no structure at all) for every built-in
instrument with two or more scales of three or more items, and, when ../shared/datasets is
there, the three real data sets as published. Detection: model-consistent respondents
(attachscore_generate) whose columns are put in another order: the ECR-R in its interleaved
order, and every instrument with its columns shuffled.

usage: item_order_check.py ATTACHSCORE GENERATE [DATASETS] [--full]
Exit 1 on any false alarm (a stop that names the item order on random or real data), or when
the interleaved ECR-R of 100 respondents or more is not caught.
"""
import csv
import io
import os
import random
import subprocess
import sys
import tempfile

args = [a for a in sys.argv[1:] if not a.startswith("--")]
full = "--full" in sys.argv
attachscore, generate = args[0], args[1]
datasets = args[2] if len(args) > 2 else None
ORDER_WORDS = ("correlate clearly more with another scale", "items in another order",
               "but not with the keys")

# Items per instrument, and the columns a generated file has.
SHAPES = {"ecr": 36, "ecr-r": 36, "ecr-s": 12, "rsq": 30, "raas": 18}


def run(cmd):
    return subprocess.run(cmd, capture_output=True, text=True)


def order_stop(result):
    return result.returncode == 2 and any(w in result.stderr for w in ORDER_WORDS)


def random_file(path, instrument, rows, rng, lo, hi):
    k = SHAPES[instrument]
    with open(path, "w") as f:
        f.write("id," + ",".join(f"Q{i}" for i in range(1, k + 1)) + "\n")
        for r in range(rows):
            f.write(f"r{r}," + ",".join(str(rng.randint(lo, hi)) for _ in range(k)) + "\n")


def false_alarms(tmp, rng):
    plan = [("ecr-r", 30, 1000), ("ecr-r", 100, 1000), ("ecr-r", 1000, 100),
            ("ecr", 100, 500), ("ecr-s", 100, 500), ("rsq", 100, 500), ("raas", 100, 500)]
    if not full:
        plan = [(i, n, max(20, s // 10)) for i, n, s in plan]
    bad = 0
    for instrument, rows, samples in plan:
        lo, hi = (1, 5) if instrument in ("rsq", "raas") else (1, 7)
        stops = 0
        for s in range(samples):
            path = os.path.join(tmp, "random.csv")
            random_file(path, instrument, rows, rng, lo, hi)
            r = run([attachscore, "score", instrument, path, "--id-column", "id", "-o",
                     os.path.join(tmp, "out.csv")])
            stops += order_stop(r)
        print(f"random {instrument}: {samples} samples of {rows} respondents "
              f"({samples * rows:,} in all): {stops} item-order stops")
        bad += stops
    return bad


def real_data():
    if not datasets or not os.path.isdir(datasets):
        print("real data sets: not here (../shared/datasets), skipped")
        return 0
    runs = [
        ("openpsychometrics ECR", ["ecr", f"{datasets}/openpsychometrics-ecr/data.csv",
                                   "--missing", "0", "--scale", "1-5"]),
        ("HPP ECR-R", ["ecr-r", f"{datasets}/hpp-ecr-r/penguin_rawdata.csv", "--columns",
                       "ECR{n}", "--missing", "NA", "--encoding", "latin1", "--already-reversed",
                       "all"]),
        ("HPP ECR-R, reversal not declared", ["ecr-r", f"{datasets}/hpp-ecr-r/penguin_rawdata.csv",
                                              "--columns", "ECR{n}", "--missing", "NA",
                                              "--encoding", "latin1"]),
        ("tidystats RSQ", ["rsq", f"{datasets}/tidystats-rsq/cox.csv", "--columns", "RSQ{n}",
                           "--id-column", "ID"]),
    ]
    bad = 0
    for name, cmd in runs:
        r = run([attachscore, "score"] + cmd + ["-o", os.devnull])
        stop = order_stop(r)
        print(f"{name}: exit {r.returncode}, item-order stop: {'YES' if stop else 'no'}")
        bad += stop
    return bad


def generated(instrument, rows, seed):
    text = run([generate, instrument, str(rows), "--seed", str(seed), "--blank-rate", "0"]).stdout
    table = list(csv.reader(io.StringIO(text)))
    return table[0], table[1:]


def write(path, header, rows, order):
    """The columns put in `order`: the column named Q{p} holds generated item order[p - 1]."""
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        for row in rows:
            w.writerow([row[0]] + [row[n] for n in order])


def detection(tmp, rng, orders):
    bad = 0
    samples = 100 if full else 20
    for instrument, k in SHAPES.items():
        for rows in (30, 100, 500):
            caught = 0
            for s in range(samples):
                header, data = generated(instrument, rows, 1000 * rows + s)
                order = list(range(1, k + 1))
                rng.shuffle(order)
                path = os.path.join(tmp, "shuffled.csv")
                write(path, header, data, order)
                r = run([attachscore, "score", instrument, path, "--id-column", "id", "-o",
                         os.path.join(tmp, "out.csv")])
                caught += order_stop(r)
            print(f"shuffled {instrument}, {rows} respondents: caught {caught} of {samples}")
    for name, order in orders.items():
        for rows in (30, 50, 100, 500):
            caught = 0
            for s in range(samples):
                header, data = generated("ecr-r", rows, 7 * rows + s)
                path = os.path.join(tmp, "ordered.csv")
                write(path, header, data, order)
                r = run([attachscore, "score", "ecr-r", path, "--id-column", "id", "-o",
                         os.path.join(tmp, "out.csv")])
                caught += order_stop(r) and f"--item-order {name}" in r.stderr
            print(f"ECR-R in the order {name}, {rows} respondents: caught and named {caught} "
                  f"of {samples}")
            if rows >= 100 and caught < samples:
                bad += 1
    return bad


def declared_orders():
    """Each ECR-R order the built-in file declares, as the generated item each position shows.
    An order known by scale and keying only is played with one arrangement that fits it (the
    check sees only scales and keys, so any such arrangement looks the same to it)."""
    import json
    info = json.loads(run([attachscore, "info", "ecr-r", "--format", "json"]).stdout)
    grouped = {s["id"]: [(i["item"], i["reverse"]) for i in s["items"]] for s in info["scores"]}
    orders = {}
    for o in info["item_order"]["others"]:
        if "positions" in o:
            orders[o["id"]] = o["positions"]
            continue
        shown = {}
        for score, positions in o["scales"].items():
            items = sorted(grouped[score], key=lambda x: not x[1])  # reversed items first
            places = sorted(positions, key=lambda p: p not in o["reversed"])
            for p, (item, _) in zip(places, items):
                shown[p] = item
        orders[o["id"]] = [shown[p] for p in range(1, len(shown) + 1)]
    return orders


rng = random.Random(2026)
with tempfile.TemporaryDirectory() as tmp:
    bad = false_alarms(tmp, rng) + real_data()
    orders = declared_orders()
    if len(orders) < 2:
        print("ECR-R declares fewer orders than documented")
        bad += 1
    bad += detection(tmp, rng, orders)
print("item-order check: " + ("as documented" if bad == 0 else f"{bad} failures"))
sys.exit(1 if bad else 0)
