"""Score adult-attachment questionnaires from Python, through attachscore's C API (ctypes).

Pure Python over the shared library libattachscore-c.so, installed beside it: nothing to compile
for each Python version, and the scores are the ones the command line and the C++ library give,
from the same code.

    import attachscore
    ecr = attachscore.Instrument("ecr-r")
    scores = ecr.score([[4, 5, 3, ...], ...])   # one row of answers per respondent
    scores["anxiety"]                            # a NumPy array (a list without NumPy)
    ecr.score_frame(rows)                        # a pandas DataFrame, when pandas is installed

Scores describe tendencies on continuous dimensions, not a diagnosis: show Instrument.disclaimer
beside them.
"""

import ctypes
import math
import os
import pathlib

__all__ = ["Instrument", "AttachscoreError", "library_version"]

_VALID = 0


class AttachscoreError(Exception):
    """An instrument that cannot be opened, or answers that do not fit it."""


def _find_library():
    named = os.environ.get("ATTACHSCORE_LIBRARY")
    if named:
        return named
    here = pathlib.Path(__file__).resolve().parent
    # Installed: <prefix>/lib/python3/dist-packages/attachscore → <prefix>/lib (or a multiarch
    # folder below it, as GNUInstallDirs chooses for the /usr prefix).
    lib = here.parent.parent.parent
    for folder in [lib, here.parent.parent] + sorted(lib.glob("*-linux-gnu*")):
        for candidate in sorted(folder.glob("libattachscore-c.so*")):
            return str(candidate)
    return "libattachscore-c.so"


def _load():
    lib = ctypes.CDLL(_find_library())
    c_inst = ctypes.c_void_p
    size = ctypes.c_size_t
    text = ctypes.c_char_p
    signatures = {
        "attachscore_version": (text, []),
        "attachscore_status_text": (text, [ctypes.c_int]),
        "attachscore_string_free": (None, [ctypes.c_void_p]),
        "attachscore_instrument_open_builtin":
            (ctypes.c_int, [text, ctypes.POINTER(c_inst), ctypes.POINTER(ctypes.c_void_p)]),
        "attachscore_instrument_open_file":
            (ctypes.c_int, [text, ctypes.POINTER(c_inst), ctypes.POINTER(ctypes.c_void_p)]),
        "attachscore_instrument_free": (None, [c_inst]),
        "attachscore_instrument_id": (text, [c_inst]),
        "attachscore_instrument_name": (text, [c_inst]),
        "attachscore_instrument_short_name": (text, [c_inst]),
        "attachscore_instrument_citation": (text, [c_inst]),
        "attachscore_instrument_disclaimer": (text, [c_inst, text]),
        "attachscore_scale_min": (ctypes.c_int, [c_inst]),
        "attachscore_scale_max": (ctypes.c_int, [c_inst]),
        "attachscore_item_count": (size, [c_inst]),
        "attachscore_item_number": (ctypes.c_int, [c_inst, size]),
        "attachscore_target_count": (size, [c_inst]),
        "attachscore_target_id": (text, [c_inst, size]),
        "attachscore_answer_count": (size, [c_inst]),
        "attachscore_score_count": (size, [c_inst]),
        "attachscore_score_id": (text, [c_inst, size]),
        "attachscore_score_label": (text, [c_inst, size, text]),
        "attachscore_category_count": (size, [c_inst]),
        "attachscore_category_id": (text, [c_inst, size]),
        "attachscore_result_new": (ctypes.c_void_p, [c_inst]),
        "attachscore_result_free": (None, [ctypes.c_void_p]),
        "attachscore_score":
            (ctypes.c_int, [c_inst, ctypes.POINTER(ctypes.c_double), size, ctypes.c_void_p]),
        "attachscore_result_value": (ctypes.c_double, [ctypes.c_void_p, size]),
        "attachscore_result_answered": (ctypes.c_int, [ctypes.c_void_p, size]),
        "attachscore_result_status": (ctypes.c_int, [ctypes.c_void_p, size]),
        "attachscore_result_reason": (text, [ctypes.c_void_p, size]),
        "attachscore_result_band": (text, [ctypes.c_void_p, size, text]),
        "attachscore_result_category": (text, [ctypes.c_void_p, size]),
    }
    for name, (restype, argtypes) in signatures.items():
        function = getattr(lib, name)
        function.restype = restype
        function.argtypes = argtypes
    return lib


