"""Build outputs held in memory as bytes, then written atomically or compared.

Keeping every output as bytes first makes ``--check`` (compare with committed
files) and atomic writing (temporary file + rename) the same code path.
"""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from pipeline.simulate.experiments import Table  # noqa: E402

plt.rcParams["svg.hashsalt"] = "mgbone"  # deterministic SVG element ids
plt.rcParams["svg.fonttype"] = "none"


_UMASK = os.umask(0)
os.umask(_UMASK)


class OutputError(RuntimeError):
    """An output could not be written."""


def csv_bytes(table: Table) -> bytes:
    """CSV with a fixed number format so that rebuilds are byte-identical."""
    lines = [",".join(table.header)]
    for row in table.rows:
        lines.append(",".join(f"{v:.6g}" if isinstance(v, float) else str(v) for v in row))
    return ("\n".join(lines) + "\n").encode()


def figure_bytes(fig: plt.Figure, dpi: int = 110) -> dict[str, bytes]:
    """PNG and SVG renderings of a figure, without timestamps."""
    out = {}
    for fmt, metadata in (("png", {"Software": None}), ("svg", {"Date": None, "Creator": None})):
        buf = io.BytesIO()
        fig.savefig(buf, format=fmt, metadata=metadata, dpi=dpi)
        out[fmt] = buf.getvalue()
    plt.close(fig)
    return out


def write_atomically(root: Path, files: dict[str, bytes]) -> None:
    """Write each file to a temporary sibling and rename it into place."""
    for rel, data in sorted(files.items()):
        path = root / rel
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(data)
                os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600 files; outputs are ordinary files
                os.replace(tmp, path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as exc:
            raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None


def differences(root: Path, files: dict[str, bytes]) -> list[str]:
    """Files whose committed bytes differ from a fresh build (missing, unreadable or changed)."""
    problems = []
    for rel, data in sorted(files.items()):
        path = root / rel
        try:
            committed = path.read_bytes()
        except FileNotFoundError:
            problems.append(f"{rel}: missing (run the build and commit it)")
            continue
        except OSError as exc:
            problems.append(f"{rel}: unreadable ({exc.strerror or exc})")
            continue
        if committed != data:
            problems.append(f"{rel}: differs from a fresh build")
    return problems
