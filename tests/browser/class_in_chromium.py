#!/usr/bin/env python3
"""A student in a real browser (Debian chromium through chromedriver, a phone emulated): opens the
class address, types the code, answers by tapping the answers, reloads (the answers are kept by
the page's script), submits and reaches their result; the teacher's board, at projector size,
shows the class on the plane. Screenshots go to OUT_DIR for a person to look at.
Usage: class_in_chromium.py ATTACHSCORE DATA_DIR OUT_DIR. Exit 77 without chromium,
chromedriver or selenium."""
import base64
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
KEY = board_url.rsplit("=", 1)[1]

# The size a text is drawn at: CSS pixels, an SVG's text scaled as its figure is.
RENDERED_SIZES = """
const px = e => parseFloat(getComputedStyle(e).fontSize);
const scale = svg => { const r = svg.getBoundingClientRect(), v = svg.viewBox.baseVal;
    return Math.min(r.width / v.width, r.height / v.height); };  // as drawn, letterboxed or not
const svgText = svg => Array.from(svg.querySelectorAll('text')).map(t => px(t) * scale(svg));
return {plane: svgText(document.querySelector('.main figure svg')),
        histograms: [].concat(...Array.from(document.querySelectorAll('.histograms svg')).map(svgText)),
        caption: px(document.querySelector('.main figcaption')),
        framing: px(document.querySelector('.disclaimer'))};
"""
# WCAG 2 contrast of an element's text on its background.
CONTRAST = """
const e = document.querySelector(arguments[0]), s = getComputedStyle(e);
const lum = c => { const v = c.match(/[\\d.]+/g).slice(0, 3).map(Number).map(x => x / 255)
    .map(x => x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4));
    return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };
const a = lum(s.color), b = lum(s.backgroundColor);
return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
"""

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
    check("These results describe tendencies" in driver.find_element(By.CSS_SELECTOR,
                                                                     "p.framing.foot").text,
          "the form carries the framing line")
    ratio = driver.execute_script(CONTRAST, "button[type=submit]")
    check(ratio >= 4.5, f"the send button's contrast {ratio:.2f}:1 (WCAG AA 4.5:1)")
    measured = [f"send button contrast {ratio:.2f}:1"]
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
    check(re.search(r"/result/[0-9a-f]{32}$", url) is not None,
          f"the result page: {url} {re.findall(r'<p>([^<]*)</p>', driver.page_source)[:3]}")
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
    shot = os.path.join(OUT, "class-board-projector.png")
    driver.save_screenshot(shot)
    check(driver.execute_script("return document.documentElement.scrollHeight") <= 1080,
          "the board fits a 1920×1080 projector")
    check(KEY not in driver.page_source, "the board never shows the teacher's key")
    join = driver.find_element(By.CSS_SELECTOR, ".join").text
    check(student_url in join and code in driver.page_source, f"the join block: {join!r}")
    if shutil.which("zbarimg"):  # the QR code as a phone's camera reads it off the screen
        scanned = subprocess.run(["zbarimg", "-q", "--raw", shot], capture_output=True,
                                 text=True).stdout.strip()
        check(scanned == student_url + "?code=" + code, f"the board's QR code reads {scanned!r}")
    # Read from the back row: the caption, the framing line and the histograms' labels at least
    # the size of the plane's corner names, as rendered.
    sizes = driver.execute_script(RENDERED_SIZES)
    corner = sorted(sizes["plane"])[len(sizes["plane"]) // 2]  # the plane's text, not its title
    check(min(sizes["caption"], sizes["framing"], min(sizes["histograms"])) >= corner - 0.01,
          f"text sizes on the board (px): {sizes['caption']:.1f} caption, {sizes['framing']:.1f} "
          f"framing, {min(sizes['histograms']):.1f} histogram labels; corner names {corner:.1f}")
    for selector in ("button",):
        ratio = driver.execute_script(CONTRAST, selector)
        check(ratio >= 4.5, f"button contrast {ratio:.2f}:1 (WCAG AA 4.5:1)")
    measured += [f"board button contrast {ratio:.2f}:1",
                 f"corner names {corner:.1f} px, caption {sizes['caption']:.1f}, framing "
                 f"{sizes['framing']:.1f}, histogram labels {min(sizes['histograms']):.1f}"]
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
    # The printable class summary: the figures on one A4 page.
    driver.get(student_url + "board/summary")
    driver.save_screenshot(os.path.join(OUT, "class-summary.png"))
    pdf = base64.b64decode(driver.print_page())
    with open(os.path.join(OUT, "class-summary.pdf"), "wb") as f:
        f.write(pdf)
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    check(pages == 1, f"the class summary prints on one page ({pages})")
    # Stopping answers: the closed board still fits the projector.
    driver.get(student_url + "board")
    driver.find_element(By.CSS_SELECTOR, "button[value=close]").click()
    time.sleep(0.3)
    check("No more answers are taken." in driver.page_source, "the board closed")
    check(driver.execute_script("return document.documentElement.scrollHeight") <= 1080,
          "the closed board fits 1080 px")
    driver.save_screenshot(os.path.join(OUT, "class-board-closed.png"))
finally:
    driver.quit()
    server.send_signal(signal.SIGINT)
    server.wait(timeout=10)
if failures:
    sys.exit(f"{len(failures)} checks failed")
print(f"a student answered in {CHROMIUM} and the board showed the class ({'; '.join(measured)}); "
      f"screenshots in {OUT}")
