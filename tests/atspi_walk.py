"""What a screen reader meets: walks the running app through AT-SPI and prints one JSON report.

Run by tests/test_atspi.py with the *system* python3 (pyatspi lives there, not in the venv), inside the same
``dbus-run-session`` as the app, which it starts itself:

    atspi_walk.py SCRIPT.json -- APP COMMAND...

SCRIPT.json lists steps: {"wait": ID-SUFFIX} waits until an object whose accessible id (Qt builds it from object
names) ends with ID-SUFFIX is showing; {"press": ID-SUFFIX} presses it through its AT-SPI action, as Orca would;
both take "name" (the accessible name must match) and "within" (the id must contain it), and "wait" takes
"enabled": true (wait until it can be used); {"gone": ID-SUFFIX} waits until nothing showing has that id
(a dialog has closed). {"walk": LABEL} records
every showing, focusable object of the app's showing windows (role, name, id); {"text": ID-SUFFIX} reads that
object's text through the Text interface; {"where": ID-SUFFIX, "find": [TEXT...]} reports where each text's first
character is drawn on the screen, and the object's own box.
The script should end by pressing Quick exit, which closes the app.
Every wait polls the tree until the thing is there (generous timeout); nothing here waits a fixed time.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pyatspi

TIMEOUT = 90.0  # seconds; a slow CI machine only makes the polls take longer, never changes the verdict
POLL = 0.05
MAX_CHILDREN = 200  # long lists: their first items say enough


class WalkError(RuntimeError):
    pass


def poll(fn, what: str, app: subprocess.Popen, timeout: float = TIMEOUT):
    deadline = time.monotonic() + timeout
    while True:
        try:
            value = fn()
        except Exception:  # noqa: BLE001  (objects come and go while the app changes screens)
            value = None
        if value:
            return value
        if app.poll() is not None:
            raise WalkError(f"the app exited (code {app.returncode}) while waiting for {what}")
        if time.monotonic() > deadline:
            raise WalkError(f"gave up waiting for {what}")
        time.sleep(POLL)


def app_root(pid: int):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        child = desktop.getChildAtIndex(i)
        if child is not None and child.get_process_id() == pid:
            return child
    return None


def states(acc) -> set[str]:
    st = acc.getState()
    names = ("focusable", "showing", "visible", "checked", "checkable", "editable", "enabled", "sensitive")
    return {n for n in names if st.contains(getattr(pyatspi, "STATE_" + n.upper()))}


def walk(acc, out: list[dict], depth: int = 0) -> None:
    if acc is None or depth > 60:
        return
    st = states(acc)
    if "showing" not in st:
        return  # hidden windows, pages and controls cannot be reached
    if "focusable" in st:
        out.append({"role": acc.getRoleName(), "name": acc.name or "", "id": acc.get_accessible_id() or "",
                    "states": sorted(st), "description": acc.description or ""})
    for i in range(min(acc.childCount, MAX_CHILDREN)):
        walk(acc.getChildAtIndex(i), out, depth + 1)


def windows(root) -> list:
    return [root.getChildAtIndex(i) for i in range(root.childCount)]


def find(root, suffix: str, name: str | None = None, within: str = ""):
    """The first showing object whose accessible id ends with ``suffix`` (and, if given, is called ``name`` and
    has ``within`` in its id: inside that dialog)."""
    stack = [w for w in windows(root) if w is not None]
    while stack:
        acc = stack.pop(0)
        if acc is None:
            continue
        st = acc.getState()
        if not st.contains(pyatspi.STATE_SHOWING):
            continue
        aid = acc.get_accessible_id() or ""
        if aid.endswith(suffix) and (name is None or acc.name == name) and within in aid:
            return acc
        stack.extend(acc.getChildAtIndex(i) for i in range(min(acc.childCount, MAX_CHILDREN)))
    return None


def usable(acc, step: dict):
    """``acc``, if it is there and (when the step says "enabled": true) can be used."""
    if acc is None or (step.get("enabled") and not acc.getState().contains(pyatspi.STATE_ENABLED)):
        return None
    return acc


def press(acc) -> None:
    action = acc.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    for wanted in ("press", "click", "toggle", "activate"):
        for i, n in enumerate(names):
            if n.lower() == wanted:
                action.doAction(i)
                return
    raise WalkError(f"{acc.getRoleName()} {acc.name!r} has no press action (has {names})")


def where(acc, wanted: list[str]) -> dict:
    """On screen or not: for each string, its first character's box and the text object's own box (screen
    coordinates), as a screen reader's "flat review" or a magnifier would find them."""
    text = acc.queryText()
    whole = text.getText(0, text.characterCount)
    box = acc.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    out = {"_object": [box.x, box.y, box.width, box.height]}
    for s in wanted:
        at = whole.find(s)
        out[s] = list(text.getCharacterExtents(at, pyatspi.DESKTOP_COORDS)) if at >= 0 else None
    return out


def run(script: list[dict], command: list[str]) -> dict:
    report: dict = {"walks": {}, "texts": {}}
    app = subprocess.Popen(command)
    try:
        root = poll(lambda: app_root(app.pid), "the app to appear on the accessibility bus", app)
        for step in script:
            if "wait" in step:
                poll(lambda s=step: usable(find(root, s["wait"], s.get("name"), s.get("within", "")), s),
                     f"{step['wait']} to show", app)
            elif "gone" in step:
                poll(lambda s=step: find(root, s["gone"]) is None, f"{step['gone']} to close", app)
            elif "press" in step:
                target = poll(lambda s=step: find(root, s["press"], s.get("name"), s.get("within", "")),
                              f"{step['press']} {step.get('name', '')} to show", app)
                press(target)
            elif "walk" in step:
                found: list[dict] = []
                for w in windows(root):
                    walk(w, found)
                report["walks"][step["walk"]] = found
            elif "text" in step:
                target = poll(lambda s=step: find(root, s["text"]), f"{step['text']} to show", app)
                text = target.queryText()
                report["texts"][step["text"]] = text.getText(0, text.characterCount)
            elif "where" in step:
                report.setdefault("where", {}).update(where(poll(lambda s=step: find(root, s["where"]),
                                                                 f"{step['where']} to show", app), step["find"]))
        app.wait(timeout=TIMEOUT)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    return report


def main() -> int:
    split = sys.argv.index("--")
    with open(sys.argv[1], encoding="utf-8") as f:
        script = json.load(f)
    try:
        report = run(script, sys.argv[split + 1:])
    except WalkError as exc:
        report = {"error": str(exc)}
    print("ATSPI-REPORT " + json.dumps(report), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
