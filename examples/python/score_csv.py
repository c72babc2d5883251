"""Scores a CSV of ECR-R answers (columns id, Q1…Q36) with the attachscore Python module and prints
id, each score and its band — the same numbers as `attachscore score ecr-r FILE --id-column id`.

    python3 examples/python/score_csv.py examples/ecr-r-sample.csv
"""
import csv
import sys

import attachscore


def main(path):
    ecr = attachscore.Instrument("ecr-r")
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    # One row of answers per respondent, in the instrument's item order; blank cells stay blank.
    answers = [[row[f"Q{number}"] for number in ecr.items] for row in rows]
    scores = ecr.score(answers)
    print(",".join(["id"] + [f"{s},{s}_answered,{s}_band" for s in ecr.scores]))
    for i, row in enumerate(rows):
        cells = [row["id"]]
        for s in ecr.scores:
            valid = not scores[s + "_reason"][i]
            cells += [repr(float(scores[s][i])) if valid else "",
                      str(scores[s + "_answered"][i]), scores[s + "_band"][i] or ""]
        print(",".join(cells))
    print(ecr.disclaimer(), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
