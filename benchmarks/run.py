"""Run every benchmark and print one table: what / measured / baseline / ratio / target / verdict.

    python benchmarks/run.py [--quick] [--only NAME,...] [--markdown docs/benchmarks.md] [--json out.json]

Each benchmark script runs in its own process, one after another (never in parallel: they would disturb each
other), with a time limit, so one failure or hang does not stop the rest. Figures are read from the scripts'
``RESULT {json}`` lines (see benchmarks/common.py); for scripts that print only a human table, a small parser
below reads what it can. A missing script is reported as "not available". Nothing here asserts.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import REPO, isolated_env, parse_results, verdict

HERE = Path(__file__).resolve().parent

# name -> (script, timeout seconds for a full run, timeout for --quick)
BENCHES: dict[str, tuple[str, int, int]] = {
    "startup": ("bench_startup.py", 600, 180),
    "panic": ("bench_panic.py", 600, 240),
    "vault": ("bench_vault.py", 600, 240),
    "timeline": ("bench_timeline.py", 600, 240),
    "guidance": ("bench_guidance.py", 300, 120),
    "export": ("bench_export.py", 900, 300),
    "event_filter": ("bench_event_filter.py", 600, 240),
    "time_to_help": ("bench_time_to_help.py", 300, 120),
    "file_dialog": ("bench_file_dialog.py", 300, 120),
}


# ---------------------------------------------------------------- fallbacks for scripts without RESULT lines

def _num(pattern: str, text: str) -> float | None:
    m = re.search(pattern, text)
    return float(m.group(1)) if m else None


def _rec(name, value, unit, baseline=None, baseline_label="", target=None, target_on="value", better="lower",
         note="parsed from the script's human output") -> dict:
    return {"name": name, "value": value, "unit": unit, "baseline": baseline, "baseline_label": baseline_label,
            "target": target, "target_on": target_on, "better": better, "note": note}


def _parse_vault(out: str) -> list[dict]:
    recs = []
    kdf = _num(r"KDF alone\s+([\d.]+) ms", out)
    load = _num(r"load total after KDF\s+([\d.]+) ms", out)
    if load is not None:
        recs.append(_rec("unlock: load 10,000 entries after the KDF", load, "ms", kdf, "the KDF alone", 150))
    m = re.search(r"entry save, median of \d+: vault ([\d.]+) ms, bare SQLite commit ([\d.]+) ms", out)
    if m:
        recs.append(_rec("entry save (encrypt + commit), median", float(m.group(1)), "ms", float(m.group(2)),
                         "bare SQLite commit of the same bytes", 3, "ratio"))
    for kind in ("write", "read"):
        m = re.search(rf"attachment (\d+) MiB {kind}:\s+vault\s+([\d.]+) MiB/s, plain blob\s+([\d.]+) MiB/s", out)
        if m:
            recs.append(_rec(f"attachment {kind} throughput ({m.group(1)} MiB)", float(m.group(2)), "MiB/s",
                             float(m.group(3)), "plain SQLite blob", 0.5, "ratio", "higher"))
    return recs


def _table_rows(out: str) -> dict[str, tuple[float, float, float]]:
    """Rows like '  name   trials   p50   p99   max' -> {name: (p50, p99, max)} (first occurrence wins)."""
    found: dict[str, tuple[float, float, float]] = {}
    for line in out.splitlines():
        m = re.match(r"^\s+(\S.*?)\s+(\d+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*$", line)
        if m:
            found.setdefault(m.group(1).strip(), (float(m.group(3)), float(m.group(4)), float(m.group(5))))
    return found


def _parse_panic(out: str) -> list[dict]:
    t = _table_rows(out)
    recs = []
    pairs = [
        ("key event -> every window hidden", "baseline: bare QWidget.hide()",
         "panic in-process: key event -> every window hidden", "bare QWidget.hide()"),
        ("app: XTest -> UnmapNotify", "baseline: bare Qt window hides on F12",
         "panic on Xvfb: XTest F12 -> UnmapNotify", "bare Qt window hiding on F12"),
    ]
    for key, base_key, name, label in pairs:
        if key in t:
            base = t.get(base_key)
            for i, stat in ((1, "p99"), (0, "p50")):
                recs.append(_rec(f"{name}, {stat}", t[key][i], "ms", base[i] if base else None, label,
                                 16 if stat == "p99" else None, note=f"max {t[key][2]:.2f} ms; parsed from the "
                                 "script's table"))
    if "whole handler (hide+lock+reset+minimise)" in t:
        recs.append(_rec("panic whole handler (hide + lock + reset + minimise), p99",
                         t["whole handler (hide+lock+reset+minimise)"][1], "ms",
                         note="after the windows are already hidden; parsed from the script's table"))
    if "F12 -> process exited" in t:
        recs.append(_rec("panic quit mode: F12 -> process exited, p50", t["F12 -> process exited"][0], "ms",
                         note="draft sealed, vault closed, process gone; parsed from the script's table"))
    return recs


def _parse_export(out: str) -> list[dict]:
    recs = []
    setup = re.search(r"set-up: (\d+) entries, (\d+) files \(([\d.]+) MB\)", out)
    what = f"{setup.group(1)} entries / {setup.group(2)} files ({setup.group(3)} MB)" if setup else "journal"
    m = re.search(r"export: ([\d.]+) s, ([\d.]+) entries/s, ([\d.]+) MB/s.*?bundle ([\d.]+) MB, (\d+) PDF pages", out)
    if m:
        note = f"{m.group(1)} s in all; bundle {m.group(4)} MB, {m.group(5)} PDF pages; parsed from the script's output"
        recs.append(_rec(f"export {what}: entries/s", float(m.group(2)), "entries/s", better="higher", note=note))
        recs.append(_rec(f"export {what}: attachment MB/s", float(m.group(3)), "MB/s", better="higher", note=note))
    v = _num(r"verify: [\d.]+ s, ([\d.]+) MB/s", out)
    if v is not None:
        recs.append(_rec("verify-bundle throughput", v, "MB/s", better="higher"))
    peak = _num(r"peak memory \(whole process\): ([\d.]+) MB", out)
    if peak is not None:
        recs.append(_rec("export peak memory (whole process)", peak, "MiB",
                         note="ru_maxrss; parsed from the script's output"))
    return recs


def _parse_generic(out: str) -> list[dict]:
    """Last resort: 'name: ... p99 1.2 ms' lines become p99 figures, and any 'N entries/s' or 'N MB/s' (MiB/s)
    figure is reported as measured (no target)."""
    recs = []
    for line in out.splitlines():
        label = line.split(":", 1)[0].strip() if ":" in line else line.strip()[:60]
        m = re.match(r"\s*(.+?):.*?p99\s*[=:]?\s*([\d.]+)\s*ms", line)
        if m:
            recs.append(_rec(f"{m.group(1).strip()} (p99)", float(m.group(2)), "ms"))
            continue
        for m in re.finditer(r"([\d][\d,]*\.?\d*)\s*(entries/s|MB/s|MiB/s)", line):
            recs.append(_rec(f"{label} ({m.group(2)})", float(m.group(1).replace(",", "")), m.group(2),
                             better="higher"))
    return recs


FALLBACK = {"vault": _parse_vault, "panic": _parse_panic, "export": _parse_export}


# ---------------------------------------------------------------- running

def run_one(name: str, quick: bool, root: Path) -> dict:
    script, full_timeout, quick_timeout = BENCHES[name]
    path = HERE / script
    info = {"bench": name, "script": f"benchmarks/{script}", "status": "", "records": [], "seconds": 0.0,
            "stderr_tail": ""}
    if not path.exists():
        info["status"] = "not available (script missing)"
        return info
    timeout = quick_timeout if quick else full_timeout
    work = root / name
    work.mkdir()
    env = isolated_env(work, QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1")
    cmd = [sys.executable, str(path), *(["--quick"] if quick else [])]
    t0 = time.monotonic()
    try:
        proc = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=timeout)
        if quick and proc.returncode == 2 and "unrecognized arguments" in proc.stderr:
            proc = subprocess.run(cmd[:-1], cwd=REPO, env=env, capture_output=True, text=True, timeout=timeout)
        out, err, rc = proc.stdout, proc.stderr, proc.returncode
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode(errors="replace") if isinstance(exc.stdout, bytes) else (exc.stdout or "")
        err = exc.stderr.decode(errors="replace") if isinstance(exc.stderr, bytes) else (exc.stderr or "")
        rc = None
    info["seconds"] = time.monotonic() - t0
    records = parse_results(out)
    if not records and name in FALLBACK:
        records = FALLBACK[name](out)
    if not records:
        records = _parse_generic(out)
        for r in records:
            r["note"] = "parsed loosely from human output; no target known"
    info["records"] = records
    info["stdout"] = out
    info["stderr_tail"] = "\n".join(err.strip().splitlines()[-8:])
    if rc is None:
        info["status"] = f"timed out after {timeout} s" + (f" ({len(records)} figures before that)" if records else "")
    elif rc != 0:
        info["status"] = f"failed (exit {rc})" + (f"; {len(records)} figures before that" if records else "")
    elif not records:
        info["status"] = "ran, but printed no figures it could read"
    else:
        info["status"] = "ok"
    return info


# ---------------------------------------------------------------- formatting

def _fmt(x: float | None, unit: str = "") -> str:
    if x is None:
        return "—"
    if abs(x) >= 100:
        s = f"{x:.0f}"
    elif abs(x) >= 10:
        s = f"{x:.1f}"
    else:
        s = f"{x:.2f}"
    return f"{s} {unit}".strip()


def _target(rec: dict) -> str:
    t = rec.get("target")
    if t is None:
        return "—"
    sign = "≥" if rec.get("better") == "higher" else "≤"
    on = rec.get("target_on", "value")
    if on == "ratio":
        return f"{sign} {t:g}×"
    if on == "delta":
        return f"{sign} +{t:g} {rec.get('unit', '')}".strip()
    return f"{sign} {t:g} {rec.get('unit', '')}".strip()


def rows(results: list[dict]) -> list[list[str]]:
    out = []
    for info in results:
        if not info["records"]:
            out.append([f"{info['bench']}: {info['status']}", "—", "—", "—", "—", "n/a"])
            continue
        for rec in info["records"]:
            value, base, unit = rec.get("value"), rec.get("baseline"), rec.get("unit", "")
            measured = "not available" if value is None else _fmt(value, unit)
            baseline = "—"
            if base is not None:
                baseline = _fmt(base, unit)
                if rec.get("baseline_label"):
                    baseline += f" ({rec['baseline_label']})"
            ratio = "—"
            if value is not None and base:
                delta = rec.get("target_on") == "delta"
                ratio = f"{value - base:+.0f} {unit}" if delta else f"{value / base:.2f}×"
            what = rec["name"] if info["status"] == "ok" else f"{rec['name']} [{info['status']}]"
            out.append([what, measured, baseline, ratio, _target(rec), verdict(rec)])
    return out


HEADER = ["what", "measured", "baseline (same run)", "ratio", "target", "verdict"]


def text_table(table: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in [HEADER, *table]) for i in range(len(HEADER))]
    lines = ["  ".join(h.ljust(w) for h, w in zip(HEADER, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    for r in table:
        lines.append("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)))
    return "\n".join(lines)


def md_table(table: list[list[str]]) -> str:
    def esc(c: str) -> str:
        return c.replace("|", "\\|")

    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    lines += ["| " + " | ".join(esc(c) for c in r) + " |" for r in table]
    return "\n".join(lines)


def machine() -> dict[str, str]:
    info = {"date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"), "nproc": str(os.cpu_count())}
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        info["memory (free -h)"] = subprocess.run(["free", "-h"], capture_output=True, text=True).stdout.rstrip()
    with contextlib.suppress(OSError):
        info["load average at start"] = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    info["os"] = platform.platform()
    info["python"] = platform.python_version()
    with contextlib.suppress(Exception):
        import PySide6
        from PySide6.QtCore import qVersion

        info["PySide6 / Qt"] = f"{PySide6.__version__} / {qVersion()}"
    with contextlib.suppress(Exception):
        import cryptography

        info["cryptography"] = cryptography.__version__
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True)
        if rev.returncode == 0:
            dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=REPO,
                                   capture_output=True, text=True).stdout.strip()
            info["git HEAD"] = rev.stdout.strip() + (" (plus uncommitted work in the tree)" if dirty else "")
    return info


def write_markdown(path: Path, results: list[dict], table: list[list[str]], mach: dict[str, str], quick: bool,
                   command: str) -> None:
    lines = [
        "# Benchmark results",
        "",
        f"Produced by `{command}` (see `benchmarks/README.md`). Every timing sits beside a baseline measured in",
        "the same run on the same machine, because these machines are shared and noisy: compare the **ratio**,",
        "not the raw milliseconds, and expect a few percent (sometimes much more) of run-to-run noise.",
        "",
        "## Machine",
        "",
    ]
    for k, v in mach.items():
        if "\n" in v:
            lines += [f"- {k}:", "", "```", v, "```", ""]
        else:
            lines.append(f"- {k}: {v}")
    lines += ["", "## Results" + (" (quick run)" if quick else ""), "", md_table(table), ""]
    lines += ["## Runs", "", "| benchmark | script | status | seconds |", "|---|---|---|---|"]
    for info in results:
        lines.append(f"| {info['bench']} | `{info['script']}` | {info['status']} | {info['seconds']:.0f} |")
    notes = [(info["bench"], r["name"], r["note"]) for info in results for r in info["records"] if r.get("note")]
    if notes:
        lines += ["", "## Notes per figure", ""]
        lines += [f"- **{b}** — {n}: {note}" for b, n, note in notes]
    failed = [info for info in results if info["status"] not in ("ok",) and info["stderr_tail"]]
    if failed:
        lines += ["", "## Errors (last lines of stderr)", ""]
        for info in failed:
            lines += [f"### {info['bench']}", "", "```", info["stderr_tail"], "```", ""]
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text("\n".join(lines).rstrip() + "\n", encoding="utf-8")
    os.replace(tmp, path)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="short run of every benchmark")
    ap.add_argument("--only", help=f"comma-separated subset of: {', '.join(BENCHES)}")
    ap.add_argument("--markdown", metavar="PATH", help="also write the table and the machine to PATH")
    ap.add_argument("--json", metavar="PATH", help="also write every record as JSON")
    args = ap.parse_args(argv)
    names = list(BENCHES)
    if args.only:
        names = [n.strip() for n in args.only.split(",") if n.strip()]
        unknown = [n for n in names if n not in BENCHES]
        if unknown:
            ap.error(f"unknown benchmark(s): {', '.join(unknown)}; choose from {', '.join(BENCHES)}")
    mach = machine()
    results = []
    with tempfile.TemporaryDirectory(prefix="bench-run-") as tmp:
        for name in names:
            print(f"running {name} ...", file=sys.stderr, flush=True)
            info = run_one(name, args.quick, Path(tmp))
            print(f"  {name}: {info['status']} in {info['seconds']:.0f} s", file=sys.stderr, flush=True)
            results.append(info)
    with contextlib.suppress(OSError):
        mach["load average at end"] = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    table = rows(results)
    print(text_table(table))
    command = "python benchmarks/run.py" + (" --quick" if args.quick else "") + (
        f" --only {args.only}" if args.only else "")
    if args.markdown:
        write_markdown(Path(args.markdown), results, table, mach, args.quick, command)
        print(f"\nwrote {args.markdown}", file=sys.stderr)
    if args.json:
        Path(args.json).write_text(json.dumps({"machine": mach, "results": [
            {k: v for k, v in r.items() if k != "stdout"} for r in results]}, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
