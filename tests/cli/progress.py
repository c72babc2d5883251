"""Progress on a terminal: shown on standard error while a large input is scored, cleared before
the summary, and never with --quiet. (Without a terminal the other CLI tests see no progress.)"""
import os
import pty
import random
import subprocess
import sys
import tempfile

exe = sys.argv[1]
# ECR-R answers that lean on two latent levels (items 1-18 anxiety, 19-36 avoidance; the
# published reverse keys), so that the checks let the run through.
REVERSED = {9, 11, 20, 22, 26, 27, 28, 29, 30, 31, 33, 34, 35, 36}
rng = random.Random(30000)
rows = ["id," + ",".join(f"Q{n}" for n in range(1, 37))]
for i in range(30000):
    level = [rng.gauss(0, 1), rng.gauss(0, 1)]
    cells = [min(7, max(1, round(4 + 1.2 * level[n > 18] * (-1 if n in REVERSED else 1)
                                 + rng.gauss(0, 1)))) for n in range(1, 37)]
    rows.append(f"r{i}," + ",".join(map(str, cells)))


def run(extra, to_file=True):
    with tempfile.TemporaryDirectory() as tmp:
        data = os.path.join(tmp, "in.csv")
        with open(data, "w") as f:
            f.write("\n".join(rows) + "\n")
        leader, follower = pty.openpty()
        env = dict(os.environ, ATTACHSCORE_PROGRESS_DELAY_MS="0")
        out = ["-o", os.path.join(tmp, "o.csv")] if to_file else []
        proc = subprocess.Popen([exe, "score", "ecr-r", data] + out + extra, stderr=follower, stdout=subprocess.DEVNULL, env=env)
        os.close(follower)
        err = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:
                break
            if not chunk:
                break
            err += chunk
        proc.wait()
        return err.decode()


# To standard output the whole input is checked before the first row is written: two phases.
shown = run([], to_file=False)
assert "\x1b[Kattachscore: checking " in shown, shown
assert "\x1b[Kattachscore: scoring " in shown, shown
# With -o the output is a temporary file until the end: one pass checks while it scores.
shown = run([])
assert "checking" not in shown, shown
assert "\x1b[Kattachscore: scoring " in shown and " MB/s, about " in shown, shown
after = shown[shown.rfind("\r\x1b[K") + 4:]  # the progress line is cleared before the summary
assert after.startswith("attachscore: ") and "MB/s" not in after, shown
assert "attachscore: scored 30000 rows" in after, shown
quiet = run(["--quiet"])
assert "checking" not in quiet and "attachscore: scored 30000 rows" in quiet, quiet
print("progress shown on a terminal (one phase with -o, two to standard output), cleared before the summary, silent with --quiet")
