"""Run a mechanism's parameter sets in chunks on a local process pool or a Dask cluster, with resume.

Each chunk of ``chunk`` consecutive sets is one task; its CSV is written as soon as it finishes, under
a name carrying the mechanism, the seed, a fingerprint of the run's settings and the chunk index, so a
rerun with the same settings skips the chunks already on disk. Rows depend only on the set's values,
so results are identical whatever the executor and the order in which chunks finish.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from pipeline.mechanisms import registry
from pipeline.outputs import write_atomically
from pipeline.robustness.evaluate import evaluate_chunk
from pipeline.robustness.params import Range, varied_ranges
from pipeline.robustness.sampling import sample_values

CHUNK_DIR = "chunks"


@dataclass(frozen=True)
class RunSpec:
    """Everything that determines a mechanism's parameter sets (and so its chunk files)."""

    mechanism: str
    samples: int = 64
    factor: float = 2.0
    method: str = "sobol"
    seed: int = 1
    chunk: int = 16
    include_sourced: bool = False


@dataclass(frozen=True)
class Executor:
    """Where chunks run: ``workers`` local processes (1 = in this process), or a Dask cluster."""

    workers: int = 1
    scheduler: str | None = None  # address of a running Dask scheduler
    local_cluster: int = 0  # start a Dask LocalCluster with this many single-threaded worker processes


def ranges_of(spec: RunSpec) -> list[Range]:
    mechanisms = list(registry().values())
    return varied_ranges(registry()[spec.mechanism], mechanisms, spec.factor, spec.include_sourced)


def fingerprint(spec: RunSpec, ranges: list[Range]) -> str:
    """Eight hex digits identifying the settings and the varied parameters' bounds."""
    data = json.dumps([asdict(spec), [asdict(r) for r in ranges]], sort_keys=True)
    return hashlib.sha256(data.encode()).hexdigest()[:8]


def chunk_path(out: Path, spec: RunSpec, key: str, index: int) -> Path:
    return out / CHUNK_DIR / f"{spec.mechanism}_seed{spec.seed}_{key}_chunk{index:04d}.csv"


@dataclass(frozen=True)
class Task:
    index: int
    mechanism: str
    names: list[str]
    values: list[list[float]]
    first_set: int


def plan(spec: RunSpec) -> tuple[list[Range], np.ndarray, list[Task]]:
    """The varied parameters, the full value matrix and one task per chunk."""
    ranges = ranges_of(spec)
    values = sample_values(ranges, spec.samples, spec.method, spec.seed)
    names = [r.id for r in ranges]
    tasks = [
        Task(i, spec.mechanism, names, values[start : start + spec.chunk].tolist(), start)
        for i, start in enumerate(range(0, spec.samples, spec.chunk))
    ]
    return ranges, values, tasks


def run_task(task: Task) -> tuple[str, int, str]:
    """(mechanism, chunk index, CSV text) of one chunk."""
    return task.mechanism, task.index, evaluate_chunk(task.mechanism, task.names, task.values, task.first_set)


def _local(tasks: list[Task], workers: int) -> Iterator[tuple[str, int, str]]:
    if workers <= 1:
        yield from map(run_task, tasks)
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        futures = [pool.submit(run_task, t) for t in tasks]
        for future in as_completed(futures):
            yield future.result()


def _dask(tasks: list[Task], executor: Executor) -> Iterator[tuple[str, int, str]]:
    from dask.distributed import Client, LocalCluster
    from dask.distributed import as_completed as dask_completed

    cluster = None
    if executor.scheduler:
        client = Client(executor.scheduler)
    else:
        cluster = LocalCluster(
            n_workers=executor.local_cluster, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
    try:
        futures = client.map(run_task, tasks, pure=False)
        for future in dask_completed(futures):
            yield future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def execute(tasks: list[Task], executor: Executor) -> Iterator[tuple[str, int, str]]:
    """Results (chunk index, CSV text) as chunks finish."""
    if executor.scheduler or executor.local_cluster:
        return _dask(tasks, executor)
    return _local(tasks, executor.workers)


def run(
    specs: list[RunSpec], out: Path, executor: Executor, progress: bool = True, log: Callable[[str], None] | None = None
) -> dict[str, list[Path]]:
    """Run every pending chunk of every spec; return each mechanism's chunk files in set order."""
    from tqdm import tqdm

    pending: list[Task] = []
    owner: dict[tuple[str, int], Path] = {}
    files: dict[str, list[Path]] = {}
    for spec in specs:
        ranges, _, tasks = plan(spec)
        key = fingerprint(spec, ranges)
        paths = [chunk_path(out, spec, key, t.index) for t in tasks]
        files[spec.mechanism] = paths
        todo = [t for t, p in zip(tasks, paths, strict=True) if not p.exists()]
        for t in todo:
            owner[(spec.mechanism, t.index)] = paths[t.index]
        if log:
            log(f"{spec.mechanism}: {len(ranges)} parameters vary; {len(tasks) - len(todo)}/{len(tasks)} chunks done")
        pending += todo
    # Interleave mechanisms so that slow ones do not end up last; the order does not change results.
    pending.sort(key=lambda t: (t.index, t.mechanism))
    sizes = {(t.mechanism, t.index): len(t.values) for t in pending}
    with tqdm(total=sum(sizes.values()), unit="set", file=sys.stderr, disable=not progress or not pending) as bar:
        for mechanism, index, text in execute(pending, executor):
            path = owner[(mechanism, index)]
            write_atomically(path.parent, {path.name: text.encode()})
            bar.update(sizes[(mechanism, index)])
    return files


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
