#!/usr/bin/env python3
"""Percentiles of numbers read from stdin, one per line (blank lines and '#' comments skipped).

    some-benchmark | python3 bench/scripts/percentiles.py [--json] [--label NAME]

Prints ``n=… min=… mean=… p50=… p95=… p99=… max=…``. Percentiles use the nearest-rank method
(the smallest value with at least p% of the values at or below it), so every figure printed is one
that was actually measured.
"""

from __future__ import annotations

import argparse
import json
import math
import sys


def nearest_rank(sorted_values: list[float], p: float) -> float:
    rank = max(1, math.ceil(p / 100 * len(sorted_values)))
    return sorted_values[rank - 1]


def summarize(values: list[float]) -> dict[str, float]:
    v = sorted(values)
    return {
        "n": len(v),
        "min": v[0],
        "mean": sum(v) / len(v),
        "p50": nearest_rank(v, 50),
        "p95": nearest_rank(v, 95),
        "p99": nearest_rank(v, 99),
        "max": v[-1],
    }


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--label", default=None, help="prefix the line with this label")
    a = p.parse_args(argv)

    values: list[float] = []
    for lineno, line in enumerate(sys.stdin, 1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        try:
            values.append(float(text))
        except ValueError:
            print(f"percentiles.py: line {lineno}: '{text}' is not a number", file=sys.stderr)
            return 2
    if not values:
        print("percentiles.py: no numbers on stdin", file=sys.stderr)
        return 1

    s = summarize(values)
    if a.json:
        print(json.dumps({"label": a.label, **s} if a.label else s))
    else:
        fields = " ".join(f"{k}={s[k]:g}" if k == "n" else f"{k}={s[k]:.4g}" for k in s)
        print(f"{a.label} {fields}" if a.label else fields)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
