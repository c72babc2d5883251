#!/usr/bin/env python3
"""How often the careless-response flags fire on attentive respondents: model-consistent answers
from attachscore_generate (each item leans on its scale's latent level, reverse-keyed items
reversed, no careless responding at all), scored with --quality. The figures in docs/cli.md,
"Careless-response indices", come from this script.

Even–odd consistency is measured on instruments of k scales of m items made here (the built-in
ones have at most 8 scales, below the 10 it needs), the other flags on every built-in
instrument.

usage: careless_false_flags.py ATTACHSCORE GENERATE [ROWS]
Exit 1 when even–odd flags more than 2 % of attentive respondents on 10 scales of 4 items or
more, or the longstring or reverse-inconsistency flag more than 1 % on any built-in instrument.
"""
import csv
import io
import json
import os
import subprocess
import sys
import tempfile

exe, generate = sys.argv[1], sys.argv[2]
rows = int(sys.argv[3]) if len(sys.argv) > 3 else 5000


def instrument(k, m):
    items = [{"number": n, "reverse": n % m == 0} for n in range(1, k * m + 1)]
    scores = [{"id": f"s{j + 1}", "label": {"en": f"Scale {j + 1}"}, "description": "test",
               "items": list(range(j * m + 1, j * m + m + 1)), "aggregate": "mean",
               "missing": "prorate", "min_answered": 1, "min_answered_basis": "test",
               "bands": {"basis": "test", "ranges": [
                   {"from": 1, "to": 5, "label": {"en": "all"}, "text": {"en": "all"}}]}}
              for j in range(k)]
    return {"format": 1, "id": f"k{k}m{m}", "version": "1.0.0", "name": "test",
            "short_name": "T", "citation": {"authors": "Doe, J.", "year": 2020, "title": "t",
                                            "source": "t"},
            "key_sources": [{"what": "test", "where": "test"}], "licence": "test",
            "item_order": {"id": "test", "description": "as numbered"}, "wording": "none",
            "languages": ["en"], "scale": {"min": 1, "max": 5, "anchors": [
                {"value": 1, "label": {"en": "No"}}]},
            "items": items, "scores": scores, "disclaimer": {"en": "Not a diagnosis."}}


def flags(iid, extra, tmp):
    data = subprocess.run([generate, iid, str(rows), "--seed", "7", "--blank-rate", "0"] + extra,
                          capture_output=True, text=True, check=True).stdout
    path = os.path.join(tmp, "data.csv")
    with open(path, "w") as f:
        f.write(data)
    out = os.path.join(tmp, "out.csv")
    cmd = [exe, "score", iid, path, "--id-column", "id", "--quality", "-o", out]
    if extra:
        cmd += ["--instruments", os.path.dirname(extra[1]), "--item-order", "test"]
    subprocess.run(cmd, capture_output=True, text=True)
    with open(out) as f:
        reasons = [r["careless_reasons"] for r in csv.DictReader(f)]
    share = lambda word: 100 * sum(word in x for x in reasons) / len(reasons)
    return share("even–odd"), share("the same answer"), share("opposite directions")


bad = 0
with tempfile.TemporaryDirectory() as tmp:
    print(f"attentive respondents flagged, of {rows} model-consistent ones each:")
    for k in (10, 12, 15, 20, 30):
        for m in (4, 6, 8):
            path = os.path.join(tmp, f"k{k}m{m}.json")
            with open(path, "w") as f:
                json.dump(instrument(k, m), f)
            eo, _, _ = flags(f"k{k}m{m}", ["--instrument", path], tmp)
            print(f"  even–odd, {k} scales of {m} items: {eo:.1f} %")
            bad += eo > 2
    for iid in ("ecr", "ecr-r", "ecr-s", "ecr-rs", "rq", "rsq", "raas"):
        _, run, opposite = flags(iid, [], tmp)
        print(f"  {iid}: longstring {run:.2f} %, reverse inconsistency {opposite:.2f} %")
        bad += run > 1 or opposite > 1
print("careless flags: " + ("as documented" if bad == 0 else f"{bad} over their bound"))
sys.exit(1 if bad else 0)
