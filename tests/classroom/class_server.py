#!/usr/bin/env python3
"""attachscore class as a real server on 127.0.0.1 (an ephemeral port): 200 students answering
at once (all on the board and in the --save file, none lost or twice), then malformed, oversized,
slow, wrong-code and hostile requests — each refused while the server keeps serving — and Ctrl-C.
Scores are checked against the ECR-S key worked here, independently of attachscore.
Usage: class_server.py ATTACHSCORE DATA_DIR OUT_DIR"""
import concurrent.futures
import http.client
import os
import random
import re
import resource
import signal
import socket
import subprocess
import sys
import time
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "browser"))
from html_check import problems as html_problems  # noqa: E402

EXE, DATA, OUT = sys.argv[1], sys.argv[2], sys.argv[3]
SANITIZED = sys.argv[4:] == ["sanitized"]
os.makedirs(OUT, exist_ok=True)
SAVE = os.path.join(OUT, "answers.csv")
if os.path.exists(SAVE):
    os.remove(SAVE)
FAILURES = []


def check(condition, what):
    if not condition:
        FAILURES.append(what)
        print("FAILED:", what, flush=True)


def start(*extra, limit_files=None):
    # 200 students from one address here (127.0.0.1): more than a class behind one router.
    server = subprocess.Popen(
        [EXE, "class", "ecr-s", "--bind", "127.0.0.1", "--port", "0", "--save", SAVE,
         "--timeout", "2", "--wording", os.path.join(DATA, "wording/ecr-s-placeholder.csv")]
        + list(extra or ["--per-address", "250"]),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=(lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (limit_files, limit_files)))
        if limit_files else None)
    lines = []
    deadline = time.time() + 30
    while time.time() < deadline:
        line = server.stdout.readline()
        if not line:
            break
        lines.append(line)
        if "Ctrl-C ends the session." in line:
            text = "".join(lines)
            port = int(re.search(r"http://127\.0\.0\.1:(\d+)/\?code=", text).group(1))
            code = re.search(r"Class code: (\w+)", text).group(1)
            key = re.search(r"/board\?key=([0-9a-f]{32})", text).group(1)
            return server, port, code, key
    server.kill()
    sys.exit("the server did not start: " + "".join(lines) + server.stderr.read())


SERVER, PORT, CODE, KEY = start()


def request(method, path, body=None, headers=None, timeout=10, source="127.0.0.1"):
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=timeout,
                                      source_address=(source, 0))
    try:
        conn.request(method, path, body=body, headers=headers or {})
        r = conn.getresponse()
        return r.status, dict(r.getheaders()), r.read().decode("utf-8", "replace")
    finally:
        conn.close()


FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def answer_form(answers, code=None):
    fields = [("code", CODE if code is None else code)] + [(f"q{i + 1}", str(a)) for i, a in enumerate(answers)]
    return urllib.parse.urlencode(fields)


def expected_scores(a):
    """ECR-S (Wei et al., 2007): anxiety 2, 4, 6, 8R, 10, 12; avoidance 1R, 3, 5R, 7, 9R, 11."""
    r = lambda n: 8 - a[n - 1]
    anxiety = (a[1] + a[3] + a[5] + r(8) + a[9] + a[11]) / 6
    avoidance = (r(1) + a[2] + r(5) + a[6] + r(9) + a[10]) / 6
    return anxiety, avoidance


def submit(answers, source="127.0.0.1", cookie=None):
    hdrs = dict(FORM, Cookie=cookie) if cookie else FORM
    status, headers, _ = request("POST", "/answers", answer_form(answers), hdrs, source=source)
    return status, headers.get("Location", "")


def board(cookie):
    return request("GET", "/board", headers={"Cookie": cookie})


# The form, with the security headers.
status, headers, page = request("GET", "/")
check(status == 200 and "Placeholder statement 12" in page, "the form with the wording")
check("default-src 'none'" in headers.get("Content-Security-Policy", ""), "a strict CSP")
check(headers.get("Referrer-Policy") == "no-referrer", "no referrer")
check(page.count('type="radio"') == 12 * 7, "7 answers for each of 12 questions")
check(not html_problems(page), f"the form is well formed: {html_problems(page)[:3]}")

