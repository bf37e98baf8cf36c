#!/usr/bin/env python3
"""Drives the static website of `ozg site` in headless Chromium (Selenium) from disk.

    site_browser.py SITE_DIR EXPECTATIONS.json SCREENSHOT_DIR

EXPECTATIONS (written by SiteBrowserTests from the workspace):
  {"total": N, "themenfeld": {"name", "page"},
   "leika": {"query", "name", "count"}, "fragment": {"query", "count"}, "synonym": {"query", "name", "count"},
   "changes": {"title", "total", "verdicts"}, "kommune": {"name", "page", "link", "online"},
   "filters": [{"set": {"f-thema": "visible option text", ...}, "count": N}, ...],
   "pages": {"kind": "relative path", ...}}

Checks: the start page's summary of the changes since the newest meeting snapshot and its link to
the change report; links from the start page to a Themenfeld and to a council; the search by
LeiKa key, by part of a name and by a synonym; each filter's count; keyboard (skip link, the search field takes typing);
that every request stays inside the folder (file:// only, from Chromium's network log and
the Performance API); axe-core on every page kind without serious or critical violations.
Screenshots at 1400 and 390 px for every page kind (start and council page also whole) and a PDF print of a council page go to
SCREENSHOT_DIR. Prints one line per check; exits 1 listing every failure.
"""
import base64, json, os, sys, time
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait
from axe_selenium_python import Axe

site, expect_path, shots = Path(sys.argv[1]).resolve(), Path(sys.argv[2]), Path(sys.argv[3])
shots.mkdir(parents=True, exist_ok=True)
E = json.loads(expect_path.read_text(encoding="utf-8"))
failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


def url(rel):
    return (site / rel).as_uri()


opts = webdriver.ChromeOptions()
opts.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
for a in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1000",
          "--disable-background-networking", "--disable-component-update", "--no-first-run", "--lang=de-DE"]:
    opts.add_argument(a)
