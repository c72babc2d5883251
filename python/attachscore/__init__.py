"""Score adult-attachment questionnaires from Python, through attachscore's C API (ctypes).

Pure Python over the shared library libattachscore-c.so, installed beside it: nothing to compile
for each Python version, and the scores are the ones the command line and the C++ library give,
from the same code.

    import attachscore
    ecr = attachscore.Instrument("ecr-r")               # or ("ecr-r", scale="1-5", ...)
    scores = ecr.score([[4, 5, 3, ...], ...])   # one row of answers per respondent
    scores["anxiety"]                            # a NumPy array (a list without NumPy)
    ecr.score_frame(rows)                        # a pandas DataFrame, when pandas is installed

Before scoring, score() runs the checks the command line runs over a file (answers on another
scale than the published one, reverse-keyed items already reversed in the export, items in another
order, answers off the scale): a finding that would make the scores wrong raises
AttachscoreCheckError, which says how to go on (e.g. Instrument("ecr-r", scale="1-5")); weaker
signs are AttachscoreHint warnings.

Scores describe tendencies on continuous dimensions, not a diagnosis: show Instrument.disclaimer
beside them.
"""

import ctypes
import math
import os
import warnings

from ._native import _lib

__all__ = ["Instrument", "AttachscoreError", "AttachscoreCheckError", "AttachscoreHint",
           "Finding", "library_version"]

_VALID = 0


class AttachscoreError(Exception):
    """An instrument that cannot be opened, or answers that do not fit it."""


class Finding:
    """What a check of the whole table found: `code` (the library's finding_code: 1 another
    administered scale, 5 reverse-keyed items already reversed, 10 another item order …),
    `stops` (scores would be wrong), the item numbers it names, and its sentence."""

    def __init__(self, code, stops, items, text):
        self.code, self.stops, self.items, self.text = code, stops, items, text

    def __repr__(self):
        return f"Finding(code={self.code}, stops={self.stops})"


class AttachscoreCheckError(AttachscoreError):
    """The answers do not fit the instrument as configured; `findings` says why and how to go
    on (another administered scale, items already reversed …)."""

    def __init__(self, findings):
        super().__init__("\n".join(f.text for f in findings if f.stops))
        self.findings = findings


class AttachscoreHint(UserWarning):
    """A sign worth a look that does not make the scores wrong (scoring went on)."""


class _Words(ctypes.Structure):
    _fields_ = [("names", ctypes.c_char_p * 18), ("setting", ctypes.c_char_p),
                ("flag", ctypes.c_char_p), ("together", ctypes.c_char_p),
                ("description", ctypes.c_char_p)]


def _python_words():
    """The options as this module's keyword arguments, for the findings' ways on."""
    words = _Words()
    for i, name in enumerate([b"scale", b"missing", b"already_reversed", b"keys_as_declared",
                              b"item_order", b"columns", b"columns", b"encoding", b"id",
                              b"classify"]):
        words.names[i] = name
    words.setting = b'{name}="{value}"'
    words.flag = b"{name}=True"
    words.together = b", "
    words.description = b"'attachscore info {id}'"
    return words




def library_version():
    """The version of the attachscore library loaded."""
    return _lib.attachscore_version().decode()


def _text(raw):
    return None if raw is None else raw.decode("utf-8")


def _answer(value):
    """A cell as the C API takes it: NaN for a blank (None, NaN, "")."""
    if value is None or value == "":
        return math.nan
    return float(value)


def _message(status, message):
    why = _text(ctypes.string_at(message.value)) if message.value else None
    _lib.attachscore_string_free(message)
    return why or _text(_lib.attachscore_status_text(status))


def _option_text(value):
    if isinstance(value, (list, tuple)):
        return ",".join(str(v) for v in value)
    return str(value)


