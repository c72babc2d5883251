#!/usr/bin/env python3
"""A student in a real browser (Debian chromium through chromedriver, a phone emulated): opens the
class address, types the code, answers by tapping the answers, reloads (the answers are kept by
the page's script), submits and reaches their result; the teacher's board, at projector size,
shows the class on the plane. Screenshots go to OUT_DIR for a person to look at.
Usage: class_in_chromium.py ATTACHSCORE DATA_DIR OUT_DIR. Exit 77 without chromium,
chromedriver or selenium."""
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.parse
import urllib.request

try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
except ImportError:
    print("python3-selenium is not installed: skipped")
    sys.exit(77)

EXE, DATA, OUT = sys.argv[1], sys.argv[2], sys.argv[3]
CHROMIUM, DRIVER = shutil.which("chromium"), shutil.which("chromedriver")
if not CHROMIUM or not DRIVER:
    print("chromium or chromedriver is not installed: skipped")
    sys.exit(77)
os.makedirs(OUT, exist_ok=True)
failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print("FAILED:", what, flush=True)


server = subprocess.Popen([EXE, "class", "ecr-s", "--bind", "127.0.0.1", "--port", "0",
                           "--wording", os.path.join(DATA, "wording/ecr-s-placeholder.csv")],
                          stdout=subprocess.PIPE, text=True)
text = ""
while "Ctrl-C ends the session." not in text:
    line = server.stdout.readline()
    if not line:
        sys.exit("the server did not start: " + text)
    text += line
student_url = re.search(r"(http://127\.0\.0\.1:\d+/)\?code=", text).group(1)
code = re.search(r"Class code: (\w+)", text).group(1)
board_url = re.search(r"(http://\S+/board\?key=\w+)", text).group(1)

# Four classmates answer first (without a browser), so that the board shows points.
for k in range(4):
    fields = [("code", code)] + [(f"q{i}", str((i + k) % 7 + 1)) for i in range(1, 13)]
    urllib.request.urlopen(student_url + "answers", urllib.parse.urlencode(fields).encode())

options = webdriver.ChromeOptions()
options.binary_location = CHROMIUM
for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--hide-scrollbars", "--window-size=1280,900"):
    options.add_argument(arg)
driver = webdriver.Chrome(service=Service(DRIVER), options=options)
try:
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": True})
    driver.get(student_url)
    check(driver.execute_script("return document.documentElement.scrollWidth") <= 390,
          "the form fits a phone")
    driver.find_element(By.ID, "code").send_keys(code.lower())
    answers = [4, 5, 3, 2, 6, 4, 3, 5, 2, 4, 6, 3]
    for q, a in enumerate(answers[:6], start=1):  # tap the answer's label, as a thumb would
        driver.find_element(By.CSS_SELECTOR, f"#q{q} input[value='{a}']").find_element(
            By.XPATH, "..").click()
    progress = driver.find_element(By.ID, "progress").text
    check(progress == "6 / 12", f"progress as answers are given: {progress!r}")
    driver.save_screenshot(os.path.join(OUT, "class-phone-form.png"))
    driver.refresh()  # the page's script keeps the answers given so far
    kept = driver.execute_script(
        "return Array.from(document.querySelectorAll('input:checked')).map(i => i.name + '=' + i.value)")
    check(kept == [f"q{q}={a}" for q, a in enumerate(answers[:6], start=1)],
          f"answers kept across a reload: {kept}")
    for q, a in enumerate(answers, start=1):
        radio = driver.find_element(By.CSS_SELECTOR, f"#q{q} input[value='{a}']")
        if not radio.is_selected():
            driver.execute_script("arguments[0].scrollIntoView()", radio)
            radio.find_element(By.XPATH, "..").click()
    code_box = driver.find_element(By.ID, "code")
    code_box.clear()
    code_box.send_keys(code.lower())
    driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    time.sleep(0.5)
    url = driver.current_url
    check(re.search(r"/result/[0-9a-f]{32}$", url) is not None, f"the result page: {url}")
    page = driver.page_source
    # ECR-S key: anxiety (5+2+4+(8−5)+4+3)/6 = 3.50; avoidance ((8−4)+3+(8−6)+3+(8−2)+6)/6 = 4.00.
    check("Attachment anxiety: 3.50" in page and "Attachment avoidance: 4.00" in page,
          "the student's scores by the published key")
    check(len(driver.find_elements(By.CSS_SELECTOR, "figure svg circle")) == 1, "their point alone")
    check(driver.execute_script("return document.documentElement.scrollWidth") <= 390,
          "the result fits a phone")
    driver.save_screenshot(os.path.join(OUT, "class-phone-result.png"))
    stored = driver.execute_script("return localStorage.getItem('attachscore-answers')")
    check(stored is None, "the kept answers are forgotten once sent")

    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 1920, "height": 1080, "deviceScaleFactor": 1, "mobile": False})
    driver.get(board_url)
    check(driver.current_url.endswith("/board"), "the key leaves the projected address")
    check("5 answers so far" in driver.page_source, "the board counts 5")
    points = driver.find_elements(By.CSS_SELECTOR, "figure svg circle")
    check(len(points) == 5, f"5 points on the board ({len(points)})")
    driver.save_screenshot(os.path.join(OUT, "class-board-projector.png"))
    # Another student answers: the board's script sees it and reloads by itself.
    fields = [("code", code)] + [(f"q{i}", "4") for i in range(1, 13)]
    urllib.request.urlopen(student_url + "answers", urllib.parse.urlencode(fields).encode())
    for _ in range(50):
        if "6 answers so far" in driver.page_source:
            break
        time.sleep(0.2)
    check("6 answers so far" in driver.page_source
          and len(driver.find_elements(By.CSS_SELECTOR, "figure svg circle")) == 6,
          "the board updated by itself")
    check(driver.execute_script("return performance.getEntriesByType('resource')"
                                ".every(r => r.name.startsWith(location.origin))"),
          "nothing fetched from elsewhere")
finally:
    driver.quit()
    server.send_signal(signal.SIGINT)
    server.wait(timeout=10)
if failures:
    sys.exit(f"{len(failures)} checks failed")
print(f"a student answered in {CHROMIUM} and the board showed the class; screenshots in {OUT}")
