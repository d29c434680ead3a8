"""``mgbone validate PATH...``: check SBML, SBGN-ML, SED-ML and COMBINE archives from anyone, for CI.

Folders are searched recursively (hidden folders and symbolic links skipped) for ``.xml``,
``.sbml``, ``.sbgn``, ``.omex``, ``.sedml`` and ``.zip`` files; a file named on the command line
is checked whatever its name, by its content. Every file first passes the safety gate
(``pipeline.validate.safe_input``), then the checks of its kind (``pipeline.validate.runner``).

Exit status:
  0  no finding at or above ``--fail-on`` (default: error);
  1  at least one finding at or above ``--fail-on``; files refused by the gate (too large,
     binary, unsafe XML, zip bomb ...) are findings of severity error, so they land here;
  2  a file could not be judged or the command was used wrongly: a path that does not exist,
     nothing to validate, a file that cannot be read (permissions, not a regular file), an
     ``internal-error`` (a check raised: the finding names the file and the exception), an
     output file that cannot be written, or a bad option (argparse). 2 wins over 1.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
from pathlib import Path

from pipeline.validate.findings import ERROR, INFO, WARNING, Finding
from pipeline.validate.report import at_or_above, render_json, render_junit, render_text, summarize, summary_line
from pipeline.validate.results import INPUT, UNUSABLE_INPUT, Check, FileReport
from pipeline.validate.safe_input import DEFAULT_MAX_BYTES, Limits

EXIT_OK, EXIT_FINDINGS, EXIT_UNUSABLE = 0, 1, 2
SUFFIXES = (".xml", ".sbml", ".sbgn", ".omex", ".sedml", ".zip")
PROGRESS_FROM = 5  # files; fewer run silently
DEFAULT_MAX_FINDINGS = 1000
_SIZE = re.compile(r"^\s*(\d+)\s*([kmg]i?b?)?\s*$", re.IGNORECASE)


def parse_size(text: str) -> int:
    """A byte count: ``50000000``, ``50M``, ``50MiB``, ``1G`` (powers of 1024)."""
    match = _SIZE.match(text)
    if not match:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (e.g. 50000000, 50M, 1G)")
    factor = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}[(match.group(2) or "")[:1].lower()]
    size = int(match.group(1)) * factor
    if size <= 0:
        raise argparse.ArgumentTypeError("the size must be positive")
    return size


def add_validate_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add ``validate`` to ``mgbone``'s sub-commands; it runs ``validate_command``."""
    p = subparsers.add_parser(
        "validate",
        help="check SBML, SBGN-ML, SED-ML files and COMBINE archives (safe on untrusted input)",
        description=__doc__.split("\n\n")[0],
        epilog="Exit status: 0 clean, 1 findings at or above --fail-on, 2 unusable input or usage.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (searched recursively)")
    p.add_argument("--format", choices=("text", "json", "junit"), default="text", help="report format (text)")
    p.add_argument(
        "--fail-on",
        choices=(ERROR, WARNING, INFO),
        default=ERROR,
        help="lowest severity that makes the exit status 1 (error)",
    )
    p.add_argument(
        "--max-bytes",
        type=parse_size,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help="largest file or archive member read, e.g. 50M (default 50 MiB); archives may expand to 4N in all",
    )
    p.add_argument("--output", metavar="FILE", help="write the report to FILE instead of standard output")
    p.add_argument(
        "--max-findings",
        type=int,
        default=DEFAULT_MAX_FINDINGS,
        metavar="N",
        help=f"list at most N findings per file, 0 for all (default {DEFAULT_MAX_FINDINGS}); counts include all",
    )
    p.add_argument("--quiet", action="store_true", help="no progress on standard error")
    p.set_defaults(func=validate_command)
    return p


def _unusable(file: str, message: str) -> FileReport:
    finding = Finding(file, "path", UNUSABLE_INPUT, ERROR, message)
    return FileReport(file, None, [Check(INPUT, [finding], 0.0)], unusable=True)


def collect(paths: list[str]) -> tuple[list[tuple[Path, bool]], list[FileReport]]:
    """Files to validate (path, named explicitly) and reports for paths that do not exist."""
    found: list[tuple[Path, bool]] = []
    missing: list[FileReport] = []
    seen: set[str] = set()

    def add(path: Path, explicit: bool) -> None:
        key = os.path.normpath(os.path.abspath(path))
        if key not in seen:
            seen.add(key)
            found.append((path, explicit))

    def unreadable(err: OSError) -> None:
        missing.append(_unusable(str(err.filename or "?"), f"cannot list: {err.strerror or err}"))

    for raw in paths:
        path = Path(raw)
        try:
            if path.is_dir():
                for folder, dirs, files in os.walk(path, onerror=unreadable, followlinks=False):
                    dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                    for name in sorted(files):
                        candidate = Path(folder) / name
                        if name.lower().endswith(SUFFIXES) and not name.startswith(".") and not candidate.is_symlink():
                            add(candidate, False)
            elif path.exists():
                add(path, True)
            else:
                missing.append(_unusable(raw, "no such file or directory"))
        except OSError as err:
            missing.append(_unusable(raw, f"cannot access: {err.strerror or err}"))
    return found, missing


def exit_status(reports: list[FileReport], fail_on: str, nothing: bool) -> int:
    if nothing or any(r.unusable for r in reports):
        return EXIT_UNUSABLE
    if any(at_or_above(f, fail_on) for r in reports for f in r.findings):
        return EXIT_FINDINGS
    return EXIT_OK


def _write(text: str, output: str | None) -> None:
    """To ``output`` atomically, else to standard output (unencodable characters escaped)."""
    if output is None:
        try:
            sys.stdout.write(text)
        except UnicodeEncodeError:
            sys.stdout.write(text.encode("ascii", "backslashreplace").decode("ascii"))
        sys.stdout.flush()
        return
    target = Path(output)
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def validate_command(args: argparse.Namespace) -> int:
    """Validate ``args.paths`` and report; returns the exit status (see the module docstring)."""
    from pipeline.validate.runner import validate_path  # libsbml, libsbgnpy, bioregistry: loaded when used

    started = time.perf_counter()
    limits = Limits.for_max_bytes(args.max_bytes)
    max_findings = max(0, getattr(args, "max_findings", DEFAULT_MAX_FINDINGS))
    targets, reports = collect(args.paths)
    if not targets:
        where = ", ".join(args.paths)
        print(f"mgbone validate: nothing to validate in {where}", file=sys.stderr)
    progress = len(targets) >= PROGRESS_FROM and not args.quiet
    for number, (path, explicit) in enumerate(targets, 1):
        if progress:
            print(f"[{number}/{len(targets)}] {path}", file=sys.stderr, flush=True)
        reports += validate_path(path, limits, explicit)
    status = exit_status(reports, args.fail_on, nothing=not targets)
    summary = summarize(reports, args.fail_on, status, time.perf_counter() - started)
    render = {"text": render_text, "json": render_json, "junit": render_junit}[args.format]
    try:
        _write(render(reports, summary, max_findings), args.output)
    except OSError as err:
        print(f"mgbone validate: cannot write {args.output}: {err.strerror or err}", file=sys.stderr)
        return EXIT_UNUSABLE
    if args.format != "text" or args.output:
        print(summary_line(summary), file=sys.stderr)
    return status
