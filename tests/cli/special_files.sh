#!/usr/bin/env bash
# Files that are not regular files never block or fill the memory: a FIFO named *.json in an
# instruments folder, /dev/zero as a recode or norm file. Each must end at once with exit 2 and a
# message naming the file.
# usage: special_files.sh ATTACHSCORE SAMPLE_CSV SCRATCH
set -u
exe=$1 sample=$2 scratch=$3
rm -rf "$scratch" && mkdir -p "$scratch/instruments" || exit 1
mkfifo "$scratch/instruments/blocking.json"
failed=0
check() {  # check DESCRIPTION EXPECTED_TEXT COMMAND...
    local what=$1 text=$2
    shift 2
    local err code
    err=$(timeout 20 "$@" 2>&1 >/dev/null)
    code=$?
    if [ $code = 2 ] && grep -qF -- "$text" <<<"$err"; then
        echo "ok: $what"
    else
        echo "FAIL: $what (exit $code): $err"
        failed=1
    fi
}
check "a FIFO in an instruments folder" "blocking.json: this is not a regular file" \
    "$exe" list --instruments "$scratch/instruments"
check "/dev/zero as a recode file" "/dev/zero: this is not a regular file" \
    "$exe" score ecr-r "$sample" --recode /dev/zero
check "/dev/zero as a norm file" "/dev/zero: this is not a regular file" \
    "$exe" score raas "$sample" --norms /dev/zero
head -c $((17 << 20)) /dev/zero | tr '\0' ' ' >"$scratch/huge.csv"
check "a recode file of 17 MiB" "more than the 16 MiB a recode file may have" \
    "$exe" score ecr-r "$sample" --recode "$scratch/huge.csv"
# An instrument file with 200,000 repeated keys is answered at once, its first problems listed.
python3 -c "print('{' + ','.join(['\"a\": 1'] * 200000) + '}')" >"$scratch/repeated.json"
check "200,000 repeated keys" "more problems; fix the ones above first" "$exe" validate "$scratch/repeated.json"
# An instrument id of 27,000 characters in a folder every command reads: a message, not a crash.
mkdir -p "$scratch/huge-id"
python3 -c "print('{\"format\": 1, \"id\": \"' + 'a' * 27000 + '\"}')" >"$scratch/huge-id/huge.json"
check "an id of 27,000 characters" "must be at most 64 lower-case letters" \
    env ATTACHSCORE_INSTRUMENTS="$scratch/huge-id" "$exe" list
exit $failed
