#!/usr/bin/env python3
"""attachscore report draws every respondent: 10,000 rows make a page, 10,001 are refused with
the way on, and no file is left. Usage: report_limit.py ATTACHSCORE OUT_DIR."""
import os
import random
import subprocess
import sys

EXE, OUT = sys.argv[1], sys.argv[2]
os.makedirs(OUT, exist_ok=True)


def table(rows):
    """ECR-S answers that lean on two latent levels (odd items avoidance, even anxiety; 1, 5, 8
    and 9 reversed), as a class would give them."""
    rng = random.Random(rows)
    path = os.path.join(OUT, f"class-{rows}.csv")
    with open(path, "w") as f:
        f.write("id," + ",".join(f"Q{n}" for n in range(1, 13)) + "\n")
        for r in range(rows):
            level = [rng.gauss(0, 1), rng.gauss(0, 1)]
            cells = []
            for n in range(1, 13):
                lean = level[n % 2] * (-1 if n in (1, 5, 8, 9) else 1)
                cells.append(str(min(7, max(1, round(4 + 1.2 * lean + rng.gauss(0, 1))))))
            f.write(f"s{r}," + ",".join(cells) + "\n")
    return path


def report(rows):
    page = os.path.join(OUT, f"page-{rows}.html")
    if os.path.exists(page):
        os.remove(page)
    run = subprocess.run([EXE, "report", "ecr-s", table(rows), "--id-column", "id", "-o", page],
                         capture_output=True, text=True)
    return run, os.path.exists(page)


run, written = report(10000)
assert run.returncode == 0 and written, run.stderr
assert run.stderr.endswith("10000 cards, 10000 scored without a problem.\n"), run.stderr
run, written = report(10001)
expected = ("10001 rows: the HTML report draws every respondent and stops at 10000. For a large "
            "sample's figures use 'attachscore stats'; for one person's page add --respondent ID.")
assert run.returncode == 2, run.returncode
assert expected in run.stderr, run.stderr
assert not written, "a refused page left a file"
print("10000 rows make a page; 10001 are refused")
