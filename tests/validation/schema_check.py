#!/usr/bin/env python3
"""Keeps docs/instrument.schema.json honest: every file attachscore accepts must pass the schema,
and files with an unknown key, a wrong type or a missing key must fail it.

usage: schema_check.py SCHEMA VALID_FILE... -- INVALID_FILE...
Exit 0 when all agree, 1 otherwise, 77 when jsonschema is not installed (test skipped).
"""
import json
import sys

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed")
    sys.exit(77)

schema_path, *files = sys.argv[1:]
split = files.index("--")
valid, invalid = files[:split], files[split + 1:]
validator = jsonschema.Draft202012Validator(json.load(open(schema_path, encoding="utf-8")))
failures = 0
for path in valid:
    errors = list(validator.iter_errors(json.load(open(path, encoding="utf-8"))))
    for e in errors:
        print(f"{path}: /{'/'.join(map(str, e.absolute_path))}: {e.message}")
    failures += bool(errors)
    print(f"{path}: {'passes' if not errors else 'FAILS'} the schema")
for path in invalid:
    errors = list(validator.iter_errors(json.load(open(path, encoding="utf-8"))))
    print(f"{path}: {len(errors)} schema error(s), as it should" if errors else f"{path}: passes but should FAIL")
    failures += not errors
sys.exit(1 if failures else 0)
