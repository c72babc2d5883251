#!/usr/bin/env bash
# -o never destroys what its name points at. Each case prints "ok: …" or "FAIL: …"; the script
# fails when any case fails. Runs in a scratch folder; the /dev/null case runs in a private mount
# namespace on a tmpfs of its own, never on the machine's /dev (skipped when not root).
# usage: output_targets.sh ATTACHSCORE SAMPLE_CSV SCRATCH
set -u
exe=$1 sample=$2 scratch=$3
rm -rf "$scratch" && mkdir -p "$scratch" && cd "$scratch" || exit 1
failed=0
check() {  # check DESCRIPTION COMMAND...
    local what=$1
    shift
    if "$@"; then echo "ok: $what"; else echo "FAIL: $what"; failed=1; fi
}
score() { "$exe" score ecr-r "$sample" --id-column id "$@" 2>/dev/null; }
leftovers() { ! ls -A . | grep -q '^\.attachscore-'; }

score >expected.csv
umask 022

# A new file is readable by its owner only, unless --mode says otherwise.
score -o new.csv
check "a new output file is made 0600" test "$(stat -c %a new.csv)" = 600
score -o shared.csv --mode 0644
check "--mode 0644 makes it 0644" test "$(stat -c %a shared.csv)" = 644
check "--mode rejects what is not octal" test "$("$exe" score ecr-r "$sample" -o x.csv --mode 0888 2>&1 >/dev/null; echo $?)" != 0

# An existing file keeps its mode.
echo old >private.csv && chmod 0640 private.csv
score -o private.csv
check "an existing 0640 file stays 0640" test "$(stat -c %a private.csv)" = 640
check "and holds the scores" cmp -s private.csv expected.csv

# A symbolic link is followed: the file it points to gets the scores, the link stays a link.
echo old >real.csv && ln -s real.csv link.csv
score -o link.csv
check "a symbolic link stays a link" test -L link.csv
check "the file it points to holds the scores" cmp -s real.csv expected.csv

# A hard link stays one file with two names.
echo old >a.csv && ln a.csv b.csv
score -o a.csv
check "hard links still share one file" test "$(stat -c %i a.csv)" = "$(stat -c %i b.csv)"
check "both names show the scores" cmp -s b.csv expected.csv

# A FIFO is written through, not replaced.
mkfifo pipe.csv
cat pipe.csv >from-pipe.csv &
reader=$!
score -o pipe.csv
wait $reader
check "a FIFO stays a FIFO" test -p pipe.csv
check "its reader got the scores" cmp -s from-pipe.csv expected.csv

# /dev/stdout is standard output.
check "-o /dev/stdout prints the scores" cmp -s <(score -o /dev/stdout) expected.csv

# The input is never the output.
cp "$sample" input.csv
"$exe" score ecr-r input.csv --id-column id -o input.csv 2>err.txt
code=$?
check "-o naming the input exits 2" test $code = 2
check "and leaves the answers as they were" cmp -s input.csv "$sample"
check "and says why" grep -q "names the input file" err.txt
ln -s input.csv input-link.csv
"$exe" score ecr-r input.csv --id-column id -o input-link.csv 2>/dev/null
check "a link to the input is refused too" cmp -s input.csv "$sample"

# A long name (250 bytes) works: the temporary file's name is short.
long=$(printf 'n%.0s' $(seq 1 246)).csv
score -o "$long"
check "a 250-byte output name works" cmp -s "$long" expected.csv

# SIGTERM, SIGINT or SIGHUP while the output is being written leaves nothing behind.
for sig in TERM INT HUP; do
    mkfifo slow-input
    "$exe" score ecr-r - --id-column id -o killed.csv <slow-input 2>/dev/null &
    pid=$!
    exec 3>slow-input
    head -2 "$sample" >&3
    sleep 0.5
    kill -$sig $pid
    wait $pid 2>/dev/null
    exec 3>&-
    rm -f slow-input
    check "SIG$sig leaves no temporary file" leftovers
    check "SIG$sig leaves no output" test ! -e killed.csv
done
check "no temporary file is left anywhere" leftovers

# No file the command reads is replaced by what it writes: the recode file, the wording file, or
# the input under --svg; and a template never empties a filled file.
printf 'answer,value\nStrongly agree,7\n' >recode.csv && cp recode.csv recode.kept
"$exe" score ecr-r "$sample" --id-column id --recode recode.csv -o recode.csv 2>said.txt
check "-o onto the recode file is refused" test $? = 2
check "and says so" grep -q "names the recode file, which this command reads" said.txt
check "the recode file is left as it was" cmp -s recode.csv recode.kept
"$exe" wording-template ecr-s -o words.csv 2>/dev/null && sed -i '2,$s/,$/,some words/' words.csv
cp words.csv words.kept
"$exe" wording-template ecr-s -o words.csv 2>said.txt
check "a template over a filled wording file is refused" test $? = 2
check "and says why" grep -q "holds something other than this template" said.txt
check "the filled file is left as it was" cmp -s words.csv words.kept
"$exe" score ecr-s "$sample" --columns 'Q{n}' --id-column id --wording words.csv --respondent x \
    -o words.csv 2>said.txt
check "-o onto the wording file is refused" grep -q "names the wording file" said.txt
check "the wording file is left as it was" cmp -s words.csv words.kept
cp "$sample" input.csv && cp input.csv input.kept
"$exe" report ecr-r input.csv --id-column id -o page.html --svg input.csv 2>said.txt
check "--svg onto the input is refused" test $? = 2
check "naming --svg" grep -q "^attachscore: --svg input.csv names the input file" said.txt
check "the input is left as it was" cmp -s input.csv input.kept

# /dev/null stays a character device (in a private mount namespace, on a tmpfs of its own).
if [ "$(id -u)" = 0 ] && command -v unshare >/dev/null; then
    mkdir dev
    unshare -m bash -c "mount -t tmpfs none dev && mknod dev/null c 1 3 && chmod 666 dev/null &&
        '$exe' score ecr-r '$sample' --id-column id -o dev/null 2>/dev/null && test -c dev/null" 
    check "-o on a null device leaves it a character device" test $? = 0
else
    echo "skipped: the /dev/null case needs root and unshare"
fi
exit $failed
