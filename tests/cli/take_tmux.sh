#!/usr/bin/env bash
# attachscore take in a real terminal (tmux, 80 columns): answer, go back, skip, finish and save;
# then a second run that quits. usage: take_tmux.sh ATTACHSCORE TEST_DATA_DIR
set -u
exe=$1 data=$2
command -v tmux >/dev/null || { echo "tmux is not installed; skipped"; exit 77; }
export TERM=${TERM:-xterm}
work=$(mktemp -d)
sockets=()
trap 'for s in "${sockets[@]}"; do tmux -L "$s" kill-server 2>/dev/null; done; rm -rf "$work"' EXIT

start() {  # start RUN ARGS...: a fresh 80×40 terminal (its own tmux server) running take
    sock="attachscore-take-$$-$1"
    shift
    sockets+=("$sock")
    # A busy machine (the sanitizer run) can lose a server as it starts: try again. The shell
    # around take outlives a Ctrl-C (its trap), so the exit code and the terminal can be read.
    for _ in 1 2 3; do
        tmux -L "$sock" new-session -d -s take -x 80 -y 40 \
            "bash -c 'trap true INT; $exe take ecr-s --wording $data/wording/ecr-s-placeholder.csv --save $work/class.csv $*; echo EXIT=\$?; sleep 60'" &&
            tmux -L "$sock" has-session -t take 2>/dev/null && return 0
        sleep 1
    done
    echo "tmux could not start a session"; exit 1
}
screen() { tmux -L "$sock" capture-pane -p -S -400 -t take; }
wait_for() {  # wait_for TEXT: until the terminal shows it (20 s at most, for sanitized builds)
    for _ in $(seq 400); do screen | grep -qF -- "$1" && return 0; sleep 0.05; done
    echo "the terminal never showed: $1"; screen; exit 1
}
key() { tmux -L "$sock" send-keys -t take "$1"; }  # one key, no Enter: a terminal takes keys

start 1 --id t1
wait_for "Press the number (or letter) of your answer."
wait_for "Question 1 of 12"
key 2; wait_for "Question 2 of 12"
key 6; wait_for "Question 3 of 12"
tmux -L "$sock" send-keys -t take Enter Up  # not answers: ignored
key b; wait_for "Your answer (b: back, s: skip, q: quit without saving): b"
key 5; wait_for "Question 3 of 12"          # question 2 answered again: 5
key s; wait_for "Question 4 of 12"          # question 3 skipped
for q in 5 6 7 8 9 10 11 12; do key 4; wait_for "Question $q of 12"; done
key 4; wait_for "EXIT=0"
# By hand: anxiety 2,4,6,8R,10,12 = 5,4,4,8−4,4,4 → 25/6; avoidance 1R,3,5,7,9R,11 = 6,–,4,4,4,4 → 22/5.
screen | grep -qF "Attachment anxiety: 4.17 (6 of 6 answered)" || { echo "anxiety"; screen; exit 1; }
screen | grep -qF "Attachment avoidance: 4.40 (5 of 6 answered)" || { echo "avoidance"; screen; exit 1; }
wide=$(screen | awk 'length > 80' | head -1)
[ -z "$wide" ] || { echo "a line wider than 80 columns: $wide"; exit 1; }
[ "$(tail -1 "$work/class.csv")" = "t1,2,5,,4,4,4,4,4,4,4,4,4" ] || { cat "$work/class.csv"; exit 1; }

start 2 --id t2
wait_for "Question 1 of 12"
key 3; wait_for "Question 2 of 12"
key q; wait_for "EXIT=0"
screen | grep -qF "Stopped: nothing was saved." || { screen; exit 1; }
[ "$(wc -l <"$work/class.csv")" -eq 2 ] || { cat "$work/class.csv"; exit 1; }
# Ctrl-C mid-questionnaire: the program ends and the terminal echoes typing again.
start 3 --id t3
wait_for "Question 1 of 12"
tmux -L "$sock" send-keys -t take C-c
wait_for "EXIT=130"
tmux -L "$sock" send-keys -t take "echo typed-back" Enter  # the shell waits in sleep: echoed only
wait_for "echo typed-back"
[ "$(wc -l <"$work/class.csv")" -eq 2 ] || { cat "$work/class.csv"; exit 1; }
echo "take in a terminal, one key per answer: answered, went back, skipped, saved; quit and Ctrl-C saved nothing"
