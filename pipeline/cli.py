"""The ``mgbone`` command: build everything, validate any file, report quality, assemble submissions."""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

from pipeline import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def _build(args: argparse.Namespace) -> int:
    from pipeline.build import build, project_root
    from pipeline.outputs import OutputError, differences, write_atomically

    root = Path(args.out) if args.out else project_root()
    if not args.check and root.exists() and not root.is_dir():
        print(f"mgbone build: output folder {root} is not a directory", file=sys.stderr)
        return EXIT_USAGE
    started = time.perf_counter()
    try:
        files, outcomes = build(args.mechanism or None, progress=lambda line: print(line, flush=True))
    except KeyError as exc:
        print(f"mgbone build: {exc.args[0]}", file=sys.stderr)
        return EXIT_USAGE
    peak_kib = max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    failed = [
        f"{mid}: {o.behaviour.statement}: {o.detail}"
        for mid, results in outcomes.items()
        for o in results
        if not o.passed
    ]
    if args.check:
        problems = differences(root, files)
        for line in problems:
            print(f"mgbone build --check: {line}", file=sys.stderr)
        if problems:
            print(
                f"{len(problems)} committed output(s) differ from a fresh build; run 'mgbone build'.", file=sys.stderr
            )
            return EXIT_FINDINGS
        print(f"all {len(files)} committed outputs match a fresh build")
    else:
        try:
            write_atomically(root, files)
        except OutputError as exc:
            print(f"mgbone build: {exc}", file=sys.stderr)
            return EXIT_USAGE
        print(f"wrote {len(files)} files under {root}")
    for line in failed:
        print(f"behaviour FAILED: {line}", file=sys.stderr)
    elapsed = time.perf_counter() - started
    print(f"wall time {elapsed:.1f} s; peak resident memory of one process {peak_kib / 1024:.0f} MiB")
    return EXIT_FINDINGS if failed else EXIT_OK


def _submission(args: argparse.Namespace) -> int:
    from pipeline.exports.submission import SubmissionError, parse_creator, submission_files
    from pipeline.outputs import OutputError, write_atomically

    out = Path(args.out)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        print(f"mgbone submission: {out} exists and is not an empty folder; choose a new one", file=sys.stderr)
        return EXIT_USAGE
    try:
        creator = parse_creator(args.creator) if args.creator else None
        print(f"assembling the submission of {args.model} ...", flush=True)
        files, items = submission_files(args.model, creator)
    except SubmissionError as exc:
        print(f"mgbone submission: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        write_atomically(out, files)
    except OutputError as exc:
        print(f"mgbone submission: {exc}", file=sys.stderr)
        return EXIT_USAGE
    missing = [i for i in items if not i.passed]
    print(f"wrote {len(files)} files to {out}; checklist {len(items) - len(missing)}/{len(items)} items pass")
    for item in missing:
        print(f"missing: [{item.group}] {item.name}: {item.detail}", file=sys.stderr)
    return EXIT_FINDINGS if missing else EXIT_OK


def _list(_: argparse.Namespace) -> int:
    from pipeline.mechanisms import registry

    for mid, mechanism in registry().items():
        print(f"{mid}\t{mechanism.name}")
    return EXIT_OK


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="mgbone", description=__doc__)
    p.add_argument("--version", action="version", version=f"mgbone {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build every model, simulation, plot and table")
    b.add_argument("mechanism", nargs="*", help="mechanism ids (default: all)")
    b.add_argument("--check", action="store_true", help="fail when committed outputs differ from a fresh build")
    b.add_argument("--out", help="project root to write into (default: this checkout)")
    b.set_defaults(func=_build)
    sm = sub.add_parser("submission", help="assemble a BioModels submission folder for one model")
    sm.add_argument("model", help="mechanism id (see 'mgbone list')")
    sm.add_argument("--out", required=True, help="new (or empty) folder to write")
    sm.add_argument("--creator", help="submitter as 'Given Family <e-mail> (Organisation)'")
    sm.set_defaults(func=_submission)
    from pipeline.report.command import add_report_parser
    from pipeline.robustness.command import add_robustness_parser
    from pipeline.validate.command import add_validate_parser

    add_validate_parser(sub)
    add_report_parser(sub)
    add_robustness_parser(sub)
    ls = sub.add_parser("list", help="list the mechanisms")
    ls.set_defaults(func=_list)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        print("mgbone: interrupted; outputs already written are complete files", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
