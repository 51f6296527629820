"""Time to help: how long a person needs, on the app as it really renders, to read the first steps and the
right number, for four persona paths at 1024x768.

    python benchmarks/bench_time_to_help.py [--quick]

Model (issue 23): 1.5 s per click or decision, 200 words a minute for the words read before the thing looked for
(the page text in reading order, from the top), plus the app's own waits, measured here: spawn to the first page
painted (the real start, ``IIA_BENCH_EXIT_AFTER_SHOW=page``) and, after a click, the time the app takes to show
the next page. Words are counted from the text the reading view really holds (``QTextDocument`` plain text).
Goal: <= 10 s to the first steps, <= 15 s to the right number.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import REPO, result

CLICK_S = 1.5
WPM = 200
ENV = {"LANG": "en_GB.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "TZ": "Europe/London"}
RPH = "0345 6000 459"
CHILDLINE = "0800 1111"

# name, settings.json, the clicks the person makes, the right number
PERSONAS = [
    ("adult England, first run", None, [], RPH),
    ("under-18 Scotland, first run", None, [], CHILDLINE),
    ("returning after panic on the start page (plain start page on)", "returning-home", ["Continue"], RPH),
    ("returning after panic on the threats page (plain start page on)", "returning", ["Continue"], RPH),
    ("Wales support worker", "worker", [], RPH),
]


def words(text: str) -> int:
    return len(re.findall(r"\w[\w'’.-]*", text))


def start_wait(settings: dict | None, runs: int) -> float:
    """Median seconds from spawn to the first page (or the plain page) painted, started as the app really is."""
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            data = Path(tmp) / "data"
            data.mkdir()
            if settings is not None:
                (data / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
            env = {**os.environ, **ENV, "QT_QPA_PLATFORM": "offscreen", "IIA_BENCH_EXIT_AFTER_SHOW": "page",
                   "HOME": tmp, "XDG_CONFIG_HOME": tmp, "XDG_DATA_HOME": tmp, "XDG_CACHE_HOME": tmp}
            t0 = time.monotonic_ns()
            out = subprocess.run([sys.executable, "-m", "iia_help", "--data-dir", str(data)], env=env,
                                 capture_output=True, text=True, timeout=120).stdout
            line = next((ln for ln in out.splitlines() if ln.startswith("FIRST-WINDOW ")), None)
            if line is not None:
                times.append((int(line.split()[1]) - t0) / 1e9)
    return statistics.median(times) if times else float("nan")


def read_paths() -> dict[str, dict]:
    """In this process: the real window at 1024x768, each persona's clicks, and the words before each target."""
    os.environ.update(ENV)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from iia_help.context import AppContext
    from iia_help.paths import AppPaths
    from iia_help.region_guess import guess_region
    from iia_help.settings import Settings
    from iia_help.ui.app import build_main_window, create_application
    from iia_help.ui.discreet import cover_of, install_discreet_start
    from iia_help.ui.resume import page_token

    app = create_application()
    guess = guess_region(ENV["LANG"], ENV["TZ"]).region
    wales = "wales" if "wales" in __import__("iia_help.contacts", fromlist=["REGIONS"]).REGIONS else "england-wales"
    out = {}
    for name, kind, clicks, number in PERSONAS:
        tmp = tempfile.mkdtemp()
        ctx = AppContext(AppPaths(Path(tmp) / "data"), Settings())
        ctx.region_guess = guess
        settings_json = None
        if kind and kind.startswith("returning"):
            ctx.settings.region = next(r for r in ("england", "england-wales") if r in __import__(
                "iia_help.contacts", fromlist=["REGIONS"]).REGIONS)
            ctx.settings.audience, ctx.settings.age_group, ctx.settings.intro_done = "self", "adult", True
            ctx.settings.start_screen = "notes"
            ctx.settings.view = "1-" + page_token("threats-sextortion") if kind == "returning" else ""
        elif kind == "worker":
            ctx.settings.region, ctx.settings.audience, ctx.settings.intro_done = wales, "worker", True
        if kind is not None:
            from iia_help.settings import to_json_dict

            settings_json = to_json_dict(ctx.settings)
        window = build_main_window(ctx, first_frame=True)
        if ctx.settings.start_screen:
            install_discreet_start(window)
        window.resize(1000, 700)
        window.show()
        app.processEvents()
        read_words = 0
        click_wait = 0.0
        for click in clicks:
            if click == "Continue":
                read_words += words("Notes No notes yet. Continue")  # the plain page, read before the click
                window.finish_start()
                t0 = time.perf_counter()
                cover_of(window).continue_button.click()
                app.processEvents()
                click_wait += time.perf_counter() - t0
        window.finish_start()
        app.processEvents()
        page = window.page("guidance")
        text = page.browser.document().toPlainText().replace("\u00a0", " ").replace("\u2011", "-")
        steps_at = text.find("Do not pay")
        number_at = text.find(number)
        res = {"clicks": len(clicks), "click_wait_s": click_wait, "settings": settings_json,
               "page": page.current_page_id(),
               "words_to_steps": read_words + words(text[:steps_at]) if steps_at >= 0 else None,
               "words_to_number": read_words + words(text[:number_at]) if number_at >= 0 else None,
               "wales_service": "0808 80 10 800" in text}
        out[name] = res
        window.close()
        window.deleteLater()
        app.processEvents()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    runs = 3 if args.quick else 7
    paths = read_paths()
    for name, _kind, _clicks, number in PERSONAS:
        p = paths[name]
        wait = start_wait(p["settings"], runs) + p["click_wait_s"]
        for what, key, goal in (("first steps", "words_to_steps", 10.0), ("right number", "words_to_number", 15.0)):
            n = p[key]
            value = None if n is None else CLICK_S * p["clicks"] + n * 60 / WPM + wait
            note = (f"{p['clicks']} click(s), {n} words read, {wait:.2f} s of waits (measured); page {p['page']}"
                    + (f"; number {number}" if what == "right number" else "")
                    + ("; Wales-only service shown" if p["wales_service"] and "Wales" in name else ""))
            print(f"{name:66} {what:13} {'-' if value is None else f'{value:5.1f} s'}  ({note})")
            result(f"time to help: {name}: {what}", value, "s", target=goal, target_on="value", better="lower",
                   note=note if value is not None else "not on the page: " + note)


if __name__ == "__main__":
    sys.path.insert(0, str(REPO / "src"))
    main()
