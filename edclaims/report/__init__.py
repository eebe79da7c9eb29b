"""Reporters: the JSON report (the schema is fixed and documented) and, rendered from its dict, the
terminal, HTML and CSV reports."""

from edclaims.report.csv_report import render_csv
from edclaims.report.html_report import render_html
from edclaims.report.json_report import SCHEMA_PATH, build_report
from edclaims.report.terminal import render_terminal

__all__ = ["SCHEMA_PATH", "build_report", "render_csv", "render_html", "render_terminal"]
