"""Shared helpers for the benchmark scripts, and the tiny protocol `benchmarks/run.py` reads.

Protocol: besides any human-readable output, a benchmark prints one line per figure::

    RESULT {"name": "...", "value": 12.3, "unit": "ms", "baseline": 10.1, "baseline_label": "bare Qt window",
            "target": 1.25, "target_on": "ratio", "better": "lower", "note": "..."}

* ``value``: the measured figure (``null`` when it could not be measured; say why in ``note``).
* ``baseline``: the same quantity for the baseline, measured in the same run (same unit), or ``null``.
* ``target_on``: what the target applies to: ``"value"`` (the figure itself, e.g. p99 <= 16 ms),
  ``"ratio"`` (value / baseline, e.g. <= 3x) or ``"delta"`` (value - baseline, e.g. <= +150 MiB).
* ``better``: ``"lower"`` or ``"higher"`` — which way the target points.

Use ``result(...)`` to print a line. Benchmarks never assert: a figure that misses its target is reported.
"""

from __future__ import annotations

import json
import math
import os
import statistics
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

PREFIX = "RESULT "
REPO = Path(__file__).resolve().parents[1]


def percentile(samples: Iterable[float], p: float) -> float:
    """The p-th percentile (0-100) with linear interpolation between closest ranks."""
    xs = sorted(samples)
    if not xs:
        return math.nan
    if len(xs) == 1:
        return xs[0]
    k = (len(xs) - 1) * p / 100.0
    lo = math.floor(k)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def summary(samples: list[float]) -> dict[str, float]:
    """p50, p99, max and mean of samples (whatever unit they are in)."""
    return {
        "p50": percentile(samples, 50),
        "p99": percentile(samples, 99),
        "max": max(samples) if samples else math.nan,
        "mean": statistics.fmean(samples) if samples else math.nan,
        "n": len(samples),
    }


def timeit_samples(fn: Callable[[], object], n: int, *, warmup: int = 1) -> list[float]:
    """Call fn() n times (after `warmup` untimed calls); return each call's duration in milliseconds."""
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(n):
        t0 = time.perf_counter_ns()
        fn()
        out.append((time.perf_counter_ns() - t0) / 1e6)
    return out


def verdict(rec: dict) -> str:
    """'meets', 'misses' or 'n/a' for one RESULT record."""
    value, target = rec.get("value"), rec.get("target")
    if value is None or target is None:
        return "n/a"
    on = rec.get("target_on", "value")
    baseline = rec.get("baseline")
    if on == "ratio":
        if not baseline:
            return "n/a"
        figure = value / baseline
    elif on == "delta":
        if baseline is None:
            return "n/a"
        figure = value - baseline
    else:
        figure = value
    if rec.get("better", "lower") == "higher":
        return "meets" if figure >= target else "misses"
    return "meets" if figure <= target else "misses"


def result(
    name: str,
    value: float | None,
    unit: str,
    *,
    baseline: float | None = None,
    baseline_label: str = "",
    target: float | None = None,
    target_on: str = "value",
    better: str = "lower",
    note: str = "",
) -> dict:
    """Print one machine-readable RESULT line (see the module docstring) and return the record."""
    assert target_on in ("value", "ratio", "delta") and better in ("lower", "higher")

    def clean(x: float | None) -> float | None:
        if x is None or (isinstance(x, float) and not math.isfinite(x)):
            return None
        return round(float(x), 4)

    rec = {
        "name": name, "value": clean(value), "unit": unit, "baseline": clean(baseline),
        "baseline_label": baseline_label, "target": target, "target_on": target_on, "better": better,
        "note": note,
    }
    print(PREFIX + json.dumps(rec, ensure_ascii=False), flush=True)
    return rec


def parse_results(text: str) -> list[dict]:
    """Every RESULT record in a script's output (malformed lines are skipped)."""
    out = []
    for line in text.splitlines():
        if not line.startswith(PREFIX):
            continue
        try:
            rec = json.loads(line[len(PREFIX):])
        except ValueError:
            continue
        if isinstance(rec, dict) and "name" in rec:
            out.append(rec)
    return out


def isolated_env(root: Path, **extra: str) -> dict[str, str]:
    """Environment for a child process whose HOME, XDG folders and temp folder all live under root,
    so a benchmark never writes into the real user folders."""
    env = dict(os.environ)
    dirs = {
        "HOME": root / "home",
        "XDG_DATA_HOME": root / "home" / ".local" / "share",
        "XDG_CONFIG_HOME": root / "home" / ".config",
        "XDG_CACHE_HOME": root / "home" / ".cache",
        "XDG_STATE_HOME": root / "home" / ".local" / "state",
        "TMPDIR": root / "tmp",
    }
    for k, p in dirs.items():
        p.mkdir(parents=True, exist_ok=True)
        env[k] = str(p)
    env.setdefault("MESA_SHADER_CACHE_DISABLE", "true")
    src = str(REPO / "src")
    env["PYTHONPATH"] = src + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.update(extra)
    return env


def peak_rss_mib() -> float:
    """This process's peak resident set size so far (MiB), from /proc (Linux) or getrusage."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kib / (1024 * 1024 if sys.platform == "darwin" else 1024)


def fmt_ms(samples: list[float]) -> str:
    s = summary(samples)
    return f"p50 {s['p50']:.2f} ms, p99 {s['p99']:.2f} ms, max {s['max']:.2f} ms (n={s['n']})"
