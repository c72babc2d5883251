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
key '<'; wait_for "Ctrl-C stops without saving): <"
key 5; wait_for "Question 3 of 12"          # question 2 answered again: 5
key '>'; wait_for "Question 4 of 12"        # question 3 skipped
tmux -L "$sock" send-keys -t take Left; wait_for "Question 3 of 12 (ECR-S item 3)"  # ← is back
tmux -L "$sock" send-keys -t take Right; wait_for "Question 4 of 12"               # → skips
for q in 5 6 7 8 9 10 11 12; do key 4; wait_for "Question $q of 12"; done
key 4; wait_for "EXIT=0"
# By hand: anxiety 2,4,6,8R,10,12 = 5,4,4,8−4,4,4 → 25/6; avoidance 1R,3,5,7,9R,11 = 6,–,4,4,4,4 → 22/5.
screen | grep -qF "Attachment anxiety: 4.17 (6 of 6 answered)" || { echo "anxiety"; screen; exit 1; }
screen | grep -qF "Attachment avoidance: 4.40 (5 of 6 answered)" || { echo "avoidance"; screen; exit 1; }
wide=$(screen | awk 'length > 80' | head -1)
[ -z "$wide" ] || { echo "a line wider than 80 columns: $wide"; exit 1; }
[ "$(tail -1 "$work/class.csv")" = "t1,2,5,,4,4,4,4,4,4,4,4,4" ] || { cat "$work/class.csv"; exit 1; }

# In Spanish, every word; two keys typed at once answer one question (the second is dropped,
# since its question was not on the screen yet); Ctrl-C stops without saving.
start 2 --id t2 --lang es
wait_for "Pregunta 1 de 12"
key 36; wait_for "Pregunta 2 de 12"
sleep 0.5
screen | grep -qF "Pregunta 3 de 12" && { echo "a key typed ahead answered question 2"; screen; exit 1; }
screen | grep -qE "Question|Your answer|answer with" && { echo "English in a Spanish run"; screen; exit 1; }
screen | grep -qF "Tu respuesta (<: atrás, >: saltar; Ctrl-C: parar sin guardar): 3" || { screen; exit 1; }
tmux -L "$sock" send-keys -t take C-c
wait_for "EXIT=130"
[ "$(wc -l <"$work/class.csv")" -eq 2 ] || { cat "$work/class.csv"; exit 1; }
# Ctrl-C mid-questionnaire: the program ends and the terminal echoes typing again.
start 3 --id t3
wait_for "Question 1 of 12"
tmux -L "$sock" send-keys -t take C-c
wait_for "EXIT=130"
tmux -L "$sock" send-keys -t take "echo typed-back" Enter  # the shell waits in sleep: echoed only
wait_for "echo typed-back"
[ "$(wc -l <"$work/class.csv")" -eq 2 ] || { cat "$work/class.csv"; exit 1; }

# Ctrl-Z and fg in an interactive shell: single keys work again after fg.
sock="attachscore-take-$$-4"; sockets+=("$sock")
tmux -L "$sock" new-session -d -s take -x 80 -y 40 "bash --norc --noprofile -i"
sleep 0.3
tmux -L "$sock" send-keys -t take "$exe take ecr-s --save $work/fg.csv --id t4; echo EXIT=\$?" Enter
wait_for "Question 1 of 12"
key 2; wait_for "Question 2 of 12"
tmux -L "$sock" send-keys -t take C-z; wait_for "Stopped"
tmux -L "$sock" send-keys -t take "fg" Enter; sleep 0.5
key 6; wait_for "Question 3 of 12"  # one key, no Enter: single keys again
tmux -L "$sock" send-keys -t take C-c; sleep 0.3
tmux -L "$sock" send-keys -t take "echo AFTER=\$?" Enter; wait_for "AFTER=130"

# --repeat: one person after another; the screen and its scrollback are cleared between them.
sock="attachscore-take-$$-5"; sockets+=("$sock")
tmux -L "$sock" new-session -d -s take -x 80 -y 24 \
    "bash -c 'trap true INT; $exe take ecr-s --save $work/repeat.csv --repeat; echo EXIT=\$?; sleep 60'"
wait_for "Question 1 of 12"
for q in 2 3 4 5 6 7 8 9 10 11 12; do key 4; wait_for "Question $q of 12"; done
key 4; wait_for "-- more: press a key --"  # 24 lines: the report a screenful at a time
screen | grep -qF "Attachment anxiety: 4.00" || { echo "the report's start is not on the screen"; screen; exit 1; }
key x; wait_for "Press Enter when you have read this"
tmux -L "$sock" send-keys -t take Enter; wait_for "Question 1 of 12"
sleep 0.3
screen | grep -qF "Attachment anxiety" && { echo "the previous person's report is still there"; screen; exit 1; }
tmux -L "$sock" send-keys -t take C-c; wait_for "EXIT=130"
[ "$(wc -l <"$work/repeat.csv")" -eq 2 ] || { cat "$work/repeat.csv"; exit 1; }
echo "take in a terminal: keys, back, skip, arrows, Spanish, typed-ahead keys dropped, Ctrl-C, Ctrl-Z and fg, --repeat cleared between people"