_lib = _load()


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


class Instrument:
    """A questionnaire's definition, compiled for scoring: a built-in id ("ecr-r") or a path to
    an instrument file (JSON). Safe to share between threads."""

    def __init__(self, id_or_path):
        handle = ctypes.c_void_p()
        message = ctypes.c_void_p()
        text = os.fspath(id_or_path)
        is_file = (isinstance(id_or_path, os.PathLike) or text.lower().endswith(".json")
                   or os.sep in text or os.path.isfile(text))
        opener = (_lib.attachscore_instrument_open_file if is_file
                  else _lib.attachscore_instrument_open_builtin)
        status = opener(os.fsencode(text), ctypes.byref(handle), ctypes.byref(message))
        if status != 0:
            why = _text(ctypes.string_at(message.value)) if message.value else None
            _lib.attachscore_string_free(message)
            raise AttachscoreError(why or _text(_lib.attachscore_status_text(status)))
        self._handle = handle
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

    def score(self, respondents, language="en"):
        """Scores respondents: a list of rows (or a 2-D NumPy array), each with answer_count
        answers in item order (None or NaN for a blank). Returns a dict of columns: each score,
        its `_answered` count, `_band` label and `_reason` (empty when valid), and each
        category. Numbers come as NumPy arrays when NumPy is installed, else lists."""
        columns = {}
        for s in self.scores:
            for suffix in ("", "_answered", "_band", "_reason"):
                columns[s + suffix] = []
        for c in self.categories:
            columns[c] = []
        result = _lib.attachscore_result_new(self._handle)
        if not result:
            raise MemoryError("attachscore: no memory for a result")
        answers = (ctypes.c_double * self.answer_count)()
        lang = language.encode()
        try:
            for number, row in enumerate(respondents, start=1):
                self._score_one(row, number, answers, result)
                for i, s in enumerate(self.scores):
                    columns[s].append(_lib.attachscore_result_value(result, i))
                    columns[s + "_answered"].append(_lib.attachscore_result_answered(result, i))
                    columns[s + "_band"].append(_text(_lib.attachscore_result_band(result, i, lang)))
                    columns[s + "_reason"].append(_text(_lib.attachscore_result_reason(result, i)))
                for i, c in enumerate(self.categories):
                    columns[c].append(_text(_lib.attachscore_result_category(result, i)) or None)
        finally:
            _lib.attachscore_result_free(result)
        return _as_arrays(columns, self.scores)

    def _score_one(self, row, number, answers, result):
        row = list(row)
        if len(row) != self.answer_count:
            raise AttachscoreError(
                f"respondent {number} has {len(row)} answers; {self.short_name} needs "
                f"{self.answer_count} (items {self.items[0]}–{self.items[-1]} in order)")
        try:
            for k, value in enumerate(row):
                answers[k] = _answer(value)
        except (TypeError, ValueError):
            raise AttachscoreError(
                f"respondent {number}: answer {k + 1} ({row[k]!r}) is not a number") from None
        status = _lib.attachscore_score(self._handle, answers, self.answer_count, result)
        if status != 0:
            raise AttachscoreError(_text(_lib.attachscore_status_text(status)))

    def score_frame(self, respondents, language="en", index=None):
        """The same as score(), as a pandas DataFrame (needs pandas)."""
        import pandas
        return pandas.DataFrame(self.score(respondents, language), index=index)


def _as_arrays(columns, scores):
    try:
        import numpy
    except ImportError:
        return columns
    for s in scores:
        columns[s] = numpy.asarray(columns[s], dtype=float)
        columns[s + "_answered"] = numpy.asarray(columns[s + "_answered"], dtype=int)
    return columns
