"""Prove the COMBINE archives with BioSimulators: validate them, run them with two simulators, compare the numbers.

Run from anywhere with the project's Python (the one that has the project installed)::

    .venv/bin/python scripts/biosimulators_check.py            # every model and the package archive
    .venv/bin/python scripts/biosimulators_check.py --ids trpm7_pdgf,integrated --no-package

Steps:

1. A separate virtual environment ``.venv-biosimulators`` (at the project root) gets the
   BioSimulators tools pinned in ``scripts/biosimulators-requirements.txt``
   (biosimulators-utils, biosimulators-tellurium, biosimulators-copasi, numpy 1.x). It is
   reused while the requirements file is unchanged.
2. The archives: ``models/omex/<id>.omex`` and ``models/omex/mgbone.omex`` if they are all
   committed (unless ``--build``), else built into a temporary folder by the project's code.
3. Each archive is checked with ``biosimulators-utils validate-project`` and executed with the
   ``biosimulators-tellurium`` and ``biosimulators-copasi`` command-line programs (the form in
   which BioSimulations runs them); their HDF5 reports are read back.
4. Every number of every report is compared with the pipeline's own results
   (``results/<id>/{time_course,dose_scan,knockdowns}.csv``).

Tolerance: an entry passes when ``|simulator - csv| <= RTOL * max(|csv|, FLOOR * scale, TINY)``
with ``scale`` the largest ``|csv|`` of its column. RTOL = 1e-3: the CSV files round to six
significant digits (up to 5e-6 relative), tellurium runs the pipeline's own CVODE settings and
COPASI substitutes LSODA at its default tolerances (differences seen: below 1e-5), and the SED-ML
steady states stop at 2000 h instead of 20000 h (within 3e-8); a wrong unit, input or condition
changes numbers by percents or orders of magnitude. FLOOR = 1e-4: below a ten-thousandth of its
column's largest value an entry is compared absolutely, to 1e-7 of that value. Pools that decay
to zero need this: the CSV holds -2.5e-38 for H_type_vessels (scale 1) of angiogenesis_coupling
under the KDR block, which is still 2e-9 after the SED-ML's 2000 h.

The table gives, per archive and simulator, the largest ``|simulator - csv| / max(|csv|, FLOOR *
scale, TINY)`` of each experiment; the exit status is 1 if anything fails, with a line naming
the archive, simulator, experiment and column.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv-biosimulators"
REQUIREMENTS = ROOT / "scripts" / "biosimulators-requirements.txt"
OMEX_DIR = ROOT / "models" / "omex"
RESULTS_DIR = ROOT / "results"
PACKAGE = "mgbone"
SIMULATORS = ("tellurium", "copasi")
EXPERIMENTS = {  # report id in the SED-ML -> CSV file of the pipeline
    "report_time_course": "time_course",
    "report_dose_scan": "dose_scan",
    "report_knockdowns": "knockdowns",
}
RTOL = 1e-3
FLOOR = 1e-4
TINY = 1e-15  # mM; below any pool the models hold
RUN_TIMEOUT = 1800  # seconds for one validation or one simulator run


def say(message: str) -> None:
    print(message, flush=True)


# ---------------------------------------------------------------- step 1: the tools
def venv_bin(name: str) -> Path:
    return VENV / "bin" / name


def ensure_tools(python: str) -> float:
    """Create or update .venv-biosimulators; return the seconds spent."""
    started = time.perf_counter()
    digest = hashlib.sha256(REQUIREMENTS.read_bytes()).hexdigest()
    stamp = VENV / ".requirements.sha256"
    if stamp.exists() and stamp.read_text().strip() == digest and venv_bin("biosimulators-copasi").exists():
        say(f"[tools] reusing {VENV.relative_to(ROOT)} (requirements unchanged)")
        return time.perf_counter() - started
    if VENV.exists():
        say(f"[tools] requirements changed: recreating {VENV.relative_to(ROOT)}")
        shutil.rmtree(VENV)
    say(f"[tools] creating {VENV.relative_to(ROOT)} with {python} -m venv")
    subprocess.run([python, "-m", "venv", str(VENV)], check=True)
    say(f"[tools] installing {REQUIREMENTS.relative_to(ROOT)} (about a minute) ...")
    pip = [str(venv_bin("python")), "-m", "pip", "--disable-pip-version-check"]
    result = subprocess.run(
        pip + ["install", "-q", "-r", str(REQUIREMENTS)], capture_output=True, text=True, timeout=RUN_TIMEOUT
    )
    if result.returncode != 0:
        say(result.stdout[-3000:] + result.stderr[-3000:])
        raise SystemExit("[tools] pip install failed (see above)")
    stamp.write_text(digest + "\n")
    seconds = time.perf_counter() - started
    say(f"[tools] installed in {seconds:.0f} s")
    return seconds


# ---------------------------------------------------------------- step 2: the archives
def build_archives(python: str, ids: list[str], package: bool, folder: Path) -> None:
    """Write <id>.omex (and mgbone.omex) into ``folder`` with the project's code."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from pipeline.mechanisms import registry\n"
        "from pipeline.exports.omex import omex_bytes, package_omex_bytes\n"
        "out = Path(sys.argv[1])\n"
        "for mid in sys.argv[3:]:\n"
        "    (out / f'{mid}.omex').write_bytes(omex_bytes(registry()[mid]))\n"
        "if sys.argv[2] == '1':\n"
        f"    (out / '{PACKAGE}.omex').write_bytes(package_omex_bytes())\n"
    )
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    subprocess.run([python, "-c", code, str(folder), "1" if package else "0", *ids], check=True, env=env, cwd=ROOT)


