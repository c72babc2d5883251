#!/usr/bin/env bash
# Set-up, build, test and example in one place, for a fresh Debian 12 machine or a warm one.
#   bash scripts/dev.sh example   install what is missing, build, score examples/ecr-r-sample.csv
#   bash scripts/dev.sh test      install what is missing, build, run every test, then again under
#                                 AddressSanitizer and UndefinedBehaviorSanitizer, then each
#                                 libFuzzer target briefly on its seed corpus
#   bash scripts/dev.sh fuzz [SECONDS]  run each libFuzzer target (default 600 s each)
#   bash scripts/dev.sh build     install what is missing and build (build/default)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# python3-pandas, python3-jsonschema and R with haven serve the checks in tests/validation;
# tmux, chromium, chromium-driver, python3-selenium and zbar-tools the tests of take in a terminal,
# the pages in a browser and the class QR code; libqrencode-dev draws that QR code; clang-format
# checks the sources' layout; the rest builds.
packages=(cmake ninja-build g++ libboost1.81-dev libboost-json1.81-dev libboost-program-options1.81-dev
          libfmt-dev doctest-dev libreadstat-dev libbenchmark-dev python3 python3-pandas python3-jsonschema clang clang-format libclang-rt-14-dev
          r-base-core r-cran-haven tmux chromium chromium-driver python3-selenium libqrencode-dev pkg-config zbar-tools)

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    ((${#missing[@]} == 0)) && return 0
    echo "Installing: ${missing[*]}" >&2
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Run as root, or install: ${missing[*]}" >&2; exit 2; }
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Runs every fuzz target for $1 seconds on a copy of its seed corpus; fails on any finding.
fuzz() {
    local out
    if ! out=$(build fuzz 2>&1); then
        echo "the fuzz build failed:" >&2
        tail -40 <<<"$out" >&2
        return 1
    fi
    local passed=0 failed=0
    for target in csv instrument choices stat recode checks cells; do
        local work
        work=$(mktemp -d)
        cp fuzz/corpus/"$target"/* "$work"/
        if ./build/fuzz/fuzz/fuzz_"$target" "$work" -max_total_time="$1" -rss_limit_mb=4096 \
            -artifact_prefix="$work/" >"$work/log" 2>&1; then
            echo "fuzz_$target: $(grep -o 'Done [0-9]* runs' "$work/log")"
            passed=$((passed + 1))
        else
            echo "fuzz_$target FAILED:" >&2
            tail -40 "$work/log" >&2
            failed=$((failed + 1))
        fi
    done
    echo "fuzz: $passed passed, $failed failed"
    [ "$failed" -eq 0 ]
}

build() {  # build PRESET
    cmake --preset "$1" >/dev/null
    cmake --build --preset "$1"
}

case "${1:-}" in
    example)
        install_missing
        build default >/dev/null
        ./build/default/cli/attachscore score ecr-r examples/ecr-r-sample.csv --id-column id
        ;;
    test)
        install_missing
        build default
        ctest --preset default
        build sanitize
        ctest --preset sanitize -LE package  # the package tests build and install the library again
        build tsan
        # Every unit test whose code runs on several threads, under ThreadSanitizer.
        TSAN_OPTIONS=halt_on_error=1 ./build/tsan/tests/attachscore_tests \
            -tc='*thread*,one pass*,repeated ids*'
        TSAN_OPTIONS=halt_on_error=1 ./build/tsan/tests/attachscore_classroom_tests -tc='*threads*'
        fuzz 15
        ;;
    fuzz)
        install_missing
        fuzz "${2:-600}"
        ;;
    build)
        install_missing
        build default
        ;;
    *)
        echo "usage: bash scripts/dev.sh example|test|build|fuzz [SECONDS]" >&2
        exit 2
        ;;
esac
