"""attachscore stats in its three formats on tests/data/stats/ecr-r-200.csv: the JSON has the
documented shape and the figures R psych gives (tests/validation/reliability_psych.R); the CSV has
one row per item with the same figures; --digits rounds them; the text fits 80 columns."""
import csv
import io
import json
import subprocess
import sys
import tempfile

exe, data = sys.argv[1], sys.argv[2]


def run(*args):
    return subprocess.run([exe, "stats", "ecr-r", data, "--id-column", "id", *args],
                          capture_output=True, text=True, check=True).stdout


doc = json.loads(run("--format", "json"))
assert doc["instrument"] == "ecr-r" and doc["n_rows"] == 200 and doc["missing_answers"] == 0
anx = doc["scores"][0]
assert anx["id"] == "anxiety" and anx["n"] == 200 and anx["alpha_ci_method"] == "feldt"
assert abs(anx["alpha"] - 0.8291547034) < 1e-9, anx["alpha"]
assert abs(anx["alpha_ci"][0] - 0.7926945) < 1e-6 and abs(anx["alpha_ci"][1] - 0.8617784) < 1e-6
assert abs(anx["std_alpha"] - 0.8283363015) < 1e-9 and abs(anx["lambda6"] - 0.8504589224) < 1e-9
assert abs(anx["omega_total"] - 0.8460968) < 1e-6 and abs(anx["average_r"] - 0.2114028844) < 1e-9
item1 = anx["items"][0]
assert item1["item"] == 1 and item1["reversed"] is False and item1["missing"] == 0
assert abs(item1["corrected_item_total_r"] - 0.2329557897) < 1e-9
assert abs(item1["alpha_if_dropped"] - 0.8307195571) < 1e-9
assert anx["items"][4]["keying_flag"].startswith("runs against the rest of anxiety")
assert anx["items"][8]["reversed"] is True and anx["items"][8]["keying_flag"] is None
corr = doc["correlations"][0]
assert corr["a"] == "anxiety" and corr["b"] == "avoidance" and corr["n"] == 200
assert abs(corr["r"] - 0.05888946487) < 1e-9

# The careless summary, recomputed here from the answers: the longest run of one answer, and per
# score the gap between reverse-keyed and other items (oriented), over the scale's range of 6.
REVERSED = {9, 11, 20, 22, 26, 27, 28, 29, 30, 31, 33, 34, 35, 36}
runs, flagged, gaps = [], 0, []
with open(data) as f:
    for row in list(csv.DictReader(f)):
        answers = [int(row[f"Q{n}"]) for n in range(1, 37)]
        best = run_len = 0
        for i, a in enumerate(answers):
            run_len = run_len + 1 if i and a == answers[i - 1] else 1
            best = max(best, run_len)
        gap = 0
        for items in (range(1, 19), range(19, 37)):
            rev = [8 - answers[n - 1] for n in items if n in REVERSED]
            other = [answers[n - 1] for n in items if n not in REVERSED]
            gap += abs(sum(rev) / len(rev) - sum(other) / len(other)) / 6 / 2
        runs.append(best)
        gaps.append(gap)
        flagged += best >= 18 or gap >= 0.5
quality = doc["quality"]
assert quality["screened"] == 200 and quality["careless"] == flagged, (quality, flagged)
assert abs(quality["mean_longstring"] - sum(runs) / 200) < 1e-12
assert abs(quality["mean_reverse_inconsistency"] - sum(gaps) / 200) < 1e-12
# The ECR-R has two scales: even-odd is not computed (null, never a count of 0).
assert quality["by_evenodd"] is None and quality["evenodd_scales"] == 2, quality
assert anx["reliability_gap"] is None and anx["omega_heywood"] is False

rounded = json.loads(run("--format", "json", "--digits", "3"))
assert rounded["scores"][0]["alpha"] == 0.829 and rounded["scores"][0]["alpha_ci"] == [0.793, 0.862]

rows = list(csv.DictReader(io.StringIO(run("--format", "csv"))))
assert len(rows) == 36, len(rows)
assert rows[0]["score"] == "anxiety" and rows[0]["item"] == "1"
assert abs(float(rows[0]["corrected_item_total_r"]) - 0.2329557897) < 1e-9
assert abs(float(rows[0]["alpha"]) - 0.8291547034) < 1e-9
assert rows[4]["keying_flag"].startswith("runs against") and rows[5]["keying_flag"] == ""
assert rows[35]["score"] == "avoidance" and rows[35]["reversed"] == "1"

text = run()
assert max(len(line) for line in text.splitlines()) <= 80, "wider than 80 columns"
assert "anxiety       200   0.83  [0.79, 0.86]     0.83     0.85   0.85    0.21" in text, text
assert "α = .83, 95% CI [.79, .86], ω = .85" in text.replace("\n", " "), text
assert "! item 5 runs against the rest of attachment anxiety" in text
assert "0.829" in run("--digits", "3")
with tempfile.TemporaryDirectory() as tmp:  # -o: the same text, in a file
    out = tmp + "/items.csv"
    assert run("--format", "csv", "-o", out) == ""
    with open(out) as f:
        assert f.read() == run("--format", "csv")
print("stats: JSON, CSV and text agree with R psych; --digits rounds; 80 columns")
