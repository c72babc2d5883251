#!/usr/bin/env bash
# Standard error closed or full never aborts a run, and output that cannot be written is an error
# (exit 2), never a silent success.
# usage: closed_streams.sh ATTACHSCORE SAMPLE_CSV
set -u
exe=$1 sample=$2
failed=0
check() {
    local what=$1
    shift
    if "$@"; then echo "ok: $what"; else echo "FAIL: $what"; failed=1; fi
}
rows() { "$exe" score ecr-r "$sample" --id-column id "$@"; }
expected=$(rows 2>/dev/null)

out=$(rows 2>&-); code=$?
check "standard error closed: exit 0" test $code = 0
check "standard error closed: the scores are complete" test "$out" = "$expected"
out=$(rows 2>/dev/full); code=$?
check "standard error full: exit 0" test $code = 0
check "standard error full: the scores are complete" test "$out" = "$expected"
"$exe" score ecr-r "$sample" --answers 1 2>&- >/dev/null; code=$?
check "an error with standard error closed still exits 2" test $code = 2
rows >/dev/full 2>/dev/null; code=$?
check "scores to a full disk: exit 2" test $code = 2
"$exe" list >/dev/full 2>/dev/null; code=$?
check "list to a full disk: exit 2" test $code = 2
"$exe" info ecr-r >/dev/full 2>/dev/null; code=$?
check "info to a full disk: exit 2" test $code = 2
exit $failed
