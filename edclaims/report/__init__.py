"""Reporters: the JSON report (the schema is fixed and documented) and the terminal report."""

from edclaims.report.json_report import SCHEMA_PATH, build_report
from edclaims.report.terminal import render_terminal

__all__ = ["SCHEMA_PATH", "build_report", "render_terminal"]