# The board: only with the key; the key becomes a cookie; no points before 5 answers.
check(request("GET", "/board")[0] == 403, "the board without the key")
check(request("GET", "/board?key=" + "0" * 32)[0] == 403, "the board with a wrong key")
status, headers, _ = request("GET", "/board?key=" + KEY)
cookie = headers.get("Set-Cookie", "").split(";")[0]
check(status == 303 and cookie == "board=" + KEY, "the key set as a cookie")
check("HttpOnly" in headers.get("Set-Cookie", "") and "SameSite=Strict" in headers.get("Set-Cookie", ""),
      "the cookie is HttpOnly and SameSite=Strict")

rng = random.Random(15)
students = [[rng.randint(1, 7) for _ in range(12)] for _ in range(200)]
for a in students[:4]:
    check(submit(a)[0] == 303, "a first submission")
status, _, page = board(cookie)
check(status == 200 and "4 answers so far" in page and "<circle" not in page
      and "at least 5 students" in page, "no points before 5 answers")

# 196 students at once.
with concurrent.futures.ThreadPoolExecutor(max_workers=48) as pool:
    results = list(pool.map(submit, students[4:]))
tokens = [loc for s, loc in results]
check(all(s == 303 for s, _ in results), f"every submission accepted: {set(s for s, _ in results)}")
check(all(re.fullmatch(r"/result/[0-9a-f]{32}", t) for t in tokens), "unguessable result links")
check(len(set(tokens)) == 196, "one link per student")
status, _, page = board(cookie)
check("200 answers so far" in page, "200 on the board")
check(not html_problems(page), f"the board is well formed: {html_problems(page)[:3]}")
check(page.count("<circle") == 200, f"200 points on the plane ({page.count('<circle')})")
check(re.search(r"<circle[^>]*><title>[^<]", page) is None, "no point carries a name")

# The --save file: every student once, answers as sent.
with open(SAVE) as f:
    rows = f.read().splitlines()
check(rows[0] == "id,Q1,Q2,Q3,Q4,Q5,Q6,Q7,Q8,Q9,Q10,Q11,Q12", "the saved header")
ids = [r.split(",")[0] for r in rows[1:]]
check(len(rows) == 201 and len(set(ids)) == 200, f"200 saved rows, ids unique ({len(rows) - 1})")
saved = sorted(",".join(r.split(",")[1:]) for r in rows[1:])
check(saved == sorted(",".join(map(str, a)) for a in students), "the saved answers are the sent ones")

# A result page: the scores by the published key, the disclaimer, one point.
for a, token in list(zip(students[4:], tokens))[:20]:
    status, _, page = request("GET", token)
    anxiety, avoidance = expected_scores(a)
    check(status == 200 and f"Attachment anxiety: {anxiety:.2f}" in page
          and f"Attachment avoidance: {avoidance:.2f}" in page, f"scores on {token}")
    check(not html_problems(page), f"the result is well formed: {html_problems(page)[:3]}")
    plane = page[page.find("<figure>"):page.find("</figure>")]
    check('class="disclaimer"' in page and plane.count("<circle") == 1 and 'r="8"' in plane,
          "the disclaimer, and the student's point alone on the plane")
check(request("GET", "/result/" + "0" * 32)[0] == 404, "an unknown result")

# Back and Send again from the same phone: its answer changes, it is not a second student.
_, headers, _ = request("GET", "/", source="127.0.0.4")
device = headers.get("Set-Cookie", "").split(";")[0]
check(re.fullmatch(r"device=[0-9a-f]{32}", device) is not None, f"a device cookie ({device})")
first = submit(students[0], "127.0.0.4", device)
again = submit(students[1], "127.0.0.4", device)
check(first[0] == 303 and again[1] == first[1] + "?changed=1", "the same device changes its answer")
check("201 answers so far" in board(cookie)[2], "a changed answer is not another student")
with open(SAVE) as f:
    check(f.read().count("web-0201,") == 1, "the changed answer saved once")

