#!/usr/bin/env python3
"""The HTML report of 500 respondents in a real browser (Debian chromium, headless, through
chromedriver): one card per respondent, every point on the plane, ids and kept columns shown as
text and never run, nothing fetched; screenshots at desktop and phone widths for a person to look
at. Usage: report_in_chromium.py ATTACHSCORE OUT_DIR. Exit 77 (skipped) without chromium,
chromedriver or selenium (scripts/dev.sh installs them)."""
import csv
import os
import random
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from html_check import TagBalance  # noqa: E402

try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
except ImportError:
    print("python3-selenium is not installed: skipped")
    sys.exit(77)

EXE, OUT = sys.argv[1], sys.argv[2]
CHROMIUM = shutil.which("chromium")
DRIVER = shutil.which("chromedriver")
if not CHROMIUM or not DRIVER:
    print("chromium or chromedriver is not installed: skipped")
    sys.exit(77)

N = 500
HOSTILE_ID = "<script>alert(1)</script>"
HOSTILE_NOTE = '<img src=x onerror="alert(2)"> & "quoted"'


def write_class(path):
    """500 ECR-R respondents with answers from 1 to 7 and no blanks, so every one has both
    scores; row 1 carries a script as its id and row 2 an image tag in a kept column."""
    rng = random.Random(14)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "note"] + [f"Q{n}" for n in range(1, 37)])
        for r in range(N):
            anxiety, avoidance = rng.uniform(1.5, 6.5), rng.uniform(1.5, 6.5)
            answers = []
            for n in range(1, 37):
                level = anxiety if n <= 18 else avoidance
                reverse = n in (9, 11, 20, 22, 26, 27, 28, 29, 30, 31, 33, 34, 35, 36)
                a = min(7, max(1, round(rng.gauss(level, 0.9))))
                answers.append(8 - a if reverse else a)
            rid = HOSTILE_ID if r == 0 else f"s{r + 1:03d}"
            note = HOSTILE_NOTE if r == 1 else "class A"
            w.writerow([rid, note] + answers)


def browser(width, height):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                f"--window-size={width},{height}", "--hide-scrollbars"):
        options.add_argument(arg)
    return webdriver.Chrome(service=Service(DRIVER), options=options)


def main():
    os.makedirs(OUT, exist_ok=True)
    data = os.path.join(OUT, "class-500.csv")
    page = os.path.join(OUT, "report-500.html")
    write_class(data)
    run = subprocess.run([EXE, "report", "ecr-r", data, "--id-column", "id", "--keep", "note",
                          "-o", page], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert run.stderr.endswith(f"{N} cards, {N} scored without a problem.\n"), run.stderr

    failures = []

    def check(condition, what):
        if not condition:
            failures.append(what)

    balance = TagBalance()
    with open(page, encoding="utf-8") as f:
        balance.feed(f.read())
    check(not balance.problems and not balance.open,
          f"tags balanced: {balance.problems[:3]} open {balance.open[:3]}")

    driver = browser(1280, 900)
    try:
        driver.get("file://" + os.path.abspath(page))
        js = driver.execute_script
        check(js("return document.querySelectorAll('article.card').length") == N,
              "one card per respondent")
        check(js("return document.querySelectorAll('article.card p.disclaimer').length") == N,
              "the disclaimer on every card")
        circles = js("return document.querySelectorAll('section.summary figure svg circle').length")
        check(circles == N, f"every respondent on the plane ({circles})")
        check(js("return document.querySelectorAll('.histograms svg').length") == 2,
              "a histogram per score")
        check(js("return document.scripts.length") == 0, "no script element")
        check(js("return document.querySelectorAll('img,iframe,object,embed,link').length") == 0,
              "no element that loads anything")
        check(js("return performance.getEntriesByType('resource').length") == 0,
              "nothing fetched")
        first = js("return document.querySelector('article.card h3').textContent")
        check(first == f"Respondent {HOSTILE_ID} (line 2)", f"the id shown as text: {first!r}")
        kept = js("return document.querySelectorAll('article.card p.kept')[1].textContent")
        check(kept == f"note: {HOSTILE_NOTE}", f"the kept column shown as text: {kept!r}")
        tooltip = js("return document.querySelector('section.summary svg circle title').textContent")
        check(tooltip == HOSTILE_ID, f"the id as the point's tooltip: {tooltip!r}")
        width = js("return document.documentElement.scrollWidth")
        check(width <= 1280, f"no horizontal scrolling at 1280 px ({width})")
        driver.save_screenshot(os.path.join(OUT, "report-desktop.png"))
        # A phone: a desktop window cannot be made this narrow, so the device is emulated.
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": 390, "height": 844, "deviceScaleFactor": 2,
                                "mobile": True})
        driver.get("file://" + os.path.abspath(page))
        width = js("return document.documentElement.scrollWidth")
        check(width <= 390, f"no horizontal scrolling on a phone ({width})")
        js("document.querySelector('article.card').scrollIntoView()")
        driver.save_screenshot(os.path.join(OUT, "report-phone-card.png"))
        js("window.scrollTo(0, 0)")
        driver.save_screenshot(os.path.join(OUT, "report-phone-top.png"))
        # Printed on A4 (15 mm margins: 180 × 267 mm, 680 × 1009 CSS px): the first page holds
        # the plane with its caption, not the heading alone.
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": 680, "height": 1009, "deviceScaleFactor": 1,
                                "mobile": False})
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        driver.get("file://" + os.path.abspath(page))
        bottom = js("return document.querySelector('.planes figure').getBoundingClientRect().bottom")
        check(bottom <= 1009, f"the plane on the first printed page (ends at {bottom:.0f} of 1009 px)")
        driver.save_screenshot(os.path.join(OUT, "report-print-first-page.png"))
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    finally:
        driver.quit()
    if failures:
        print("FAILED:\n  " + "\n  ".join(failures))
        return 1
    print(f"{N} cards and points checked in {CHROMIUM}; screenshots in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