def registry_ids(python: str) -> list[str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    code = "from pipeline.mechanisms import registry; print(' '.join(registry()))"
    return subprocess.run(
        [python, "-c", code], check=True, env=env, cwd=ROOT, capture_output=True, text=True
    ).stdout.split()


# ---------------------------------------------------------------- step 3: BioSimulators runs
@dataclass
class Run:
    archive: str  # file name, e.g. trpm7_pdgf.omex
    kind: str  # "validate", "tellurium" or "copasi"
    returncode: int = -1
    seconds: float = 0.0
    log: Path | None = None
    reports: dict[str, dict] = field(default_factory=dict)
    error: str = ""


def execute(run: Run, omex: Path, work: Path) -> Run:
    """One validation or simulator run, its log in ``work``; reports read back from HDF5."""
    started = time.perf_counter()
    stem = f"{Path(run.archive).stem}.{run.kind}"
    run.log = work / f"{stem}.log"
    env = dict(os.environ, REPORT_FORMATS="h5", VIZ_FORMATS="", PYTHONWARNINGS="ignore")
    if run.kind == "validate":
        command = [str(venv_bin("biosimulators-utils")), "validate-project", str(omex)]
    else:
        out = work / stem
        command = [str(venv_bin(f"biosimulators-{run.kind}")), "-i", str(omex), "-o", str(out)]
    try:
        with run.log.open("w") as log:
            result = subprocess.run(command, stdout=log, stderr=subprocess.STDOUT, env=env, timeout=RUN_TIMEOUT)
        run.returncode = result.returncode
    except subprocess.TimeoutExpired:
        run.error = f"timed out after {RUN_TIMEOUT} s"
    if run.kind != "validate" and run.returncode == 0:
        h5 = work / stem / "reports.h5"
        dump = work / f"{stem}.json"
        if not h5.exists():
            run.error = "no reports.h5 written"
        else:
            subprocess.run([str(venv_bin("python")), __file__, "--dump-h5", str(h5), str(dump)], check=True)
            run.reports = json.loads(dump.read_text())
    elif run.returncode != 0 and not run.error:
        run.error = f"exit status {run.returncode}; last lines of {run.log}:\n" + _tail(run.log)
    run.seconds = time.perf_counter() - started
    return run


def _tail(path: Path, lines: int = 12) -> str:
    text = [line for line in path.read_text(errors="replace").splitlines() if line.strip()]
    return "\n".join("    " + line for line in text[-lines:])


def dump_h5(h5: Path, out: Path) -> None:
    """(Runs in .venv-biosimulators.) Every report of an HDF5 file as JSON: ids, labels, data."""
    import h5py  # only in the BioSimulators environment

    reports: dict[str, dict] = {}

    def visit(name: str, obj: object) -> None:
        if isinstance(obj, h5py.Dataset):
            attrs = obj.attrs

            def texts(key: str) -> list[str]:
                return [v.decode() if isinstance(v, bytes) else str(v) for v in attrs.get(key, [])]

            reports[name] = {
                "ids": texts("sedmlDataSetIds"),
                "labels": texts("sedmlDataSetLabels"),
                "data": obj[()].tolist(),
            }

    with h5py.File(h5, "r") as f:
        f.visititems(visit)
    out.write_text(json.dumps(reports))


# ---------------------------------------------------------------- step 4: comparison
@dataclass
class Outcome:
    worst: float = 0.0
    where: str = ""
    failures: list[str] = field(default_factory=list)


def _last(value: object) -> float:
    """The last time point of a (possibly nested) series."""
    while isinstance(value, list):
        value = value[-1]
    return float(value)  # type: ignore[arg-type]


def _series(value: object) -> list[float]:
    """One number per row: a flat series, or the last time point of each iteration of a repeated task."""
    if not isinstance(value, list):
        return [float(value)]  # type: ignore[arg-type]
    return [_last(v) if isinstance(v, list) else float(v) for v in value]


def read_csv(path: Path) -> tuple[list[str], list[list[str]]]:
    with path.open(newline="") as fh:
        rows = list(csv.reader(fh))
    return rows[0], rows[1:]


def compare(mechanism_id: str, experiment: str, report: dict | None) -> Outcome:
    """Compare one report with results/<id>/<experiment>.csv."""
    outcome = Outcome()
    if report is None:
        outcome.failures.append("report missing")
        return outcome
    header, rows = read_csv(RESULTS_DIR / mechanism_id / f"{experiment}.csv")
    columns: dict[str, list[tuple[int, float]]] = {}  # column -> (row, simulated value)
    for ident, label, values in zip(report["ids"], report["labels"], report["data"], strict=True):
        if experiment == "knockdowns":
            prefix, _, column = ident.partition("_")
            row = int(prefix[2:])
            if row >= len(rows):
                outcome.failures.append(f"{ident}: no row {row} in the CSV")
                continue
            if label != f"{rows[row][0]}: {column}":
                outcome.failures.append(f"{ident}: label {label!r} does not match CSV row {rows[row][0]!r}")
            columns.setdefault(column, []).append((row, _last(values)))
        else:
            series = _series(values)
            if len(series) != len(rows):
                outcome.failures.append(f"{label}: {len(series)} values, CSV has {len(rows)} rows")
                continue
            columns[label] = list(enumerate(series))
    expected = header[1:] if experiment == "knockdowns" else header  # knock-down rows are named, not simulated
    for column in expected:
        if column not in columns:
            outcome.failures.append(f"column {column}: not in the report")
    for column, entries in columns.items():
        if column not in header:
            outcome.failures.append(f"column {column}: not in the CSV")
            continue
        index = header.index(column)
        reference = [float(r[index]) for r in rows]
        scale = max(abs(v) for v in reference)
        for row, simulated in entries:
            expected = reference[row]
            error = abs(simulated - expected) / max(abs(expected), FLOOR * scale, TINY)
            if error != error:  # NaN
                error = float("inf")
            if error > outcome.worst:
                outcome.worst = error
                outcome.where = f"{column} row {row}"
            if error > RTOL:
                outcome.failures.append(
                    f"column {column}, row {row} ({rows[row][0]}): simulator {simulated:.9g}, CSV {expected:.6g}"
                    f" (scaled difference {error:.2e} > {RTOL:g})"
                )
    return outcome


def reports_of(run: Run, mechanism_id: str, in_package: bool) -> dict[str, dict | None]:
    location = f"{mechanism_id}/{mechanism_id}.sedml" if in_package else f"{mechanism_id}.sedml"
    return {report: run.reports.get(f"{location}/{report}") for report in EXPERIMENTS}


# ---------------------------------------------------------------- main
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ids", help="comma-separated mechanism ids (default: all)")
    parser.add_argument("--no-package", action="store_true", help=f"skip the whole-package archive {PACKAGE}.omex")
    parser.add_argument("--build", action="store_true", help="build fresh archives even if models/omex/ has them")
    parser.add_argument("--omex-dir", type=Path, help="read <id>.omex files from this folder instead")
    parser.add_argument("--python", default=sys.executable, help="Python with the project installed (default: this)")
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1), help="runs in parallel (default 2)")
    parser.add_argument("--keep", type=Path, help="keep logs and reports in this folder")
    parser.add_argument("--dump-h5", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.dump_h5:
        dump_h5(*args.dump_h5)
        return 0

    total_started = time.perf_counter()
    if sys.version_info[:2] != (3, 11):
        say(f"warning: the pinned tools were resolved for Python 3.11; this is {sys.version.split()[0]}")
    install_seconds = ensure_tools(args.python)

    ids = args.ids.split(",") if args.ids else registry_ids(args.python)
    package = not args.no_package
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="biosimulators-check-"))
    work.mkdir(parents=True, exist_ok=True)
    names = [f"{mid}.omex" for mid in ids] + ([f"{PACKAGE}.omex"] if package else [])
    source = args.omex_dir
    if source is None and not args.build and all((OMEX_DIR / n).exists() for n in names):
        source = OMEX_DIR
    if source is None:
        source = work / "omex"
        source.mkdir(exist_ok=True)
        say(f"[archives] building {len(names)} archives with the project's code ...")
        started = time.perf_counter()
        build_archives(args.python, ids, package, source)
        say(f"[archives] built in {time.perf_counter() - started:.1f} s into {source}")
    else:
        say(f"[archives] using {source}")
    for name in names:
        if not (source / name).exists():
            say(f"error: {source / name} does not exist")
            return 1

    runs = [Run(name, kind) for name in names for kind in ("validate",) + SIMULATORS]
    say(f"[run] {len(runs)} runs ({len(names)} archives x validate, {', '.join(SIMULATORS)}), {args.jobs} at a time")
    run_started = time.perf_counter()
    done = 0
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = [pool.submit(execute, run, source / run.archive, work) for run in runs]
        for future in futures:
            run = future.result()
            done += 1
            status = "ok" if run.returncode == 0 and not run.error else "FAILED"
            say(f"[run {done}/{len(runs)}] {run.archive} {run.kind}: {status} ({run.seconds:.1f} s)")
    run_seconds = time.perf_counter() - run_started

    failures: list[str] = []
    by_key = {(r.archive, r.kind): r for r in runs}
    say("")
    header = f"{'archive':<28} {'model':<22} {'validate':<9} {'simulator':<10}"
    header += "".join(f" {e:>18}" for e in EXPERIMENTS.values()) + "  result"
    say(header)
    say("-" * len(header))
    for name in names:
        validation = by_key[(name, "validate")]
        valid = "valid" if validation.returncode == 0 and not validation.error else "INVALID"
        if valid != "valid":
            failures.append(f"{name}: validate-project failed: {validation.error}")
        in_package = name == f"{PACKAGE}.omex"
        models = ids if in_package else [Path(name).stem]
        for simulator in SIMULATORS:
            run = by_key[(name, simulator)]
            for mid in models:
                cells = []
                ok = not run.error and run.returncode == 0
                if run.error:
                    failures.append(f"{name} / {simulator}: {run.error}")
                else:
                    for report, outcome in (
                        (report, compare(mid, EXPERIMENTS[report], data))
                        for report, data in reports_of(run, mid, in_package).items()
                    ):
                        cells.append(f"{outcome.worst:.1e}" + ("!" if outcome.failures else ""))
                        for failure in outcome.failures:
                            failures.append(f"{name} / {mid} / {simulator} / {EXPERIMENTS[report]}: {failure}")
                        ok = ok and not outcome.failures
                cells += ["-"] * (len(EXPERIMENTS) - len(cells))
                line = f"{name:<28} {mid:<22} {valid:<9} {simulator:<10}" + "".join(f" {c:>18}" for c in cells)
                say(line + ("  ok" if ok and valid == "valid" else "  FAILED"))
    say("")
    say(
        f"tolerance: |simulator - csv| <= {RTOL:g} * max(|csv|, {FLOOR:g} * column scale, {TINY:g});"
        " the columns give the largest scaled difference per experiment"
    )
    say(
        f"time: tools {install_seconds:.0f} s, runs {run_seconds:.0f} s,"
        f" total {time.perf_counter() - total_started:.0f} s; logs in {work}"
    )
    if failures:
        say(f"\n{len(failures)} failure(s):")
        for failure in failures[:200]:
            say(f"  {failure}")
        return 1
    say("all archives valid; tellurium and COPASI reproduce the pipeline's numbers")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
