"""The quality report as one self-contained HTML page, and the index page of several reports.

Inline CSS, no JavaScript, no external resources: pictures are embedded as base64 data URIs, and
identifiers appear as text, not links. Every score is written twice: as text (a percentage with
one decimal) and as a ``data-score`` attribute holding the JSON's value, so tools can check that
the page and the JSON agree. Output is deterministic.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable
from html import escape

from pipeline import __version__
from pipeline.report.checks import SECTION_WEIGHTS, Check, Report, Section
from pipeline.report.pictures import Picture

GOOD, FAIR = 0.9, 0.6  # colour thresholds of scores
SHORT_TITLES = {"consistency": "consistency", "annotation": "annotation", "sbo": "SBO", "simulation": "simulation"}

CSS = """
:root { --good: #2e7d32; --fair: #b7791f; --poor: #c62828; --na: #9e9e9e; --ink: #1f2328; --line: #d0d7de; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: var(--ink);
       margin: 0; background: #f6f8fa; }
header, main, footer { max-width: 1100px; margin: 0 auto; padding: 16px 24px; }
header { background: #fff; border-bottom: 1px solid var(--line); max-width: none; }
header > div { max-width: 1052px; margin: 0 auto; }
h1 { font-size: 1.6em; margin: 0.2em 0; }
h2 { font-size: 1.25em; margin: 0 0 0.4em 0; display: flex; justify-content: space-between; gap: 1em; }
.meta { color: #57606a; margin: 0.2em 0; }
.overall { display: flex; align-items: center; gap: 18px; margin: 14px 0 6px 0; }
.overall .big { font-size: 2.6em; font-weight: 700; }
.bar { background: #e7eaee; border-radius: 6px; height: 12px; overflow: hidden; min-width: 120px; }
.bar > span { display: block; height: 100%; }
.overall .bar { flex: 1; height: 18px; }
.good { color: var(--good); } .fair { color: var(--fair); } .poor { color: var(--poor); } .na { color: var(--na); }
.bar > .good { background: var(--good); } .bar > .fair { background: var(--fair); }
.bar > .poor { background: var(--poor); } .bar > .na { background: transparent; }
table { border-collapse: collapse; width: 100%; background: #fff; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: #eef1f4; font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.barcell { width: 30%; vertical-align: middle; }
section.card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px;
               margin: 16px 0; }
.note { color: #57606a; margin: 0.2em 0 0.6em 0; }
.status { font-weight: 700; width: 1.5em; }
details { margin-top: 4px; color: #57606a; }
details ul { margin: 4px 0; padding-left: 1.2em; }
details li { word-break: break-word; }
figure { margin: 0 0 18px 0; }
figure img { max-width: 100%; height: auto; border: 1px solid var(--line); background: #fff; }
figcaption { color: #57606a; font-size: 0.9em; }
footer { color: #57606a; font-size: 0.9em; }
main.wide { max-width: 1300px; }
table.index td, table.index th { vertical-align: middle; }
table.index .bar { min-width: 90px; margin-top: 4px; }
.small { font-size: 0.85em; }
code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.92em; }
"""


def grade(score: float | None) -> str:
    """CSS class of a score: good (>= 0.9), fair (>= 0.6), poor, or na."""
    if score is None:
        return "na"
    return "good" if score >= GOOD else "fair" if score >= FAIR else "poor"


def percent(score: float | None) -> str:
    """A score as the page shows it: "97.5 %" or "n/a"."""
    return "n/a" if score is None else f"{score * 100:.1f} %"


def data_score(score: float | None) -> str:
    """The ``data-score`` attribute value: the JSON number, or "na"."""
    return "na" if score is None else repr(score)


def bar(score: float | None) -> str:
    width = 0.0 if score is None else score * 100
    return f'<div class="bar"><span class="{grade(score)}" style="width: {width:.1f}%"></span></div>'


def _status(c: Check) -> str:
    if c.score is None:
        return '<span class="na" title="not applicable">&#8211;</span>'
    if c.weight == 0:
        return '<span class="na" title="information only">i</span>'
    symbol = "&#10003;" if c.score >= 1.0 else "!" if c.score >= FAIR else "&#10007;"
    return f'<span class="{grade(c.score)}">{symbol}</span>'


def _details(items: Iterable[str]) -> str:
    listed = list(items)
    if not listed:
        return ""
    rows = "".join(f"<li>{escape(item)}</li>" for item in listed)
    return f"<details><summary>{len(listed)} item(s)</summary><ul>{rows}</ul></details>"


def _check_row(c: Check) -> str:
    weight = "info" if c.weight == 0 else f"{c.weight:g}"
    return (
        f'<tr class="check" data-check="{escape(c.id)}" data-score="{data_score(c.score)}" data-weight="{c.weight:g}">'
        f'<td class="status">{_status(c)}</td><td>{escape(c.title)}</td>'
        f'<td class="num score {grade(c.score)}">{percent(c.score)}</td><td class="num">{weight}</td>'
        f"<td>{escape(c.message)}{_details(c.details)}</td></tr>"
    )


def _section(s: Section) -> str:
    head = (
        f'<section class="card" id="section-{escape(s.id)}" data-section="{escape(s.id)}" '
        f'data-score="{data_score(s.score)}" data-weight="{s.weight:g}">'
        f'<h2><span>{escape(s.title)}</span><span class="score {grade(s.score)}">{percent(s.score)}</span></h2>'
        f"{bar(s.score)}"
    )
    note = f'<p class="note">{escape(s.note)}</p>' if s.note else ""
    if not s.checks:
        return f"{head}{note}</section>"
    rows = "".join(_check_row(c) for c in s.checks)
    table = (
        '<table class="checks"><thead><tr><th></th><th>check</th><th class="num">score</th>'
        f'<th class="num">weight</th><th>finding</th></tr></thead><tbody>{rows}</tbody></table>'
    )
    return f"{head}{note}{table}</section>"


def _summary(report: Report) -> str:
    rows = "".join(
        f'<tr class="summary-row" data-section="{escape(s.id)}" data-score="{data_score(s.score)}">'
        f'<td><a href="#section-{escape(s.id)}">{escape(s.title)}</a></td><td class="num">{s.weight:g}</td>'
        f'<td class="barcell">{bar(s.score)}</td><td class="num score {grade(s.score)}">{percent(s.score)}</td></tr>'
        for s in report.sections
    )
    return (
        '<table class="summary"><thead><tr><th>section</th><th class="num">weight</th><th>score</th>'
        f'<th class="num"></th></tr></thead><tbody>{rows}</tbody></table>'
    )


def _figure(p: Picture) -> str:
    uri = f"data:{p.mime};base64,{base64.b64encode(p.data).decode('ascii')}"
    return (
        f'<figure><img src="{uri}" alt="{escape(p.title)}"><figcaption>{escape(p.title)} '
        f"(<code>{escape(p.path)}</code>)</figcaption></figure>"
    )


def _weights_text() -> str:
    parts = ", ".join(f"{escape(title)} {weight:g}" for title, weight in SECTION_WEIGHTS.values())
    return (
        "<p>Each check scores 0-100 % (or is not applicable); a section's score is the weighted mean of its "
        "applicable checks (checks marked <em>info</em> are shown, not scored); the overall score is the weighted "
        f"mean of the applicable sections, with weights: {parts}. Every libsbml finding counts in one section "
        "only: unit findings under Units, SBO findings under SBO terms, the rest under SBML consistency.</p>"
    )


def _page(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{CSS}</style></head>\n<body>\n{body}\n</body></html>\n"
    )


def to_html(report: Report, pictures: Iterable[Picture] = ()) -> str:
    """The report page; ``pictures`` (map, plots) are embedded after the sections."""
    m = report.model
    origin = f"this package's mechanism <code>{escape(m.mechanism)}</code>" if m.mechanism else "foreign model"
    counts = ", ".join(f"{n} {what}" for what, n in m.counts.items())
    note = f'<p class="meta">{escape(m.note)}</p>' if m.note else ""
    header = (
        f"<header><div><h1>Quality report: {escape(m.name or m.id)}</h1>"
        f'<p class="meta">model <code>{escape(m.id)}</code> from <code>{escape(m.source)}</code>; '
        f"SBML Level {m.level} Version {m.version}; {origin}; {escape(counts)}</p>{note}"
        f'<div class="overall" id="overall" data-score="{data_score(report.score)}">'
        f'<span>Overall</span><span class="big {grade(report.score)}">{percent(report.score)}</span>'
        f"{bar(report.score)}</div>{_summary(report)}</div></header>"
    )
    sections = "".join(_section(s) for s in report.sections)
    figures = list(pictures)
    gallery = (
        '<section class="card figures"><h2><span>Map and simulations</span></h2>'
        + "".join(_figure(p) for p in figures)
        + "</section>"
        if figures
        else ""
    )
    footer = f"<footer>{_weights_text()}<p>Generated by mgbone {escape(__version__)}.</p></footer>"
    return _page(f"Quality report: {m.id}", f"{header}\n<main>{sections}{gallery}</main>\n{footer}")


def index_html(reports: dict[str, Report], title: str = "mgbone model quality reports") -> str:
    """A table of every report (linked as ``<key>.html``) with its overall and section scores."""
    heads = "".join(
        f'<th class="num" title="{escape(full)}">{escape(SHORT_TITLES.get(sid, sid))}</th>'
        for sid, (full, _) in SECTION_WEIGHTS.items()
    )
    rows = []
    for key, report in reports.items():
        cells = "".join(
            f'<td class="num score {grade(s.score)}" data-section="{escape(s.id)}" '
            f'data-score="{data_score(s.score)}">{percent(s.score)}</td>'
            for s in report.sections
        )
        rows.append(
            f'<tr class="model" data-model="{escape(key)}" data-score="{data_score(report.score)}">'
            f'<td><a href="{escape(key)}.html">{escape(report.model.id)}</a> '
            f'(<a href="{escape(key)}.json">json</a>)<div class="meta small">{escape(report.model.name)}</div></td>'
            f'<td class="num score {grade(report.score)}"><strong>{percent(report.score)}</strong>'
            f"{bar(report.score)}</td>{cells}</tr>"
        )
    table = (
        f'<table class="index"><thead><tr><th>model</th><th class="num">overall</th>{heads}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )
    header = f'<header><div><h1>{escape(title)}</h1><p class="meta">{len(reports)} model(s)</p></div></header>'
    footer = f"<footer>{_weights_text()}<p>Generated by mgbone {escape(__version__)}.</p></footer>"
    return _page(title, f'{header}\n<main class="wide"><section class="card">{table}</section></main>\n{footer}')
