"""The shared library libattachscore-c.so, found beside the module and loaded with ctypes, with
the signature of every C function the module calls (attachscore.h)."""

import ctypes
import os
import pathlib


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
        "attachscore_options_new": (ctypes.c_void_p, []),
        "attachscore_options_free": (None, [ctypes.c_void_p]),
        "attachscore_options_set":
            (ctypes.c_int, [ctypes.c_void_p, text, text, ctypes.POINTER(ctypes.c_void_p)]),
        "attachscore_instrument_configure":
            (ctypes.c_int, [c_inst, ctypes.c_void_p, ctypes.POINTER(c_inst),
                            ctypes.POINTER(ctypes.c_void_p)]),
        "attachscore_score_batch":
            (ctypes.c_int, [c_inst, ctypes.POINTER(ctypes.c_double), size,
                            ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_int),
                            ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int),
                            ctypes.POINTER(ctypes.c_int), ctypes.POINTER(size)]),
        "attachscore_norm_batch":
            (ctypes.c_int, [c_inst, ctypes.POINTER(ctypes.c_double), size,
                            ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_double),
                            ctypes.POINTER(ctypes.c_double)]),
        "attachscore_band_count": (size, [c_inst, size]),
        "attachscore_band_label": (text, [c_inst, size, size, text]),
        "attachscore_last_error": (text, []),
        "attachscore_checks_new":
            (ctypes.c_int, [c_inst, ctypes.c_void_p, ctypes.POINTER(ctypes.c_void_p)]),
        "attachscore_checks_free": (None, [ctypes.c_void_p]),
        "attachscore_checks_add":
            (ctypes.c_int, [ctypes.c_void_p, ctypes.POINTER(ctypes.c_double), size]),
        "attachscore_checks_evaluate": (size, [ctypes.c_void_p]),
        "attachscore_finding_code": (ctypes.c_int, [ctypes.c_void_p, size]),
        "attachscore_finding_stops": (ctypes.c_int, [ctypes.c_void_p, size]),
        "attachscore_finding_items":
            (size, [ctypes.c_void_p, size, ctypes.POINTER(ctypes.c_int), size]),
        "attachscore_finding_text": (text, [ctypes.c_void_p, size, ctypes.c_void_p]),
    }
    for name, (restype, argtypes) in signatures.items():
        function = getattr(lib, name)
        function.restype = restype
        function.argtypes = argtypes
    return lib


_lib = _load()
