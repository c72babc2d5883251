"""attachscore info ID --format json: valid JSON for every built-in instrument, and the same items,
keys, minimums, bands and bases as the instrument file itself (read here with Python's json)."""
import glob
import json
import os
import subprocess
import sys

exe, instruments = sys.argv[1], sys.argv[2]
for path in sorted(glob.glob(os.path.join(instruments, "*.json"))):
    source = json.load(open(path))
    shown = json.loads(subprocess.run([exe, "info", source["id"], "--format", "json"],
                                      capture_output=True, text=True, check=True).stdout)
    assert shown["id"] == source["id"] and shown["scale"]["min"] == source["scale"]["min"]
    by_id = {s["id"]: s for s in source["scores"]}
    # An instrument about several people (ECR-RS) has each item score once per target.
    targets = [t["id"] for t in source.get("targets", [])]
    base = lambda i: i if i in by_id else i.split("_", 1)[1] if i.split("_", 1)[0] in targets else i
    assert {base(s["id"]) for s in shown["scores"]} == set(by_id), path
    for mine in shown["scores"]:
        theirs = by_id[base(mine["id"])]
        if "min_answered" in theirs:  # else the loader's default
            assert mine["min_answered"] == theirs["min_answered"], (path, mine["id"])
        bands = theirs.get("bands", {})
        if "basis" in bands:
            assert mine["bands_basis"] == bands["basis"], (path, mine["id"])
        if "items" in theirs:
            numbers = [i if isinstance(i, int) else i["item"] for i in theirs["items"]]
            assert [i["item"] for i in mine["items"]] == numbers, (path, mine["id"])
print("info --format json agrees with every built-in instrument file")
