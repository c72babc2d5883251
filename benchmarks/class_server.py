#!/usr/bin/env python3
"""How many answers per second attachscore class takes, and its peak memory: N submissions from
32 client threads, then N form pages, against a server on 127.0.0.1.
Usage: python3 benchmarks/class_server.py build/default/cli/attachscore N
(The Python client is the slower side: the figures are a floor for the server.)"""
import concurrent.futures
import http.client
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse

EXE, N = sys.argv[1], int(sys.argv[2])
# Every client here is one address (127.0.0.1): the per-address limit is raised past N.
server = subprocess.Popen([EXE, "class", "ecr-s", "--bind", "127.0.0.1", "--port", "0", "--save",
                           os.path.join(tempfile.mkdtemp(), "answers.csv"),
                           "--per-address", str(N + 10)],
                          stdout=subprocess.PIPE, text=True)
text = ""
while "Ctrl-C" not in text:
    text += server.stdout.readline()
port = int(re.search(r":(\d+)/\?code", text).group(1))
code = re.search(r"Class code: (\w+)", text).group(1)
body = urllib.parse.urlencode([("code", code)] + [(f"q{i}", str(i % 7 + 1)) for i in range(1, 13)])


def call(method, path, data=None, headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request(method, path, data, headers or {})
    response = conn.getresponse()
    response.read()
    conn.close()
    return response.status


def timed(what, fn):
    started = time.time()
    with concurrent.futures.ThreadPoolExecutor(32) as pool:
        statuses = list(pool.map(fn, range(N)))
    seconds = time.time() - started
    print(f"{N} {what}: {seconds:.2f} s, {N / seconds:.0f}/s, statuses {sorted(set(statuses))}")


timed("submissions", lambda _: call("POST", "/answers", body,
                                     {"Content-Type": "application/x-www-form-urlencoded"}))
timed("form pages", lambda _: call("GET", "/"))
with open(f"/proc/{server.pid}/status") as f:
    print("server peak memory:", [l.split()[1] + " kB" for l in f if l.startswith("VmHWM")][0])
server.send_signal(signal.SIGINT)
print(server.communicate()[0].strip())
