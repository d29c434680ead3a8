"""Performance of the simulation path, measured against baselines in the same run.

Run: ``cd /work/main && PYTHONPATH=. python benchmarks/bench.py [--quick] [--skip-build] [--write-docs]``.

Sections (each throughput the median of 3 repeats, ratios against a baseline of the same run):

a. ensemble throughput of ``Simulator.time_course`` (the mechanism's time-course experiment with
   varied parameters) over a bare libRoadRunner loop (reset, set values, simulate); goal >= 0.9;
b. the same ensemble in COPASI (basico: set parameter values, run a time course); goal: ours >= 5x;
c. steady states per second: roadrunner's ``steadyState()``, the engine's previous long simulation and
   its present one (``pipeline.simulate.steady.fast_steady_state``), each with its max relative error against the long
   simulation over control, knock-downs and the dose scan;
d. ensemble scaling from 1 to 2 worker processes; goal >= 1.7x;
e. wall time and peak memory of ``mgbone build --out <tmpdir>``.
"""

# ruff: noqa: I001, E402  (pipeline must be imported before roadrunner: see pipeline/__init__.py)
from __future__ import annotations

import argparse
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from importlib.metadata import version
from pathlib import Path

import pipeline  # noqa: F401  (before libsbml/roadrunner, see pipeline/__init__.py)

import numpy as np
import roadrunner

from pipeline.mechanisms import registry
from pipeline.model import Condition, Mechanism
from pipeline.simulate.engine import Simulator
from pipeline.simulate.steady import (
    SETTLE_CHECK_HOURS,
    STEADY_HORIZON_HOURS,
    NotSettledError,
    fast_steady_state,
    long_time_course_state,
    max_relative_error,
)

ROOT = Path(__file__).resolve().parent.parent
MODELS = ("integrated", "trpm7_pdgf")
REPEATS = 3
SEED = 20240601
Row = tuple[str, ...]


def sbml(model_id: str) -> str:
    return (ROOT / "models" / "sbml" / f"{model_id}.xml").read_text()


def median_of(measure: Callable[[], float], repeats: int = REPEATS) -> float:
    """Median of ``repeats`` calls of ``measure`` (each returns a rate or a time)."""
    return statistics.median(measure() for _ in range(repeats))


def parameter_sets(sim: Simulator, mechanism: Mechanism, count: int) -> list[dict[str, float]]:
    """The time-course condition plus ~10 kinetic parameters each scaled by U(0.8, 1.2)."""
    rng = np.random.default_rng(SEED)
    base = dict(mechanism.time_course_condition.changes)
    varied = [p for p in sim.parameters if p.startswith(("k", "K", "V")) and p not in base][:10]
    return [base | {p: sim.value(p) * float(rng.uniform(0.8, 1.2)) for p in varied} for _ in range(count)]


def rate(run: Callable[[], object], count: int) -> float:
    start = time.perf_counter()
    run()
    return count / (time.perf_counter() - start)


# ---------------------------------------------------------------- (a) Simulator vs bare roadrunner
def simulator_ensemble(sim: Simulator, mechanism: Mechanism, sets: list[dict[str, float]]) -> None:
    for changes in sets:
        sim.time_course(changes, mechanism.time_course_hours, list(mechanism.readouts), points=97)


def bare_ensemble(rr: roadrunner.RoadRunner, mechanism: Mechanism, sets: list[dict[str, float]]) -> None:
    """The practical limit: species and parameters set through the model's index-based setters."""
    ids = list(rr.model.getGlobalParameterIds())
    index = {p: ids.index(p) for p in (sets[0] if sets else {}) if p in ids}
    species = set(rr.model.getFloatingSpeciesIds()) | set(rr.model.getBoundarySpeciesIds())
    positions = np.array(sorted(index.values()), dtype=np.int32)
    order = sorted(index, key=index.__getitem__)
    rr.timeCourseSelections = ["time"] + [f"[{r}]" if r in species else r for r in mechanism.readouts]
    for changes in sets:
        rr.reset()
        for key, value in changes.items():
            if key not in index:
                rr.setValue(f"[{key}]" if key in species else key, value)
        rr.model.setGlobalParameterValues(positions, np.array([changes[p] for p in order]))
        rr.simulate(0.0, mechanism.time_course_hours, 97)


