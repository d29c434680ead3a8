"""The ``mgbone robustness`` sub-command: sample, evaluate (locally or on Dask), summarise."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

EXIT_OK, EXIT_USAGE = 0, 2


def add_robustness_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "robustness", help="how often each claim holds when assumed parameters vary (sampling + PRCC)"
    )
    p.add_argument("mechanism", nargs="*", help="mechanism ids (default: all)")
    p.add_argument("--samples", type=int, default=64, help="parameter sets per mechanism (default 64)")
    p.add_argument("--factor", type=float, default=2.0, help="values vary in [v/F, v*F], log-uniform (default 2)")
    p.add_argument("--method", choices=("sobol", "lhs"), default="sobol", help="sampling design (default sobol)")
    p.add_argument("--seed", type=int, default=1, help="seed of the scrambled design (default 1)")
    p.add_argument("--out", required=True, help="output folder (chunk files under chunks/ make reruns resume)")
    p.add_argument("--all", action="store_true", help="vary sourced parameters too (default: assumptions only)")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--scheduler", metavar="ADDR", help="run chunks on this Dask scheduler")
    where.add_argument("--local-cluster", type=int, metavar="N", default=0, help="run on a Dask LocalCluster of N")
    p.add_argument("--workers", type=int, default=0, help="local worker processes (default: all cores)")
    p.add_argument("--chunk", type=int, default=16, help="parameter sets per chunk (default 16)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(func=robustness_command)
    return p


def _usage_error(args: argparse.Namespace) -> str | None:
    from pipeline.mechanisms import registry

    unknown = [m for m in args.mechanism if m not in registry()]
    if unknown:
        return f"unknown mechanism(s) {', '.join(unknown)}; known: {', '.join(registry())}"
    checks = [
        (args.samples >= 1, "--samples must be at least 1"),
        (args.factor > 1.0, "--factor must be greater than 1"),
        (args.chunk >= 1, "--chunk must be at least 1"),
        (args.workers >= 0, "--workers must not be negative"),
        (args.local_cluster >= 0, "--local-cluster must not be negative"),
    ]
    for ok, message in checks:
        if not ok:
            return message
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        return f"output folder {out} is not a directory"
    if args.scheduler or args.local_cluster:
        try:
            import dask.distributed  # noqa: F401
        except ImportError:
            return "Dask execution needs dask[distributed]: pip install 'dask[distributed]'"
    return None


def robustness_command(args: argparse.Namespace) -> int:
    """Run (or resume) the sampling for the chosen mechanisms and write the summaries; 0 ok, 2 bad input."""
    from pipeline.mechanisms import registry
    from pipeline.outputs import OutputError, write_atomically
    from pipeline.robustness import report
    from pipeline.robustness.runner import Executor, RunSpec, default_workers, run

    problem = _usage_error(args)
    if problem:
        print(f"mgbone robustness: {problem}", file=sys.stderr)
        return EXIT_USAGE
    started = time.perf_counter()
    mechanisms = args.mechanism or list(registry())
    specs = [RunSpec(m, args.samples, args.factor, args.method, args.seed, args.chunk, args.all) for m in mechanisms]
    executor = Executor(args.workers or default_workers(), args.scheduler, args.local_cluster)
    out = Path(args.out)
    try:
        chunks = run(specs, out, executor, progress=not args.no_progress, log=lambda line: print(line, flush=True))
        files: dict[str, bytes] = {}
        summaries = []
        for mechanism in mechanisms:
            sets = report.combine_chunks(chunks[mechanism])
            files[f"{mechanism}_sets.csv"] = sets.encode()
            summaries += report.summarise(mechanism, sets)
        files["summary.csv"] = report.summary_csv(summaries).encode()
        files["summary.md"] = report.markdown_table(summaries).encode()
        for fmt, data in report.figure(summaries).items():
            files[f"robustness.{fmt}"] = data
        write_atomically(out, files)
    except (OutputError, OSError) as exc:
        print(f"mgbone robustness: {exc}", file=sys.stderr)
        return EXIT_USAGE
    robust = sum(s.fraction >= 0.9 for s in summaries)
    print(f"{robust}/{len(summaries)} claim rows hold in >= 90% of sets; wrote {len(files)} files to {out}")
    print(f"wall time {time.perf_counter() - started:.1f} s")
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    """Stand-alone entry (``python -m pipeline.robustness.command``) until cli.py wires the sub-command."""
    parser = argparse.ArgumentParser(prog="mgbone")
    add_robustness_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["robustness", *(argv if argv is not None else sys.argv[1:])])
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
