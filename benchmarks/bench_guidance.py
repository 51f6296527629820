"""Guidance search over the whole library, as a person types, and the library's load time.

    python benchmarks/bench_guidance.py [--quick]

Type-ahead: every prefix (from 2 characters) of a fixed list of realistic queries is one search, as the search
box would run it on each key press. Each search is timed on its own; we report p50 / p99 / max per query
(target: p99 <= 20 ms). For context, a naive scan (case-folded substring test of every word over every page's
plain text) runs on the same queries in the same run: it is the simplest possible search, not a target.
"""

from __future__ import annotations

import argparse
import time

from common import fmt_ms, percentile, result, timeit_samples

from iia_help.guidance import load_library

QUERIES = [
    "sextortion",
    "they want money",
    "threatening to share my photos",
    "how do I report to the police",
    "remove images from a website",
    "stopncii hash",
    "under 18",
    "is it my fault",
    "block or not block",
    "evidence screenshots",
    "helpline phone number",
    "law scotland",
    "deepfake",
    "what to say to a friend",
    "support worker",
    "revenge porn",
    "the person is my ex",
    "keep the messages",
]


def type_ahead(queries: list[str]) -> list[str]:
    out = []
    for q in queries:
        out.extend(q[:i] for i in range(2, len(q) + 1))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="short run")
    args = ap.parse_args()
    rounds = 2 if args.quick else 10

    t0 = time.perf_counter()
    library = load_library()
    first_load = (time.perf_counter() - t0) * 1000
    loads = timeit_samples(load_library, 3 if args.quick else 10, warmup=0)
    pages = len(library.pages)
    words = sum(len(library.plain_text(pid).split()) for pid in library.pages)
    print(f"library: {pages} pages, {words} words; first load {first_load:.1f} ms, then {fmt_ms(loads)}")
    result("guidance library load (parse + render + index)", percentile(loads, 50), "ms",
           note=f"{pages} pages, {words} words; first load in the process {first_load:.0f} ms")

    typed = type_ahead(QUERIES)
    texts = [library.plain_text(pid).casefold() for pid in library.pages]

    def naive(q: str) -> list[int]:
        ws = q.casefold().split()
        return [i for i, t in enumerate(texts) if all(w in t for w in ws)]

    ours, base = [], []
    for region in [None, "england", "scotland"][: 1 if args.quick else 3]:
        for _ in range(rounds):
            for q in typed:
                t = time.perf_counter_ns()
                library.search(q, region=region)
                ours.append((time.perf_counter_ns() - t) / 1e6)
                t = time.perf_counter_ns()
                naive(q)
                base.append((time.perf_counter_ns() - t) / 1e6)
    print(f"search per key press ({len(set(typed))} prefixes of {len(QUERIES)} queries): {fmt_ms(ours)}")
    print(f"naive substring scan, same queries:                      {fmt_ms(base)}")
    note = f"{len(ours)} searches (type-ahead prefixes); max {max(ours):.2f} ms"
    result("guidance search per key press, p50", percentile(ours, 50), "ms", baseline=percentile(base, 50),
           baseline_label="naive substring scan (context)", target=20, note=note)
    result("guidance search per key press, p99", percentile(ours, 99), "ms", baseline=percentile(base, 99),
           baseline_label="naive substring scan (context)", target=20, note=note)
    result("guidance search per key press, max", max(ours), "ms", baseline=max(base),
           baseline_label="naive substring scan (context)", note="single worst search; noisy")


if __name__ == "__main__":
    main()