opts.set_capability("goog:loggingPrefs", {"performance": "ALL"})
driver = webdriver.Chrome(service=Service(executable_path=os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=opts)
driver.set_page_load_timeout(120)
driver.set_script_timeout(300)
driver.command_executor.client_config.timeout = 600  # axe on a long page under load
requested = set()


def collect_requests():
    for entry in driver.get_log("performance"):
        msg = json.loads(entry["message"])["message"]
        if msg.get("method") == "Network.requestWillBeSent":
            requested.add(msg["params"]["request"]["url"])
    for name in driver.execute_script("return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource')).map(function(e){return e.name})"):
        requested.add(name)


def go(rel):
    driver.get(url(rel))
    collect_requests()


def h1():
    return driver.find_element(By.TAG_NAME, "h1").text


def count():
    el = driver.find_element(By.ID, "anzahl")
    WebDriverWait(driver, 10).until(lambda d: el.get_attribute("data-count") is not None)
    return int(el.get_attribute("data-count"))


def reset_search():
    q = driver.find_element(By.ID, "q")
    q.clear()
    for sel in driver.find_elements(By.CSS_SELECTOR, "form#suche select"):
        Select(sel).select_by_index(0)
    driver.execute_script("document.getElementById('suche').dispatchEvent(new Event('change'))")


try:
    # Start page → Themenfeld → back → council list → council.
    go("index.html")
    check("Beispieldaten" in driver.page_source and driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "de",
          "start page: lang=de, Beispieldaten")
    changes = driver.find_element(By.ID, "aenderungen")
    check(changes.find_element(By.TAG_NAME, "h2").text == E["changes"]["title"], f"start page: {changes.find_element(By.TAG_NAME, 'h2').text!r}")
    shown = driver.execute_script(
        "var dts = document.querySelectorAll('#aenderungen dt');"
        "for (var i = 0; i < dts.length; i++) { if (dts[i].textContent === 'Geänderte Bewertungen') { return dts[i].nextElementSibling.textContent; } }"
        "return null;")
    total = driver.find_element(By.CSS_SELECTOR, "#aenderungen [data-changes]").get_attribute("data-changes")
    check(shown == E["changes"]["verdicts"] and int(total) == E["changes"]["total"],
          f"start page: changed verdicts {shown!r} == {E['changes']['verdicts']!r}, changes {total} == {E['changes']['total']}")
    changes.find_element(By.LINK_TEXT, "Alle Änderungen im Einzelnen").click()
    collect_requests()
    check(driver.current_url.endswith("berichte/aenderungen.html") and h1().startswith(E["changes"]["title"]),
          f"start page → change report: {driver.current_url} {h1()!r}")
    go("index.html")
    online = driver.find_element(By.CSS_SELECTOR, "#umsetzungsstand p.online").get_attribute("data-online")
    check(int(online) == E["kommune"]["online"], f"start page: relevant pairs online {online} == {E['kommune']['online']}")
    driver.find_element(By.LINK_TEXT, E["themenfeld"]["name"]).click()
    collect_requests()
    check(driver.current_url.endswith(E["themenfeld"]["page"]) and E["themenfeld"]["name"] in h1(),
          f"start page → Themenfeld {E['themenfeld']['name']}: {driver.current_url}")
    driver.find_element(By.LINK_TEXT, "Kommunen").click()
    driver.find_element(By.LINK_TEXT, E["kommune"]["name"]).click()
    collect_requests()
    check(driver.current_url.endswith(E["kommune"]["page"]) and E["kommune"]["name"] in h1(),
          f"Kommunen → {E['kommune']['name']}: {driver.current_url}")
    # The council's status: its online service as a link (not followed), and its gaps.
    links = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "main a[rel~=noopener]")]
    check(links == [E["kommune"]["link"]], f"council page links its online service: {links}")
    gaps = driver.find_elements(By.CSS_SELECTOR, "[aria-label^='Lücken von'] tbody tr")
    check(len(gaps) >= 1 and "Herford" in gaps[0].text, f"council page: gaps others offer online ({len(gaps)})")

    # Keyboard: the first Tab reaches the skip link.
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    active = driver.switch_to.active_element
    check(active.text.strip() == "Zum Inhalt springen", f"first Tab focuses the skip link ({active.text!r})")

    # Search.
    driver.find_element(By.LINK_TEXT, "Suche").click()
    collect_requests()
    check(count() == E["total"], f"search without filters: {count()} == {E['total']}")
    q = driver.find_element(By.ID, "q")
    q.send_keys(E["leika"]["query"])
    n = count()
    rows = driver.find_elements(By.CSS_SELECTOR, "#treffer tbody tr")
    names = [r.find_elements(By.TAG_NAME, "td")[1].text for r in rows]
    check(n == E["leika"]["count"] and E["leika"]["name"] in names,
          f"LeiKa key {E['leika']['query']}: {n} hit(s) {names[:3]} (expected {E['leika']['count']}, {E['leika']['name']!r})")
    reset_search()
    q.send_keys(E["fragment"]["query"])
    n = count()
    check(n == E["fragment"]["count"], f"name fragment {E['fragment']['query']!r}: {n} == {E['fragment']['count']}")
    shown = driver.find_elements(By.CSS_SELECTOR, "#treffer tbody tr td:nth-child(2)")
    check(len(shown) == min(n, 200), f"name fragment: {len(shown)} rows shown")
    reset_search()
    q.send_keys(E["synonym"]["query"])
    n = count()
    cells = driver.find_elements(By.CSS_SELECTOR, "#treffer tbody tr td:nth-child(2)")
    named = [c.find_element(By.TAG_NAME, "a").text for c in cells]
    why = [s.text for c in cells for s in c.find_elements(By.CSS_SELECTOR, "span.syn")]
    check(n == E["synonym"]["count"] and E["synonym"]["name"] in named and any(E["synonym"]["query"] in w for w in why),
          f"synonym {E['synonym']['query']!r}: {n} hit(s) {named[:3]} {why[:1]} (expected {E['synonym']['count']}, {E['synonym']['name']!r})")
    for case in E["filters"]:
        reset_search()
        for sel_id, text in case["set"].items():
            if sel_id == "q":
                driver.find_element(By.ID, "q").send_keys(text)
            else:
                Select(driver.find_element(By.ID, sel_id)).select_by_visible_text(text)
        n = count()
        check(n == case["count"], f"filter {case['set']}: {n} == {case['count']}")
    reset_search()

    # Every page kind: axe-core, screenshots at 1400 and 390 px.
    for kind, rel in E["pages"].items():
        go(rel)
        if kind == "suche":
            count()
        axe = Axe(driver)
        axe.inject()
        result = axe.run()
        bad = [v for v in result["violations"] if v.get("impact") in ("serious", "critical")]
        detail = "; ".join(f"{v['id']} ({v['impact']}, {len(v['nodes'])}×: {v['nodes'][0]['target']})" for v in bad)
        check(not bad, f"axe {kind} ({rel}): {len(result['violations'])} violation(s), serious/critical: {detail or 'none'}")
        for width, height in [(1400, 1000), (390, 844)]:
            driver.set_window_size(width, height)
            driver.execute_script("window.scrollTo(0, 0)")
            time.sleep(0.2)
            driver.save_screenshot(str(shots / f"{kind}-{width}.png"))
            if kind in ("start", "kommune"):
                # The whole page, to look at the sections below the first screen.
                full = min(driver.execute_script("return document.documentElement.scrollHeight"), 6000)
                driver.set_window_size(width, full)
                time.sleep(0.2)
                driver.save_screenshot(str(shots / f"{kind}-{width}-full.png"))
        driver.set_window_size(1400, 1000)
        collect_requests()

    # Print style: a council page printed to PDF.
    go(E["kommune"]["page"])
    pdf = driver.print_page()
    (shots / "kommune-print.pdf").write_bytes(base64.b64decode(pdf))
    check(len(pdf) > 1000, "council page prints to PDF")

    collect_requests()
    outside = sorted(u for u in requested if not u.startswith("file://") and not u.startswith("about:"))
    check(not outside, f"every request stays in the folder ({len(requested)} requests): {outside[:5]}")
    root = site.as_uri()
    elsewhere = sorted(u for u in requested if u.startswith("file://") and not u.startswith(root))
    check(not elsewhere, f"no file outside the site's folder: {elsewhere[:5]}")
finally:
    driver.quit()

if failures:
    print(f"{len(failures)} check(s) failed", file=sys.stderr)
    for f in failures:
        print("  " + f, file=sys.stderr)
    sys.exit(1)
