"""Times `attachscore score` against pandas and R psych on the same generated data, side by side,
and prints wall time, peak memory and the ratio to pandas.

    python3 benchmarks/compare.py BUILD_DIR [--rows 1000000 10000000] [--runs 3] [--skip-r]

BUILD_DIR holds cli/attachscore and benchmarks/attachscore_generate. pandas (Debian
python3-pandas) and R with psych (r-cran-psych) are used when installed. Every tool reads the CSV,
reverses the reverse-keyed ECR-R items, takes the row means and writes a CSV."""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

REVERSED = [9, 11, 20, 22, 26, 27, 28, 29, 30, 31, 33, 34, 35, 36]  # ECR-R (Fraley et al., 2000)
ANXIETY, AVOIDANCE = range(1, 19), range(19, 37)

PANDAS = f"""
import sys, pandas as pd
d = pd.read_csv(sys.argv[1])
rev = {REVERSED}
for i in rev: d[f"Q{{i}}"] = 8 - d[f"Q{{i}}"]
out = pd.DataFrame({{"id": d["id"],
    "anxiety": d[[f"Q{{i}}" for i in range(1, 19)]].mean(axis=1),
    "avoidance": d[[f"Q{{i}}" for i in range(19, 37)]].mean(axis=1)}})
out.to_csv(sys.argv[2], index=False)
"""

R_PSYCH = f"""
args <- commandArgs(TRUE)
suppressMessages(library(psych))
d <- read.csv(args[1])
items <- paste0("Q", 1:36)
rev <- paste0("Q", c({",".join(map(str, REVERSED))}))
keys <- list(anxiety = paste0("Q", 1:18), avoidance = paste0("Q", 19:36))
keys <- lapply(keys, function(k) ifelse(k %in% rev, paste0("-", k), k))
s <- scoreItems(keys, d[items], min = 1, max = 7, impute = "none", totals = FALSE)
write.csv(data.frame(id = d$id, s$scores), args[2], row.names = FALSE)
"""

# Reliability as a researcher gets it in R: psych::alpha of each dimension's keyed items.
R_ALPHA = f"""
args <- commandArgs(TRUE)
suppressMessages(library(psych))
d <- read.csv(args[1])
for (i in c({",".join(map(str, REVERSED))})) d[[paste0("Q", i)]] <- 8 - d[[paste0("Q", i)]]
a <- psych::alpha(d[paste0("Q", 1:18)], check.keys = FALSE, warnings = FALSE)
v <- psych::alpha(d[paste0("Q", 19:36)], check.keys = FALSE, warnings = FALSE)
write.csv(rbind(a$total, v$total), args[2])
"""


def timed(cmd, runs):
    """Median wall seconds and the largest peak resident memory (MiB) over `runs` runs."""
    walls, peaks = [], []
    for _ in range(runs):
        proc = subprocess.run(["/usr/bin/time", "-f", "%e %M"] + cmd, capture_output=True, text=True)
        if proc.returncode not in (0, 1):  # 1: some rows not valid (blanks), still scored
            sys.exit(f"{' '.join(cmd)} failed:\n{proc.stderr}")
        wall, kib = proc.stderr.strip().splitlines()[-1].split()
        walls.append(float(wall))
        peaks.append(int(kib) / 1024)
    return statistics.median(walls), max(peaks)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("build")
    ap.add_argument("--rows", type=int, nargs="+", default=[1_000_000])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--skip-r", action="store_true")
    ap.add_argument("--skip-pandas", action="store_true")
    ap.add_argument("--before", metavar="BUILD",
                    help="also time the attachscore runs with another build's command line (an "
                    "earlier commit) on the same file in the same run")
    args = ap.parse_args()
    exe = os.path.join(args.build, "cli", "attachscore")
    gen = os.path.join(args.build, "benchmarks", "attachscore_generate")
    python = "/usr/bin/python3"  # Debian's pandas lives in the system interpreter
    have_pandas = not args.skip_pandas and subprocess.run(
        [python, "-c", "import pandas"], capture_output=True).returncode == 0
    have_r = not args.skip_r and shutil.which("Rscript") and subprocess.run(
        ["Rscript", "-e", "library(psych)"], capture_output=True).returncode == 0
    with tempfile.TemporaryDirectory() as tmp:
        for rows in args.rows:
            data = os.path.join(tmp, "data.csv")
            with open(data, "wb") as f:
                subprocess.run([gen, "ecr-r", str(rows), "--seed", "1"], stdout=f, check=True)
            size = os.path.getsize(data) / 1e6
            print(f"\n{rows:,} ECR-R respondents x 36 items, 2 % blank ({size:.0f} MB), "
                  f"median of {args.runs}, {os.cpu_count()} cores")
            out = os.path.join(tmp, "out")
            runs = [
                ("attachscore, CSV", [exe, "score", "ecr-r", data, "--id-column", "id", "--quiet",
                                      "-o", out + ".csv"]),
                ("attachscore, JSON Lines", [exe, "score", "ecr-r", data, "--id-column", "id",
                                             "--quiet", "-o", out + ".jsonl"]),
                ("attachscore, SPSS .sav", [exe, "score", "ecr-r", data, "--id-column", "id",
                                            "--quiet", "-o", out + ".sav"]),
                ("attachscore stats", [exe, "stats", "ecr-r", data, "--id-column", "id",
                                       "--format", "json", "-o", out + "-stats.json"]),
            ]
            if args.before:
                earlier = os.path.join(args.before, "cli", "attachscore")
                runs += [(name + " (before)", [earlier] + cmd[1:]) for name, cmd in runs
                         if name.startswith("attachscore")]
            if have_pandas:
                script = os.path.join(tmp, "score.py")
                open(script, "w").write(PANDAS)
                runs.append(("pandas", [python, script, data, out + "-pandas.csv"]))
            if have_r:
                script = os.path.join(tmp, "score.R")
                open(script, "w").write(R_PSYCH)
                runs.append(("R psych::scoreItems", ["Rscript", script, data, out + "-r.csv"]))
                script = os.path.join(tmp, "alpha.R")
                open(script, "w").write(R_ALPHA)
                runs.append(("R psych::alpha", ["Rscript", script, data, out + "-alpha.csv"]))
            results = {name: timed(cmd, args.runs) for name, cmd in runs}
            base = results.get("pandas", (None,))[0]
            print(f"{'':26} {'wall s':>8} {'peak MiB':>9} {'pandas / this':>14}")
            for name, (wall, peak) in results.items():
                # Stats and alpha do other work than scoring: no ratio to pandas' scoring.
                ratio = f"{base / wall:.1f}x" if base and "stats" not in name and "alpha" not in name else "-"
                print(f"{name:26} {wall:8.2f} {peak:9.0f} {ratio:>14}")


if __name__ == "__main__":
    main()