class Instrument:
    """A questionnaire's definition, compiled for scoring: a built-in id ("ecr-r") or a path to
    an instrument file (JSON), and how the answers were given, as the command line's options:
    `scale` the response scale actually administered ("1-5"), `already_reversed` the
    reverse-keyed items the data hold already reversed ("all", "9,11" or a list),
    `keys_as_declared` to score the keys as declared even when the data look reversed,
    `item_order` the order the answers are in (one the instrument declares), `classify`
    optional category rules, `missing` answer values that mean "not answered" (e.g. "0"),
    `norms` a norm set of the instrument ("ledley-2006") or a norm file and `norm_group` the
    respondents' group in it ("female"): score() then adds each score's z, T and percentile.
    Safe to share between threads."""

    def __init__(self, id_or_path, scale=None, already_reversed=None, keys_as_declared=False,
                 item_order=None, classify=None, missing=None, norms=None, norm_group=None):
        handle = ctypes.c_void_p()
        message = ctypes.c_void_p()
        text = os.fspath(id_or_path)
        is_file = (isinstance(id_or_path, os.PathLike) or text.lower().endswith(".json")
                   or os.sep in text or os.path.isfile(text))
        opener = (_lib.attachscore_instrument_open_file if is_file
                  else _lib.attachscore_instrument_open_builtin)
        status = opener(os.fsencode(text), ctypes.byref(handle), ctypes.byref(message))
        if status != 0:
            raise AttachscoreError(_message(status, message))
        settings = {"scale": scale, "already_reversed": already_reversed,
                    "keys_as_declared": "true" if keys_as_declared else None,
                    "item_order": item_order, "classify": classify,
                    "norms": os.fspath(norms) if norms is not None else None,
                    "norm_group": norm_group}
        if any(v is not None for v in settings.values()):
            handle = self._configure(handle, settings)
        self._handle = handle
        self.norms = norms is not None
        self.missing = {float(m) for m in (_option_text(missing).split(",") if missing is not None
                                           else [])}
        self._describe(handle)

    @staticmethod
    def _configure(base, settings):
        options = _lib.attachscore_options_new()
        configured = ctypes.c_void_p()
        message = ctypes.c_void_p()
        try:
            for name, value in settings.items():
                if value is None:
                    continue
                status = _lib.attachscore_options_set(options, name.encode(),
                                                      _option_text(value).encode(),
                                                      ctypes.byref(message))
                if status != 0:
                    raise AttachscoreError(_message(status, message))
            status = _lib.attachscore_instrument_configure(base, options, ctypes.byref(configured),
                                                           ctypes.byref(message))
            if status != 0:
                raise AttachscoreError(_message(status, message))
            return configured
        finally:
            _lib.attachscore_options_free(options)
            _lib.attachscore_instrument_free(base)

    def _describe(self, handle):
        count = _lib.attachscore_score_count(handle)
        self.id = _text(_lib.attachscore_instrument_id(handle))
        self.name = _text(_lib.attachscore_instrument_name(handle))
        self.short_name = _text(_lib.attachscore_instrument_short_name(handle))
        self.citation = _text(_lib.attachscore_instrument_citation(handle))
        self.scale = (_lib.attachscore_scale_min(handle), _lib.attachscore_scale_max(handle))
        self.items = [_lib.attachscore_item_number(handle, i)
                      for i in range(_lib.attachscore_item_count(handle))]
        self.targets = [_text(_lib.attachscore_target_id(handle, t))
                        for t in range(_lib.attachscore_target_count(handle))]
        self.answer_count = _lib.attachscore_answer_count(handle)
        self.scores = [_text(_lib.attachscore_score_id(handle, s)) for s in range(count)]
        self.categories = [_text(_lib.attachscore_category_id(handle, c))
                           for c in range(_lib.attachscore_category_count(handle))]

    def __del__(self):
        handle = getattr(self, "_handle", None)
        if handle:
            _lib.attachscore_instrument_free(handle)
            self._handle = None

    def __repr__(self):
        return f"Instrument({self.id!r})"

    def disclaimer(self, language="en"):
        """The sentence every interpretation is shown with."""
        return _text(_lib.attachscore_instrument_disclaimer(self._handle, language.encode()))

    def check(self, respondents):
        """The findings of the whole-table checks over these respondents (as score() takes
        them), stops first, each worded with this module's keyword arguments."""
        answers, rows = self._pack(respondents)
        return self._findings(answers, rows)

    def score(self, respondents, language="en", check=True):
        """Scores respondents: a list of rows (or a 2-D NumPy array), each with answer_count
        answers in item order (None or NaN for a blank). First the whole-table checks: a finding
        that would make the scores wrong raises AttachscoreCheckError (with check=False it is a
        warning), hints are AttachscoreHint warnings. Returns a dict of columns: each score, its
        `_answered` count, `_band` label and `_reason` (empty when valid), and each category.
        Numbers come as NumPy arrays when NumPy is installed, else lists."""
        answers, rows = self._pack(respondents)
        findings = self._findings(answers, rows)
        if check and any(f.stops for f in findings):
            raise AttachscoreCheckError(findings)
        for f in findings:
            warnings.warn(f.text, AttachscoreHint, stacklevel=2)
        return self._score_packed(answers, rows, language.encode())

    def _pack(self, respondents):
        rows = [list(row) for row in respondents]
        answers = (ctypes.c_double * (len(rows) * self.answer_count))()
        for number, row in enumerate(rows, start=1):
            if len(row) != self.answer_count:
                raise AttachscoreError(
                    f"respondent {number} has {len(row)} answers; {self.short_name} needs "
                    f"{self.answer_count} (items {self.items[0]}–{self.items[-1]} in order)")
            base = (number - 1) * self.answer_count
            for k, value in enumerate(row):
                try:
                    v = _answer(value)
                except (TypeError, ValueError):
                    raise AttachscoreError(f"respondent {number}: answer {k + 1} ({value!r}) is "
                                           "not a number") from None
                answers[base + k] = math.nan if v in self.missing else v
        return answers, len(rows)

    def _findings(self, answers, rows):
        checks = ctypes.c_void_p()
        if _lib.attachscore_checks_new(self._handle, None, ctypes.byref(checks)) != 0:
            raise AttachscoreError(_text(_lib.attachscore_last_error()))
        try:
            if _lib.attachscore_checks_add(checks, answers, rows) != 0:
                raise AttachscoreError(_text(_lib.attachscore_last_error()))
            words = _python_words()
            found = []
            for i in range(_lib.attachscore_checks_evaluate(checks)):
                items = (ctypes.c_int * 64)()
                count = _lib.attachscore_finding_items(checks, i, items, 64)
                found.append(Finding(_lib.attachscore_finding_code(checks, i),
                                     bool(_lib.attachscore_finding_stops(checks, i)),
                                     list(items[:min(count, 64)]),
                                     _text(_lib.attachscore_finding_text(checks, i,
                                                                         ctypes.byref(words)))))
            return found
        finally:
            _lib.attachscore_checks_free(checks)

    def _score_packed(self, answers, rows, lang):
        k = len(self.scores)
        values = (ctypes.c_double * (rows * k))()
        answered = (ctypes.c_int * (rows * k))()
        statuses = (ctypes.c_int * (rows * k))()
        bands = (ctypes.c_int * (rows * k))()
        status = _lib.attachscore_score_batch(self._handle, answers, rows, values, answered,
                                              statuses, bands, None, None)
        if status != 0:
            raise AttachscoreError(_text(_lib.attachscore_last_error()))
        labels = [[_text(_lib.attachscore_band_label(self._handle, s, b, lang))
                   for b in range(_lib.attachscore_band_count(self._handle, s))]
                  for s in range(k)]
        columns = {}
        for s, name in enumerate(self.scores):
            columns[name] = [values[r * k + s] for r in range(rows)]
            columns[name + "_answered"] = [answered[r * k + s] for r in range(rows)]
            columns[name + "_band"] = [labels[s][bands[r * k + s]] if bands[r * k + s] >= 0
                                       else None for r in range(rows)]
            columns[name + "_reason"] = [""] * rows
        if self.norms:
            self._add_norms(values, rows, columns)
        for c in self.categories:
            columns[c] = [None] * rows
        self._explain(answers, rows, statuses, columns)
        return _as_arrays(columns, self.scores)

    def _add_norms(self, values, rows, columns):
        """Each score's z, T and percentile against the configured norm group."""
        k = len(self.scores)
        z, t, p = ((ctypes.c_double * (rows * k))() for _ in range(3))
        status = _lib.attachscore_norm_batch(self._handle, values, rows, z, t, p)
        if status != 0:
            raise AttachscoreError(_text(_lib.attachscore_last_error()))
        for s, name in enumerate(self.scores):
            columns[name + "_z"] = [z[r * k + s] for r in range(rows)]
            columns[name + "_t"] = [t[r * k + s] for r in range(rows)]
            columns[name + "_percentile"] = [p[r * k + s] for r in range(rows)]

    def _explain(self, answers, rows, statuses, columns):
        """Reasons for the scores that are not valid, and the categories, row by row."""
        k = len(self.scores)
        todo = [r for r in range(rows)
                if self.categories or any(statuses[r * k + s] != _VALID for s in range(k))]
        if not todo:
            return
        result = _lib.attachscore_result_new(self._handle)
        if not result:
            raise MemoryError("attachscore: no memory for a result")
        row = (ctypes.c_double * self.answer_count)()
        try:
            for r in todo:
                ctypes.memmove(row, ctypes.byref(answers, r * self.answer_count * 8),
                               self.answer_count * 8)
                _lib.attachscore_score(self._handle, row, self.answer_count, result)
                for s, name in enumerate(self.scores):
                    columns[name + "_reason"][r] = _text(_lib.attachscore_result_reason(result, s))
                for c, name in enumerate(self.categories):
                    columns[name][r] = _text(_lib.attachscore_result_category(result, c)) or None
        finally:
            _lib.attachscore_result_free(result)

    def score_frame(self, respondents, language="en", index=None, check=True):
        """The same as score(), as a pandas DataFrame (needs pandas)."""
        import pandas
        return pandas.DataFrame(self.score(respondents, language, check), index=index)


def _as_arrays(columns, scores):
    try:
        import numpy
    except ImportError:
        return columns
    for s in scores:
        columns[s] = numpy.asarray(columns[s], dtype=float)
        columns[s + "_answered"] = numpy.asarray(columns[s + "_answered"], dtype=int)
    return columns