# Incomplete, invalid and wrong-code forms come back with the answers kept.
partial = urllib.parse.urlencode([("code", CODE), ("q1", "4"), ("q2", "9")])
status, _, page = request("POST", "/answers", partial, FORM)
check(status == 422 and page.count('fieldset class="question marked"') == 11,
      "10 unanswered and 1 invalid question marked")
check(not html_problems(page), f"the returned form is well formed: {html_problems(page)[:3]}")
check('value="4" checked' in page and "10 questions still need an answer" in page,
      "the answers kept, the missing listed")
status, _, page = request("POST", "/answers", answer_form(students[0], "<script>alert(1)</script>"), FORM)
check(status == 403 and "The class code is not right" in page, "a wrong code")
check("&lt;SCRIPT&gt;ALERT(1)&lt;/SCRIPT&gt;" in page and "<SCRIPT" not in page.upper().replace(
    '<SCRIPT SRC="/APP.JS">', ""), "the typed code escaped")

# Malformed requests, each refused; the server goes on.
bad = {
    "a broken escape": ("POST", "/answers", "code=%zz", FORM, 400),
    "a field twice": ("POST", "/answers", "code=A&code=B", FORM, 400),
    "an unknown field": ("POST", "/answers", "code=A&name=Ann", FORM, 400),
    "not a form": ("POST", "/answers", "{}", {"Content-Type": "application/json"}, 415),
    "a body over 64 KiB": ("POST", "/answers", "q1=" + "1" * 70000, FORM, 413),
    "a header over 8 KiB": ("GET", "/", None, {"Cookie": "x=" + "y" * 9000}, 431),
    "a method not served": ("PUT", "/", "x", FORM, 405),
    "a path outside the pages": ("GET", "/../../etc/passwd", None, {}, 404),
    "a file name": ("GET", "/instruments/ecr-s.json", None, {}, 404),
    "an answer not as a button sends it": ("POST", "/answers", answer_form(["4.0"] + [4] * 11),
                                           FORM, 422),
}
for what, (method, path, body, hdrs, want) in bad.items():
    try:
        got = request(method, path, body, hdrs)[0]
    except (ConnectionError, http.client.HTTPException) as e:
        got = repr(e)
    check(got == want, f"{what}: {got}, expected {want}")
with socket.create_connection(("127.0.0.1", PORT), timeout=5) as s:
    s.sendall(b"NOT HTTP AT ALL\r\n\r\n")
    check(s.recv(100).startswith(b"HTTP/1.1 400"), "a request that is not HTTP")
# A body framed by anything but chunked alone is refused (RFC 9112 6.1), not guessed at.
for coding in (b"xchunked", b"chunked, identity", b"identity"):
    with socket.create_connection(("127.0.0.1", PORT), timeout=5) as s:
        s.sendall(b"POST /answers HTTP/1.1\r\nHost: x\r\nContent-Type: "
                  b"application/x-www-form-urlencoded\r\nTransfer-Encoding: " + coding +
                  b"\r\n\r\n6\r\ncode=A\r\n0\r\n\r\n")
        check(s.recv(100).startswith(b"HTTP/1.1 400"), f"Transfer-Encoding: {coding!r}")

# Slow clients hold nothing: the server answers others, and cuts them off after --timeout 2.
slow = []
for _ in range(20):
    s = socket.create_connection(("127.0.0.1", PORT), timeout=10)
    s.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n")
    slow.append(s)
started = time.time()
check(request("GET", "/")[0] == 200 and time.time() - started < 1.5, "served beside slow clients")
time.sleep(3)
cut = sum(1 for s in slow if s.recv(10) == b"")
check(cut == 20, f"slow clients cut off after the timeout ({cut} of 20)")
for s in slow:
    s.close()

# More connections than allowed: the extra ones are turned away, the server stays up.
idle = [socket.create_connection(("127.0.0.1", PORT), timeout=10) for _ in range(270)]
time.sleep(0.5)
turned = 0
for s in idle:
    s.setblocking(False)
    try:
        turned += s.recv(20).startswith(b"HTTP/1.1 503")
    except BlockingIOError:
        pass
