#!/usr/bin/env python3
"""A disk that fills during a lesson, on a small tmpfs inside a private mount namespace
(unshare -m; never the machine's real disks): `take --save` on a full disk refuses before the
first question; `class --save` keeps every saved answer a whole line, tells the student (no
path), the terminal and the board, and saves again once there is room.
Usage: full_disk.py ATTACHSCORE"""
import http.client
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse

EXE = sys.argv[1]
if os.environ.get("ATTACHSCORE_IN_NAMESPACE") != "1":
    if os.geteuid() != 0 or not shutil.which("unshare"):
        print("needs root and unshare for a private tmpfs; skipped")
        sys.exit(77)
    env = dict(os.environ, ATTACHSCORE_IN_NAMESPACE="1")
    sys.exit(subprocess.run(["unshare", "-m", "--propagation", "private", sys.executable,
                             *sys.argv], env=env).returncode)

DISK = tempfile.mkdtemp(prefix="attachscore-full-")
subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", DISK], check=True)
FAILURES = []


def check(condition, what):
    if not condition:
        FAILURES.append(what)
        print("FAILED:", what, flush=True)


def fill(path):
    """Fills the disk to the last byte."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    for size in (4096, 1):
        try:
            while True:
                os.write(fd, b"x" * size)
        except OSError:
            pass
    os.close(fd)


try:
    filler = os.path.join(DISK, "filler")
    fill(filler)
    take = subprocess.run([EXE, "take", "ecr-s", "--save", os.path.join(DISK, "take.csv")],
                          input="4\n" * 12, capture_output=True, text=True, timeout=30)
    check(take.returncode == 2 and "No space left on device" in take.stderr
          and "Question 1" not in take.stdout, f"take on a full disk: {take.stderr!r}")
    os.remove(filler)

    save = os.path.join(DISK, "class.csv")
    server = subprocess.Popen([EXE, "class", "ecr-s", "--bind", "127.0.0.1", "--port", "0",
                               "--save", save, "--per-address", "1000"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True)
    text = ""
    while "Ctrl-C ends" not in text:
        line = server.stdout.readline()
        if not line:
            sys.exit("the server did not start: " + server.stderr.read())
        text += line
    port = int(re.search(r"http://127\.0\.0\.1:(\d+)/", text).group(1))
    code = re.search(r"Class code: (\w+)", text).group(1)
    key = re.search(r"/board\?key=([0-9a-f]{32})", text).group(1)

    def request(method, path, body=None, headers=None):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        conn.request(method, path, body=body, headers=headers or {})
        r = conn.getresponse()
        return r.status, dict(r.getheaders()), r.read().decode()

    def submit(k):
        body = urllib.parse.urlencode([("code", code)] + [(f"q{i}", str((i + k) % 7 + 1))
                                                          for i in range(1, 13)])
        return request("POST", "/answers", body,
                       {"Content-Type": "application/x-www-form-urlencoded"})

    fill(filler)
    statuses, page = [], ""
    for k in range(200):  # the file's last page fills, then a row no longer fits
        status, _, body = submit(k)
        statuses.append(status)
        if status != 303:
            page = body
            break
    kept = statuses.count(303)
    check(statuses[-1] == 503, f"an answer the full disk cannot take: {statuses[-5:]} "
          f"after {kept}")
    check("could not save these answers, so they were not recorded" in page and DISK not in page
          and page.count(" checked") == 12, f"the student told, without a path, answers kept")
    with open(save) as f:
        lines = f.read().split("\n")
    check(lines[-1] == "" and len(lines) == kept + 2 and all(
        re.fullmatch(r"web-\d{4}(,\d){12}", l) for l in lines[1:-1]),
        f"only whole rows in the file ({len(lines) - 2} rows for {kept} answers)")
    _, headers, _ = request("GET", "/board?key=" + key)
    cookie = headers["Set-Cookie"].split(";")[0]
    board = request("GET", "/board", headers={"Cookie": cookie})[2]
    check("The last answer or change could not be saved" in board and DISK not in board, "the board says so")
    check(f"{kept} answers so far" in board, "the board counts the saved answers only")
    os.remove(filler)
    check(submit(500)[0] == 303, "saved again once there is room")
    board = request("GET", "/board", headers={"Cookie": cookie})[2]
    check("could not be saved" not in board and f"{kept + 1} answers so far" in board,
          "the board's warning gone")
    server.send_signal(2)
    _, err = server.communicate(timeout=10)
    check("a change was NOT saved: cannot write to" in err, f"the terminal told: {err!r}")
    with open(save) as f:
        rows = f.read().splitlines()
    check(len(rows) == kept + 2 and rows[-1].startswith(f"web-{kept + 1:04d},"),
          "the next row whole, with the next id")
finally:
    subprocess.run(["umount", DISK])
    os.rmdir(DISK)

if FAILURES:
    sys.exit(f"{len(FAILURES)} checks failed")
print("a full disk: take refused at once; class kept whole rows and told student, board, terminal")
