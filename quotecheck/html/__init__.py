"""The HTML report: one self-contained page that shows an article's statements, speakers and verdicts.

Needs Jinja2 (``pip install 'quotecheck-news[report]'``); importing this package does not, rendering does.
See docs/report.md.
"""

from __future__ import annotations

from quotecheck.html.report import LEVEL_STYLE, LevelStyle, Mark, Page, build_page, nest, render_html

__all__ = ["LEVEL_STYLE", "LevelStyle", "Mark", "Page", "build_page", "nest", "render_html"]