check(turned >= 10, f"connections over 256 turned away ({turned})")
for s in idle:
    s.close()
time.sleep(0.2)
# One client holding its share (half of 256) keeps nobody else out.
hog = [socket.create_connection(("127.0.0.1", PORT), timeout=10) for _ in range(140)]
time.sleep(0.5)
check(request("GET", "/", source="127.0.0.2")[0] == 200, "another address served beside a hog")
try:
    refused = request("GET", "/")[0]
except (ConnectionError, http.client.HTTPException) as e:
    refused = repr(e)
check(refused == 503, f"the hog's address turned away over its share ({refused})")
for s in hog:
    s.close()
time.sleep(0.2)
check(request("GET", "/")[0] == 200, "serving after the crowd left")

# The teacher's buttons: hide the board, close submissions (a student is told), open again.
TOKEN = re.search(r'name="form" value="([0-9a-f]{32})"', board(cookie)[2]).group(1)
OWN = {"Origin": f"http://127.0.0.1:{PORT}", "Sec-Fetch-Site": "same-origin"}
hide = lambda action: request("POST", "/board", f"form={TOKEN}&action={action}",
                              dict(FORM, Cookie=cookie, **OWN))
# A page on another port of the same host sends the cookie too (SameSite ignores ports).
other = dict(FORM, Cookie=cookie, Origin="http://127.0.0.1:1", **{"Sec-Fetch-Site": "same-site"})
check(request("POST", "/board", f"form={TOKEN}&action=hide", other)[0] == 403,
      "a button pressed on another origin")
check(request("POST", "/board", "action=hide", dict(FORM, Cookie=cookie))[0] == 403,
      "a button without the board's form token")
check(hide("hide")[0] == 303 and "The board is hidden" in board(cookie)[2]
      and "<circle" not in board(cookie)[2], "the board hidden")
check(hide("show")[0] == 303 and board(cookie)[2].count("<circle") == 201, "the board shown")
check(request("POST", "/board", "action=close", FORM)[0] == 403, "buttons need the key")
check(hide("close")[0] == 303, "answers closed")
status, _, page = request("POST", "/answers", answer_form(students[0]), FORM)
check(status == 403 and "no longer takes answers" in page, "a submission after closing")
check(hide("open")[0] == 303 and submit(students[0])[0] == 303, "answers open again")
last = re.search(r"Remove the last answer \((web-\d+)\)", board(cookie)[2]).group(1)
check(last == "web-0202", f"the last answer named on the board ({last})")
remove = lambda: request("POST", "/board", f"form={TOKEN}&last={last}&action=remove",
                         dict(FORM, Cookie=cookie, **OWN))[0]
check(remove() == 303 and remove() == 303 and "201 answers so far" in board(cookie)[2],
      "the last answer removed, once")
check(submit(students[0])[0] == 303, "an answer after the removal")

# A second session on the same port is refused, with the way on.
second = subprocess.run([EXE, "class", "ecr-s", "--bind", "127.0.0.1", "--port", str(PORT)],
                        capture_output=True, text=True, timeout=30)
check(second.returncode == 2 and second.stderr == f"attachscore class: cannot listen on "
      f"127.0.0.1:{PORT}: Address already in use (another program uses the port: choose another "
      f"with --port).\n", f"a port in use: {second.stderr!r}")

# The save file is this session's: take --save on it is refused, with the way on.
took = subprocess.run([EXE, "take", "ecr-s", "--save", SAVE], input="4\n" * 12,
                      capture_output=True, text=True, timeout=30)
check(took.returncode == 2 and "is in use by another attachscore session" in took.stderr,
      f"take --save on the session's file: {took.stderr!r}")

# Ctrl-C ends the session cleanly, with the board's kept-alive connection still open.
board_conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=10)
board_conn.request("GET", "/board/state", headers={"Cookie": cookie})
board_conn.getresponse().read()
time.sleep(0.5)
SERVER.send_signal(signal.SIGINT)
try:
    out, err = SERVER.communicate(timeout=10)
