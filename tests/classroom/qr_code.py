#!/usr/bin/env python3
"""The QR code attachscore class prints on a terminal (run under tmux) decodes, with zbarimg
(Debian zbar-tools), to the students' address printed above it.
Usage: qr_code.py ATTACHSCORE OUT_DIR. Exit 77 (skipped) without tmux or zbarimg."""
import os
import shutil
import subprocess
import sys
import time

EXE, OUT = sys.argv[1], sys.argv[2]
if not shutil.which("tmux") or not shutil.which("zbarimg"):
    print("tmux or zbarimg (zbar-tools) is not installed: skipped")
    sys.exit(77)
os.makedirs(OUT, exist_ok=True)
sock = f"attachscore-qr-{os.getpid()}"
tmux = ["tmux", "-L", sock]
env = dict(os.environ, TERM=os.environ.get("TERM", "xterm"))
subprocess.run(tmux + ["new-session", "-d", "-s", "qr", "-x", "100", "-y", "50",
                       f"{EXE} class ecr-s --bind 127.0.0.1 --port 0; sleep 30"], check=True, env=env)
try:
    screen = ""
    for _ in range(200):  # 20 s at most, for sanitized builds
        screen = subprocess.run(tmux + ["capture-pane", "-p", "-t", "qr"], capture_output=True,
                                text=True).stdout
        if "Class code:" in screen:
            break
        time.sleep(0.1)
finally:
    subprocess.run(tmux + ["kill-server"], capture_output=True)
lines = screen.split("\n")
url = lines[1].strip()
assert url.startswith("http://127.0.0.1:") and "/?code=" in url, screen
# The code is printed black on white: a full or half block is dark, a space light. Each line
# holds two rows of modules.
rows = []
for line in lines[2:]:
    if not any(c in line for c in "█▀▄"):
        continue
    cells = line[2:]
    rows.append([c in "█▀" for c in cells])
    rows.append([c in "█▄" for c in cells])
width, margin, scale = max(len(r) for r in rows), 4, 8
pixels = bytearray()
for y in range((len(rows) + 2 * margin) * scale):
    ry = y // scale - margin
    for x in range((width + 2 * margin) * scale):
        rx = x // scale - margin
        dark = 0 <= ry < len(rows) and 0 <= rx < len(rows[ry]) and rows[ry][rx]
        pixels.append(0 if dark else 255)
image = os.path.join(OUT, "qr.pgm")
with open(image, "wb") as f:
    f.write(b"P5 %d %d 255\n" % ((width + 2 * margin) * scale, (len(rows) + 2 * margin) * scale))
    f.write(pixels)
decoded = subprocess.run(["zbarimg", "-q", "--raw", image], capture_output=True, text=True).stdout.strip()
if decoded != url:
    sys.exit(f"the QR code reads {decoded!r}, the address is {url!r}")
print(f"the QR code reads {url}")
