"""The Python module: the example prints what the CLI prints for the sample; lists, NumPy arrays
and pandas give the same scores; every error a user can cause is a clear AttachscoreError.

    test_module.py ATTACHSCORE_EXE REPO_ROOT
"""
import math
import os
import subprocess
import sys

exe, root = sys.argv[1], sys.argv[2]
sys.path.insert(0, os.path.join(root, "python"))
import attachscore  # noqa: E402

sample = os.path.join(root, "examples", "ecr-r-sample.csv")
example = subprocess.run([sys.executable, os.path.join(root, "examples", "python", "score_csv.py"),
                          sample], capture_output=True, text=True, check=True,
                         env=dict(os.environ, PYTHONPATH=os.path.join(root, "python")))
cli = subprocess.run([exe, "score", "ecr-r", sample, "--id-column", "id"],
                     capture_output=True, text=True, check=True)
cli_rows = [",".join(line.split(",")[:7]) for line in cli.stdout.splitlines()]
assert example.stdout.splitlines() == cli_rows, (example.stdout, cli_rows)
assert "not a diagnosis" in example.stderr, example.stderr

ecr = attachscore.Instrument("ECR-R")
assert ecr.id == "ecr-r" and ecr.answer_count == 36 and ecr.scores == ["anxiety", "avoidance"]
assert ecr.items == list(range(1, 37)) and ecr.scale == (1, 7)
reversed_items = {9, 11, 20, 22, 26, 27, 28, 29, 30, 31, 33, 34, 35, 36}  # the published key
low = [7 if n in reversed_items else 1 for n in range(1, 37)]  # 1 everywhere once reversed
blanks = [None] * 4 + [4] * 32  # 14 of 18 anxiety items: too few (15 needed)
got = ecr.score([low, blanks])
assert got["anxiety"][0] == 1.0 and got["avoidance"][0] == 1.0
assert math.isnan(got["anxiety"][1]) and got["anxiety_answered"][1] == 14
assert "14 of 18 answered" in got["anxiety_reason"][1], got["anxiety_reason"][1]
assert got["avoidance"][1] == 4.0 and got["avoidance_reason"][1] == ""

try:
    import numpy
    import pandas
except ImportError:
    numpy = pandas = None
if numpy is not None:
    arr = numpy.array([low, [4.0] * 36])
    assert list(ecr.score(arr)["anxiety"]) == [1.0, 4.0]
    frame = ecr.score_frame([low, blanks])
    assert list(frame.columns[:4]) == ["anxiety", "anxiety_answered", "anxiety_band", "anxiety_reason"]
    assert frame["avoidance"].tolist() == [1.0, 4.0]


def refused(call, fragment):
    try:
        call()
    except attachscore.AttachscoreError as e:
        assert fragment in str(e), (fragment, str(e))
        return
    raise AssertionError("no error for " + fragment)


refused(lambda: attachscore.Instrument("ecr-x"), 'no built-in instrument has the id "ecr-x"')
refused(lambda: attachscore.Instrument(os.path.join(root, "tests", "data", "not-json.json")),
        "not-json.json")
refused(lambda: ecr.score([[1] * 35]), "respondent 1 has 35 answers; ECR-R needs 36")
refused(lambda: ecr.score([low, ["x"] + [1] * 35]), "respondent 2: answer 1 ('x') is not a number")
rq = attachscore.Instrument("rq")
assert rq.categories and rq.score([[7, 1, 2, 3, None]])[rq.categories[0]] == ["secure"]
print("python module: same as the CLI on the sample; lists, arrays, frames; errors explained")

# The checks of the command line run before scoring: the three fixtures stop with the way on in
# this module's words, check=False and the settling options go on.
import csv  # noqa: E402
import warnings  # noqa: E402


def fixture(name):
    with open(os.path.join(root, "tests", "data", "checks", name), newline="") as f:
        return [[float(v) for v in row[1:]] for row in list(csv.reader(f))[1:]]


def stops(rows, code, fragment, **options):
    try:
        attachscore.Instrument("ecr-r", **options).score(rows)
    except attachscore.AttachscoreCheckError as e:
        assert e.findings[0].code == code and e.findings[0].stops, e.findings
        assert fragment in str(e), (fragment, str(e))
        assert "--" not in str(e), str(e)
        return e.findings
    raise AssertionError("no stop: " + fragment)


five = fixture("five-point-120.csv")
stops(five, 1, 'score with scale="1-5"')
stops(fixture("zero-based-120.csv"), 1, 'score with missing="0", scale="1-6"')
found = stops(fixture("reversed-120.csv"), 5, 'score with already_reversed="all"')
assert found[0].items == sorted(reversed_items), found[0].items
assert "use keys_as_declared=True" in found[0].text, found[0].text
with warnings.catch_warnings(record=True) as seen:
    warnings.simplefilter("always")
    as_given = attachscore.Instrument("ecr-r", scale="1-5").score(five)
    assert len(as_given["anxiety"]) == 120 and not seen, [str(w.message) for w in seen]
    attachscore.Instrument("ecr-r").score(five, check=False)
    assert any(issubclass(w.category, attachscore.AttachscoreHint) and "1–5" in str(w.message)
               for w in seen), [str(w.message) for w in seen]
fixed = attachscore.Instrument("ecr-r", already_reversed="all").score(fixture("reversed-120.csv"))
assert len(fixed["anxiety"]) == 120
zeros = attachscore.Instrument("ecr-r", missing=0, scale="1-6").score(fixture("zero-based-120.csv"))
assert len(zeros["anxiety"]) == 120
refused(lambda: attachscore.Instrument("ecr-r", scale="five"), 'scale takes two whole numbers')
refused(lambda: attachscore.Instrument("ecr-r", already_reversed=[1]),
        "names item 1, which ECR-R does not reverse")
print("python module: the checks stop as the command line stops; options settle them")

# Norms: the RAAS's women's norms of Ledley et al. (2006), Close 3.65 (SD 0.87), computed here.
women = attachscore.Instrument("raas", norms="ledley-2006", norm_group="female")
normed = women.score([[3] * 18], check=False)
want = (3 - 3.65) / 0.87
assert abs(normed["close_z"][0] - want) < 1e-12, normed["close_z"]
assert abs(normed["close_t"][0] - (50 + 10 * want)) < 1e-12, normed["close_t"]
assert abs(normed["close_percentile"][0] - 50 * math.erfc(-want / math.sqrt(2))) < 1e-12
assert math.isnan(normed["close_depend_z"][0]), normed["close_depend_z"]
assert "close_z" not in attachscore.Instrument("raas").score([[3] * 18], check=False)
refused(lambda: attachscore.Instrument("raas", norms="ledley-2006"),
        'has the groups male and female; name one with "norm_group"')
print("python module: norms give z, T and percentiles")