except subprocess.TimeoutExpired:
    SERVER.kill()
    out, err = SERVER.communicate()
check(SERVER.returncode == 0, f"exit code {SERVER.returncode} after Ctrl-C: {err}")
board_conn.close()
check(f"Session ended: 202 answers, saved in {SAVE}." in out, f"the last line: {out!r}")
with open(SAVE) as f:
    saved_ids = [line.split(",")[0] for line in f.read().splitlines()[1:]]
check(len(saved_ids) == 202 and "web-0202" not in saved_ids and saved_ids[-1] == "web-0203",
      f"202 answers saved, the removed one not ({saved_ids[-3:]})")

# A restart on the same file goes on from it: the count, the board, the next id.
SERVER, PORT, CODE, KEY = start("--per-address", "5")
status, headers, _ = request("GET", "/board?key=" + KEY)
cookie = headers.get("Set-Cookie", "").split(";")[0]
check("202 answers so far" in board(cookie)[2], "the restarted board shows the file's answers")
check(submit(students[2])[0] == 303, "an answer after the restart")
with open(SAVE) as f:
    check(f.read().splitlines()[-1].startswith("web-0204,"), "the next id after a restart")
# One address sending many answers at once: a few taken (--per-address 5), then 429.
flood = [submit(students[3], "127.0.0.5")[0] for _ in range(30)]
check(flood.count(303) == 5 and flood.count(429) == 25, f"a flood from one address ({flood.count(303)})")
check(submit(students[3], "127.0.0.6")[0] == 303, "another address still answers")
SERVER.send_signal(signal.SIGINT)
SERVER.communicate(timeout=10)

# Out of file descriptors: the accept loop waits instead of spinning, and serves again after.
# (Not under the sanitizers: their runtime needs a descriptor to check a pointer.)
def out_of_descriptors():
    global SERVER, PORT, CODE, KEY
    SERVER, PORT, CODE, KEY = start(limit_files=40)
    crowd = [socket.create_connection(("127.0.0.1", PORT), timeout=10) for _ in range(60)]
    time.sleep(0.5)

    def cpu_seconds(pid):
        fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    before = cpu_seconds(SERVER.pid)
    time.sleep(2)
    spent = cpu_seconds(SERVER.pid) - before
    check(spent < 0.4, f"CPU while out of descriptors: {spent:.2f} s in 2 s")
    for s in crowd:
        s.close()
    time.sleep(0.5)
    check(request("GET", "/")[0] == 200, "serving again once descriptors are free")
    SERVER.send_signal(signal.SIGINT)
    SERVER.communicate(timeout=10)


if not SANITIZED:
    out_of_descriptors()

# A save file that cannot be kept stops the command before it serves.
for bad_save, says in ((os.path.join(OUT, "no-such-dir", "x.csv"), "cannot create"),
                       ("/dev/zero", "is not a regular file"), (OUT, "is not a regular file")):
    started = time.time()
    r = subprocess.run([EXE, "class", "ecr-s", "--bind", "127.0.0.1", "--port", "0", "--save",
                        bad_save], capture_output=True, text=True, timeout=20)
    check(r.returncode == 2 and says in r.stderr and "Students open" not in r.stdout
          and time.time() - started < 5, f"--save {bad_save}: {r.returncode} {r.stderr!r}")
fifo = os.path.join(OUT, "fifo.csv")
if not os.path.exists(fifo):
    os.mkfifo(fifo)
r = subprocess.run([EXE, "class", "ecr-s", "--bind", "127.0.0.1", "--port", "0", "--save", fifo],
                   capture_output=True, text=True, timeout=20)
check(r.returncode == 2 and "is not a regular file" in r.stderr, f"a FIFO: {r.stderr!r}")

if FAILURES:
    sys.exit(f"{len(FAILURES)} checks failed")
print("200 students at once, every refusal, slow and crowding clients, hide/close, Ctrl-C: ok")
