#!/usr/bin/env python3
"""`worthit run` against numpy computing the adoption share alone.

The basic model (normal value, four log-normal costs, `threshold`, the
scenario of `crates/engine/benches/people_per_second.rs`) on 4,000,000
people: numpy draws every quantity vectorised in float64 with its default
Generator (PCG64) and counts the people whose net value is positive, which
is all it computes; `worthit run` (a release build) simulates the same
scenario with its default what-ifs and without them (`--no-sensitivity`),
and reports barriers, segments and the histogram besides.

Run from the repository root (docs/performance.md, "The command line"):

    cargo build --release -p worthit-cli
    python3 -m venv target/numpy-venv && target/numpy-venv/bin/pip install numpy
    target/numpy-venv/bin/python crates/cli/benches/numpy_share.py

It prints one `BENCH` line per timing (the median of --repeats runs, the
three kinds interleaved so they share the machine's load) and the ratios;
it never asserts a time. It does check that numpy and worthit agree on the
share (different random numbers, so within 5 standard errors of the
difference) and exits 1 if they do not: a faster program that computes
another model would be no comparison.
"""

import argparse
import json
import math
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

import numpy as np

# The goal of issue 17: `worthit run` with its default what-ifs at least
# 1.5 times faster than numpy's share alone (printed, never asserted).
GOAL_WITH_WHAT_IFS = 1.5

VALUE = (5.0, 1.5)
# (name, mean, sd) of each cost: the mean and sd of the cost itself.
COSTS = [
    ("time", 1.5, 0.6),
    ("learning", 1.0, 0.5),
    ("trust", 0.8, 0.4),
    ("safety", 0.5, 0.3),
]


def scenario(users, seed):
    """The basic model as a worthit scenario (format v1)."""
    return {
        "schema": 1,
        "title": "Basic model (numpy comparison)",
        "seed": seed,
        "users": users,
        "product": {
            "value": {"dist": "normal", "mean": VALUE[0], "sd": VALUE[1]},
            "costs": {
                name: {"dist": "lognormal", "mean": m, "sd": s} for name, m, s in COSTS
            },
        },
        "decision": {"rule": "threshold"},
    }


def lognormal_params(mean, sd):
    """mu and sigma of the log for a log-normal of this mean and sd (the
    engine's `dist::lognormal_params`)."""
    sigma2 = math.log1p((sd / mean) ** 2)
    return math.log(mean) - sigma2 / 2.0, math.sqrt(sigma2)


def numpy_share(users, seed):
    """Adoption share of the basic model, vectorised: NV = V − ΣC > 0."""
    rng = np.random.default_rng(seed)
    nv = rng.normal(VALUE[0], VALUE[1], users)
    for _, m, s in COSTS:
        mu, sigma = lognormal_params(m, s)
        nv -= rng.lognormal(mu, sigma, users)
    return np.count_nonzero(nv > 0.0) / users


def time_numpy(users, seed):
    """Wall time and CPU time (ms) of numpy's share, and the share."""
    start, cpu = time.perf_counter(), time.process_time()
    share = numpy_share(users, seed)
    return (time.perf_counter() - start) * 1000.0, (time.process_time() - cpu) * 1000.0, share


def children_cpu_ms():
    """CPU time (user + system) of every finished child process so far."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (r.ru_utime + r.ru_stime) * 1000.0


def time_worthit(exe, path, what_ifs):
    """Wall time of the whole command (process start and JSON output
    included), its CPU time over all threads, and its results (with the
    run's own `elapsed_ms`)."""
    args = [exe, "run", path, "--json"]
    if not what_ifs:
        args.append("--no-sensitivity")
    start, cpu = time.perf_counter(), children_cpu_ms()
    out = subprocess.run(args, check=True, capture_output=True).stdout
    wall = (time.perf_counter() - start) * 1000.0
    return wall, children_cpu_ms() - cpu, json.loads(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--worthit", default="target/release/worthit")
    parser.add_argument("--users", type=int, default=4_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    if not os.path.exists(args.worthit):
        sys.exit(f"{args.worthit} not found: run `cargo build --release -p worthit-cli` first")

    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(scenario(args.users, args.seed), f)
        path = f.name
    try:
        # One untimed round warms the page cache and numpy's allocator.
        time_numpy(args.users, args.seed)
        time_worthit(args.worthit, path, True)
        # Per kind: wall times and CPU times (ms).
        numpy_t, run_t, plain_t = ([], []), ([], []), ([], [])
        for _ in range(args.repeats):
            wall, cpu, share = time_numpy(args.users, args.seed)
            numpy_t[0].append(wall)
            numpy_t[1].append(cpu)
            wall, cpu, with_rows = time_worthit(args.worthit, path, True)
            run_t[0].append(wall)
            run_t[1].append(cpu)
            wall, cpu, _ = time_worthit(args.worthit, path, False)
            plain_t[0].append(wall)
            plain_t[1].append(cpu)
    finally:
        os.unlink(path)

    load = os.getloadavg()[0]
    print(f"machine: {os.cpu_count()} cores, load average {load:.2f} at the end; "
          f"numpy {np.__version__}; {args.users:,} people, median of {args.repeats}")
    med = statistics.median
    # Wall time is what a user waits; CPU time (all threads) is what the
    # work costs, and moves less when other programs share the cores.
    for name, (wall, cpu) in [
        ("numpy_share", numpy_t),
        ("worthit_run", run_t),
        ("worthit_run_no_what_ifs", plain_t),
    ]:
        print(f"BENCH {name}_ms {med(wall):.1f} (cpu {med(cpu):.1f} ms)")
    ratio = med(numpy_t[0]) / med(run_t[0])
    print(f"BENCH ratio_numpy_over_run {ratio:.2f} (goal >= {GOAL_WITH_WHAT_IFS})")
    print(f"BENCH ratio_numpy_over_run_no_what_ifs {med(numpy_t[0]) / med(plain_t[0]):.2f}")
    rows = with_rows.get("what_if_users")
    if rows:
        print(f"what-ifs on the first {rows:,} of {with_rows['users']:,} people")

    # Agreement: two independent estimates of the same share.
    p = with_rows["adoption"]["share"]
    se = math.sqrt(p * (1 - p) * 2 / args.users)
    z = (share - p) / se if se > 0 else 0.0
    print(f"share: numpy {share:.5f}, worthit {p:.5f} (difference {z:+.2f} standard errors)")
    if abs(z) > 5:
        sys.exit("numpy and worthit disagree on the share: they compute different models")


if __name__ == "__main__":
    main()
