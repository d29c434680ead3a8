"""Robustness sampling: interval arithmetic, reproducible sampling, evaluation, resume, Dask and the docs."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

import pipeline  # noqa: F401  (before libsbml)
from pipeline.mechanisms import registry
from pipeline.model import Compare
from pipeline.robustness import report, runner
from pipeline.robustness.evaluate import simulator, with_sample
from pipeline.robustness.params import condition_ids, varied_ranges
from pipeline.robustness.runner import Executor, RunSpec
from pipeline.robustness.sampling import sample_values
from pipeline.robustness.stats import prcc, wilson

ROOT = Path(__file__).resolve().parents[1]
SMALL = "angiogenesis_coupling"
# The committed run (docs/robustness.md): every mechanism, 256 Sobol sets, factor 2, seed 1, chunks of 16.
COMMITTED = {"samples": 256, "factor": 2.0, "method": "sobol", "seed": 1, "chunk": 16}


def test_wilson_known_values() -> None:
    assert wilson(0, 10) == pytest.approx((0.0, 0.2775), abs=1e-4)
    assert wilson(5, 10) == pytest.approx((0.2366, 0.7634), abs=1e-4)
    assert wilson(10, 10) == pytest.approx((0.7225, 1.0), abs=1e-4)
    assert all(math.isnan(v) for v in wilson(0, 0))


def test_prcc_finds_the_driving_parameter() -> None:
    rng = np.random.default_rng(0)
    x = rng.uniform(size=(200, 3))
    y = np.exp(3 * x[:, 0]) - x[:, 2] + 0.01 * rng.normal(size=200)
    coefficients, method = prcc(x, y)
    assert method == "prcc"
    assert coefficients[0] > 0.95 and coefficients[2] < -0.5 and abs(coefficients[1]) < 0.2


def test_sampling_reproducible_and_within_bounds() -> None:
    mechanisms = list(registry().values())
    for method in ("sobol", "lhs"):
        ranges = varied_ranges(registry()["mg_dose_window"], mechanisms, factor=2.0)
        first = sample_values(ranges, 24, method, seed=7)
        assert np.array_equal(first, sample_values(ranges, 24, method, seed=7))
        assert not np.array_equal(first, sample_values(ranges, 24, method, seed=8))
        low, high = np.array([r.low for r in ranges]), np.array([r.high for r in ranges])
        assert np.all(first >= low * (1 - 1e-12)) and np.all(first <= high * (1 + 1e-12))


def test_which_parameters_vary() -> None:
    mechanisms = list(registry().values())
    by_id = {m.id: m for m in mechanisms}
    varied = {r.id: r for r in varied_ranges(by_id["integrated"], mechanisms)}
    assert not {"n_one", "n_two", "n_four"} & varied.keys()  # Hill coefficients
    assert not {"TRPM7_expression", "GSK3_inhibitor", "CXCR4_internalisation", "osteogenic_induction"} & varied.keys()
    assert "Ki_TRPM7_Mg" not in varied and "k_syn_CTNNB1" not in varied  # sourced
    assert "K_progenitor_bone" in varied  # dimensionless 1, but a half-saturation constant, not a switch
    assert varied["f_Mg_EC"].high == 1.0  # fractions stay <= 1
    with_sourced = {r.id for r in varied_ranges(by_id["integrated"], mechanisms, include_sourced=True)}
    assert "k_syn_CTNNB1" in with_sourced
    own = condition_ids(by_id["mg_dose_window"])
    assert {"k_syn_RUNX2_basal", "k_syn_RUNX2_Mg"} <= own
    assert not own & {r.id for r in varied_ranges(by_id["mg_dose_window"], mechanisms)}


def test_sample_changes_simulation_and_behaviour_conditions_win() -> None:
    mechanism = registry()["mg_dose_window"]
    compare = next(b for b in mechanism.behaviours if isinstance(b, Compare))
    sim = simulator(mechanism.id)
    nominal = sim.steady_state(compare.test, [compare.readout])[compare.readout]
    changed = with_sample(compare, {"k_deg_protein": 0.0577623 * 2})
    perturbed = sim.steady_state(changed.test, [compare.readout])[compare.readout]
    assert perturbed != pytest.approx(nominal, rel=1e-3)
    assert sim.steady_state(compare.test, [compare.readout])[compare.readout] == pytest.approx(nominal, rel=1e-9)
    owner = next(b for b in mechanism.behaviours if any("k_syn_RUNX2_basal" in dict(c.changes) for c in _conds(b)))
    merged = with_sample(owner, {"k_syn_RUNX2_basal": 123.0, "k_deg_protein": 0.1})
    for before, after in zip(_conds(owner), _conds(merged), strict=True):
        values = dict(after.changes)
        assert values["k_deg_protein"] == 0.1
        if "k_syn_RUNX2_basal" in dict(before.changes):
            assert values["k_syn_RUNX2_basal"] == dict(before.changes)["k_syn_RUNX2_basal"]


def _conds(behaviour: object) -> list:
    from pipeline.model import Condition

    return [v for v in vars(behaviour).values() if isinstance(v, Condition)]


def _final(out: Path, spec: RunSpec, executor: Executor) -> str:
    files = runner.run([spec], out, executor, progress=False)
    return report.combine_chunks(files[spec.mechanism])


def test_resume_computes_only_missing_chunks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = RunSpec(SMALL, samples=8, chunk=4, seed=3)
    full = _final(tmp_path / "full", spec, Executor(workers=1))
    interrupted = tmp_path / "resumed"
    first = sorted((tmp_path / "full" / runner.CHUNK_DIR).iterdir())[0]
    (interrupted / runner.CHUNK_DIR).mkdir(parents=True)
    (interrupted / runner.CHUNK_DIR / first.name).write_bytes(first.read_bytes())  # as if stopped after chunk 0
    computed: list[int] = []
    original = runner.run_task

    def counting(task: runner.Task) -> tuple[str, int, str]:
        computed.append(task.index)
        return original(task)

    monkeypatch.setattr(runner, "run_task", counting)
    assert _final(interrupted, spec, Executor(workers=1)) == full
    assert computed == [1]
    assert _final(interrupted, spec, Executor(workers=1)) == full and computed == [1]  # nothing left to do
    summary = report.summary_csv(report.summarise(SMALL, full))
    assert summary.splitlines()[0].startswith("claim,mechanism")


def test_dask_local_cluster_matches_local_pool(tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed")
    spec = RunSpec(SMALL, samples=8, chunk=2, seed=1)
    local = _final(tmp_path / "local", spec, Executor(workers=1))
    dask = _final(tmp_path / "dask", spec, Executor(local_cluster=2))
    assert dask == local
    assert len(local.splitlines()) == 9


def test_committed_results_agree_with_a_recomputed_chunk(tmp_path: Path) -> None:
    committed = (ROOT / "results" / "robustness" / f"{SMALL}_sets.csv").read_text()
    spec = RunSpec(SMALL, **COMMITTED)
    _, _, tasks = runner.plan(spec)
    _, _, text = runner.run_task(tasks[0])
    assert committed.splitlines()[: len(text.splitlines())] == text.splitlines()
    summaries = []
    for mechanism in registry():
        summaries += report.summarise(mechanism, (ROOT / "results/robustness" / f"{mechanism}_sets.csv").read_text())
    assert report.markdown_table(summaries) in (ROOT / "docs" / "robustness.md").read_text()
    assert report.summary_csv(summaries) == (ROOT / "results" / "robustness" / "summary.csv").read_text()
