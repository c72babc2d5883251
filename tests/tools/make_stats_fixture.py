"""Writes tests/data/stats/ecr-r-200.csv: 200 synthetic ECR-R respondents (no blanks) whose items
load unevenly on their dimension (0.15–0.85), so that alpha, lambda 6, omega and the item
statistics differ from each other; item 5 is written reversed (as an export that reversed it
would), for the keying audit. The golden values in tests/unit/test_reliability.cpp come from R
psych on this file (tests/validation/reliability_psych.R), not from attachscore."""
import random

random.seed(20261124)
reverse = {9, 11, 20, 22, 26, 27, 28, 29, 30, 31, 33, 34, 35, 36}
loading = {n: 0.15 + 0.7 * ((n * 37) % 18) / 17 for n in range(1, 37)}
rows = ["id," + ",".join(f"Q{n}" for n in range(1, 37))]
for r in range(200):
    anx, avo = random.gauss(0, 1), random.gauss(0, 1)
    anx, avo = anx, 0.3 * anx + 0.95 * avo
    cells = []
    for n in range(1, 37):
        trait = anx if n <= 18 else avo
        latent = loading[n] * trait + (1 - loading[n] ** 2) ** 0.5 * random.gauss(0, 1)
        x = min(7, max(1, round(4 + 1.5 * latent)))
        if n in reverse:
            x = 8 - x
        if n == 5:
            x = 8 - x  # reversed in the export
        cells.append(str(x))
    rows.append(f"s{r + 1}," + ",".join(cells))
with open("tests/data/stats/ecr-r-200.csv", "w") as f:
    f.write("\n".join(rows) + "\n")

# The same answers with about 5 % of the cells blank (never the id), for pairwise reliability.
blanked = [rows[0]]
for r, line in enumerate(rows[1:]):
    cells = line.split(",")
    for c in range(1, 37):
        if (r * 37 + c * 11) % 20 == 0:
            cells[c] = ""
    blanked.append(",".join(cells))
with open("tests/data/stats/ecr-r-200-blanks.csv", "w") as f:
    f.write("\n".join(blanked) + "\n")