# ---------------------------------------------------------------- (b) COPASI
def copasi_ensemble_rate(text: str, mechanism: Mechanism, sets: list[dict[str, float]]) -> float:
    import basico

    from pipeline.exports.copasi import load

    data_model, _ = load(text)
    names = basico.get_parameters(model=data_model)
    by_id = dict(zip(names["sbml_id"], names.index, strict=True))
    species = basico.get_species(model=data_model)
    species_by_id = dict(zip(species["sbml_id"], species.index, strict=True))

    def run() -> None:
        for changes in sets:
            for key, value in changes.items():
                if key in by_id:
                    basico.set_parameters(by_id[key], exact=True, initial_value=value, model=data_model)
                else:
                    basico.set_species(species_by_id[key], exact=True, initial_concentration=value, model=data_model)
            basico.run_time_course(
                duration=mechanism.time_course_hours, intervals=96, r_tol=1e-8, a_tol=1e-16, model=data_model
            )

    return median_of(lambda: rate(run, len(sets)))


# ---------------------------------------------------------------- (c) steady states
def steady_conditions(mechanism: Mechanism) -> list[Condition | dict[str, float]]:
    doses = [{mechanism.scan_input: d} for d in mechanism.scan_doses]
    return [Condition("control"), *mechanism.knockdowns, *doses]


def steady_rows(model_id: str, quick: bool) -> list[Row]:
    mechanism = registry()[model_id]
    sim = Simulator(sbml(model_id))
    conditions = steady_conditions(mechanism)
    references = []
    for condition in conditions:
        sim._apply(condition)
        references.append(long_time_course_state(sim.rr))
    rows: list[Row] = []

    def previous() -> list[np.ndarray]:
        """The engine's method before steady.py: a 50-point run, then the same 100 h drift check."""
        out = []
        for condition in conditions:
            sim._apply(condition)
            sim.rr.simulate(0.0, STEADY_HORIZON_HOURS, 50)
            sim.rr.simulate(STEADY_HORIZON_HOURS, STEADY_HORIZON_HOURS + SETTLE_CHECK_HOURS, 2)
            out.append(np.asarray(sim.rr.model.getFloatingSpeciesConcentrations(), dtype=float))
        return out

    def fast() -> list[np.ndarray]:
        out = []
        for condition in conditions:
            sim._apply(condition)
            try:
                out.append(fast_steady_state(sim.rr))
            except NotSettledError:
                out.append(np.full(len(sim.floating), np.nan))
        return out

    def nleq2() -> list[np.ndarray]:
        out = []
        for condition in conditions[: 2 if quick else 4]:
            sim._apply(condition)
            try:
                sim.rr.steadyState()
                out.append(np.asarray(sim.rr.model.getFloatingSpeciesConcentrations(), dtype=float))
            except RuntimeError:
                out.append(np.full(len(sim.floating), np.nan))
        return out

    for name, method in (
        ("roadrunner steadyState (NLEQ2)", nleq2),
        ("previous engine: 20000 h run, 50 points + 100 h drift check", previous),
        ("engine (fast_steady_state): 20000 h run, 2 points + 100 h drift check", fast),
    ):
        results: list[list[np.ndarray]] = []

        def once(method: Callable[[], list[np.ndarray]] = method, results: list = results) -> float:
            start = time.perf_counter()
            results.append(method())
            return len(results[-1]) / (time.perf_counter() - start)

        per_second = median_of(once, 1 if method is nleq2 else REPEATS)
        errors = [max_relative_error(x, ref) for x, ref in zip(results[-1], references, strict=False)]
        failed = sum(1 for e in errors if np.isnan(e))
        worst = max((e for e in errors if not np.isnan(e)), default=float("nan"))
        note = f"{worst:.1e}" + (f" ({failed}/{len(errors)} failed)" if failed else "")
        rows.append((model_id, name, f"{per_second:,.1f}", note))
    return rows


# ---------------------------------------------------------------- (d) process scaling
_WORKER: tuple[Simulator, Mechanism] | None = None


def _init_worker(model_id: str) -> None:
    global _WORKER
    _WORKER = (Simulator(sbml(model_id)), registry()[model_id])


def _work(sets: list[dict[str, float]]) -> int:
    assert _WORKER is not None
    sim, mechanism = _WORKER
    simulator_ensemble(sim, mechanism, sets)
    return len(sets)


def pool_rate(model_id: str, sets: list[dict[str, float]], workers: int) -> float:
    """Ensemble throughput with ``workers`` processes (model loading excluded: warmed first)."""
    chunks = [sets[i :: workers * 4] for i in range(workers * 4)]
    with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(model_id,)) as pool:
        list(pool.map(_work, [[s] for s in sets[:workers]]))  # warm every worker
        start = time.perf_counter()
        done = sum(pool.map(_work, chunks))
        return done / (time.perf_counter() - start)


