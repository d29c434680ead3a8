"""``mgbone report FILE... --out DIR``: quality reports of any SBML files.

Writes ``DIR/<name>.html`` and ``DIR/<name>.json`` per file (``<name>`` is the file name without
its extension, numbered when two files share it) and ``DIR/index.html``. Exit status 0 when the
reports are written, whatever the scores; 2, with a message naming the file, when an input is not
usable SBML or the folder cannot be written (then nothing is written).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipeline.report.assess import assess_source
from pipeline.report.checks import Report
from pipeline.report.files import default_pictures
from pipeline.report.render_html import index_html, percent, to_html
from pipeline.report.render_json import to_json
from pipeline.report.source import ReportInputError, Source, read_source

EXIT_OK, EXIT_USAGE = 0, 2
PROG = "mgbone report"


def add_report_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add the ``report`` command to an argparse sub-parser collection (``set_defaults(func=report_command)``)."""
    p = subparsers.add_parser(
        "report",
        help="quality reports (HTML and JSON) of SBML models",
        description=__doc__.split("\n\n")[0],
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="SBML files (any SBML Level and Version)")
    p.add_argument("--out", required=True, metavar="DIR", help="folder to write the reports into (created if needed)")
    p.add_argument(
        "--foreign",
        action="store_true",
        help="score every file as a foreign model, even one whose model id is a mechanism id of this package",
    )
    p.set_defaults(func=report_command)
    return p


def _names(paths: list[str]) -> list[str]:
    """Output names: file stems, numbered (name-2, name-3) when repeated."""
    seen: dict[str, int] = {}
    names = []
    for path in paths:
        stem = Path(path).stem or "model"
        seen[stem] = seen.get(stem, 0) + 1
        names.append(stem if seen[stem] == 1 else f"{stem}-{seen[stem]}")
    return names


def _fail(message: str) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return EXIT_USAGE


def report_command(args: argparse.Namespace) -> int:
    """Run ``mgbone report``; returns the exit status (0, or 2 for unusable input)."""
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        return _fail(f"output folder {out} exists and is not a directory")
    sources: list[Source] = []
    problems = []
    for path in args.files:
        try:
            sources.append(read_source(Path(path)))
        except ReportInputError as exc:
            problems.append(str(exc))
    if problems:
        for problem in problems:
            _fail(problem)
        return _fail(f"{len(problems)} of {len(args.files)} input(s) not usable SBML; no report written")
    files: dict[str, bytes] = {}
    reports: dict[str, Report] = {}
    for path, name, source in zip(args.files, _names(args.files), sources, strict=True):
        try:
            report = assess_source(source, detect=not args.foreign)
            page = to_html(report, default_pictures(report, None))
        except Exception as exc:  # report, never a traceback: the message names the file
            return _fail(f"{path}: cannot assess: {type(exc).__name__}: {' '.join(str(exc).split())[:300]}")
        reports[name] = report
        files[f"{name}.json"] = to_json(report).encode()
        files[f"{name}.html"] = page.encode()
        print(f"{path}: overall {percent(report.score)} ({report.model.origin} model) -> {out / (name + '.html')}")
    files["index.html"] = index_html(reports).encode()
    from pipeline.outputs import OutputError, write_atomically

    try:
        write_atomically(out, files)
    except OutputError as exc:
        return _fail(str(exc))
    print(f"wrote {len(files)} files to {out}")
    return EXIT_OK
