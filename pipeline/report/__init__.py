"""Quality reports of kinetic and signalling SBML models (what memote is for metabolic models).

For any SBML file: scored sections of checks (SBML consistency, annotation and identifiers, SBO
terms, units, simulation health) and, for this package's mechanisms, evidence coverage, parameter
provenance and the declared behaviour tests; an overall score as their weighted mean
(``SECTION_WEIGHTS``). The checks are pure functions returning data (``assess``); rendering is
separate (``report_json``, ``report_html``, ``report_files``); ``add_report_parser`` and
``report_command`` make the ``mgbone report`` command.

Modules: ``checks`` (data and scoring), ``source`` (reading input), ``consistency``, ``metadata``
(annotation, SBO), ``unit_checks``, ``evidence`` (evidence, provenance), ``simulation``
(simulation health, behaviours), ``assess``, ``render_json``, ``render_html``, ``pictures``,
``files``, ``command``.
"""

from pipeline.report.assess import assess
from pipeline.report.checks import SECTION_WEIGHTS, Check, Report, Section
from pipeline.report.command import add_report_parser, report_command
from pipeline.report.files import report_files, report_html, report_json
from pipeline.report.source import ReportInputError

__all__ = [
    "SECTION_WEIGHTS",
    "Check",
    "Report",
    "ReportInputError",
    "Section",
    "add_report_parser",
    "assess",
    "report_command",
    "report_files",
    "report_html",
    "report_json",
]