# ---------------------------------------------------------------- (e) full build
def build_cost() -> tuple[float, float]:
    """Wall time (s) and peak RSS (MiB) of ``mgbone build --out <tmpdir>`` via /usr/bin/time -v."""
    with tempfile.TemporaryDirectory() as out:
        command = [sys.executable, "-m", "pipeline.cli", "build", "--out", out]
        env = os.environ | {"PYTHONPATH": str(ROOT)}
        start = time.perf_counter()
        result = subprocess.run(["/usr/bin/time", "-v", *command], cwd=ROOT, env=env, capture_output=True, text=True)
        wall = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"build failed: {result.stderr[-2000:]}")
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr)
    return wall, (int(peak.group(1)) / 1024 if peak else float("nan"))


# ---------------------------------------------------------------- report
def machine() -> list[str]:
    cpu = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    copasi = version("python-copasi")
    return [
        f"CPU: {cpu}; {os.cpu_count()} logical cores (usable: {len(os.sched_getaffinity(0))})",
        f"Python {platform.python_version()} on {platform.platform()}",
        f"libroadrunner {roadrunner.__version__}; python-copasi {copasi}; basico {version('copasi-basico')}",
    ]


def table(header: Row, rows: list[Row]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    return lines + ["| " + " | ".join(row) + " |" for row in rows]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer parameter sets (about a minute)")
    parser.add_argument("--skip-build", action="store_true", help="leave out (e), the full build")
    parser.add_argument("--write-docs", action="store_true", help="write the output to docs/benchmarks.md")
    args = parser.parse_args(argv)
    roadrunner.Logger.setLevel(roadrunner.Logger.LOG_ERROR)
    count = 50 if args.quick else 200
    copasi_count = 10 if args.quick else 30
    out: list[str] = ["# Benchmarks", "", "Generated by `benchmarks/bench.py`" + (" --quick" if args.quick else "")]
    out += ["", "## Machine", ""] + [f"- {line}" for line in machine()]

    ensemble: list[Row] = []
    copasi_rows: list[Row] = []
    scaling: list[Row] = []
    steady: list[Row] = []
    for model_id in MODELS:
        mechanism = registry()[model_id]
        sim = Simulator(sbml(model_id))
        bare = Simulator(sbml(model_id)).rr  # same integrator settings, own instance
        sets = parameter_sets(sim, mechanism, count)
        ours = median_of(lambda sim=sim, m=mechanism, s=sets: rate(lambda: simulator_ensemble(sim, m, s), len(s)))
        limit = median_of(lambda rr=bare, m=mechanism, s=sets: rate(lambda: bare_ensemble(rr, m, s), len(s)))
        ensemble.append((model_id, str(count), f"{ours:,.0f}", f"{limit:,.0f}", f"{ours / limit:.2f}"))
        copasi = copasi_ensemble_rate(sbml(model_id), mechanism, sets[:copasi_count])
        copasi_rows.append((model_id, str(copasi_count), f"{ours:,.0f}", f"{copasi:,.1f}", f"{ours / copasi:.1f}"))
        steady += steady_rows(model_id, args.quick)
        one = median_of(lambda m=model_id, s=sets: pool_rate(m, s * 2, 1))
        two = median_of(lambda m=model_id, s=sets: pool_rate(m, s * 2, 2))
        scaling.append((model_id, str(2 * count), f"{one:,.0f}", f"{two:,.0f}", f"{two / one:.2f}"))

    out += ["", "## (a) Ensemble: Simulator.time_course vs bare libRoadRunner loop (time courses/s, 1 core)", ""]
    out += table(("model", "sets", "Simulator", "bare roadrunner", "ratio (goal >= 0.9)"), ensemble)
    out += ["", "## (b) Same ensemble in COPASI (basico)", ""]
    out += table(("model", "COPASI sets", "ours /s", "COPASI /s", "ours / COPASI (goal >= 5)"), copasi_rows)
    out += ["", "## (c) Steady states per second (max relative error against the 20000 h time course)", ""]
    out += table(("model", "method", "steady states/s", "max rel. error"), steady)
    out += ["", "## (d) Ensemble scaling with worker processes (time courses/s)", ""]
    out += table(("model", "sets", "1 worker", "2 workers", "speed-up (goal >= 1.7)"), scaling)
    if not args.skip_build:
        wall, peak = build_cost()
        out += ["", "## (e) Full build (`mgbone build --out <tmpdir>`, one run)", ""]
        out += table(("wall time (s)", "peak RSS (MiB)"), [(f"{wall:.1f}", f"{peak:.0f}")])
    text = "\n".join(out) + "\n"
    print(text)
    if args.write_docs:
        (ROOT / "docs" / "benchmarks.md").write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
