"""One self-contained HTML page showing a brief beside its article (``summarizer brief --html``).

The article is shown as the engine saw it (its text after HTML extraction), with every
evidence and claim quote highlighted where its offsets say (``start``/``end``, or the
evidence's ``phrase_start``/``phrase_end`` when the engine pointed at the exact phrase). Where
spans overlap, the text is cut at every span boundary and each piece becomes one ``<mark>``
naming all the fields it supports (``data-fields``, and ``title`` for the hover), coloured
in one band per field; a legend gives each field's colour. Beside it: the headline, summary,
facts (with the expected value and score when the page compares a brief with a fixture's
labels), claims with their speakers, related incidents and provenance.

Inline CSS only, no script, nothing fetched: the page opens offline and can be attached to
a CI run. Everything taken from the article or the brief is HTML-escaped.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from html import escape
from itertools import pairwise
from typing import Any

from summarizer.render import fact_rows
from summarizer.schema import BriefDraft, IncidentBrief

__all__ = ["FIELD_COLOURS", "Highlight", "highlights", "render_brief_html"]

#: Background colour of each field's highlight (pale, so the text stays readable).
FIELD_COLOURS: dict[str, str] = {
    "incident": "#e5dbff",
    "event_type": "#ffd8a8",
    "sub_event_type": "#ffe3bf",
    "date": "#a5d8ff",
    "location": "#b2f2bb",
    "perpetrators": "#ffc9c9",
    "targets": "#eebefa",
    "weapons": "#ffec99",
    "killed": "#fcc2d7",
    "injured": "#d0bfff",
    "named_casualties": "#99e9f2",
    "claims": "#ced4da",
    "related_incidents": "#d8f5a2",
    "summary": "#c5f6fa",
}
_OTHER = "#dee2e6"


@dataclass(frozen=True)
class Highlight:
    """One span of the article to highlight: what it supports, and how to name it on hover."""

    start: int
    end: int
    field: str
    label: str


def _root(field: str) -> str:
    return field.split(".", 1)[0].split("[", 1)[0]


def highlights(brief: BriefDraft, text: str) -> list[Highlight]:
    """Every span the page highlights: evidence (its phrase if given, else its quote), claims.

    Spans without offsets, or whose offsets fall outside ``text``, are left out.
    """
    found: list[Highlight] = []
    for item in brief.evidence:
        start, end = item.start, item.end
        if item.phrase_start is not None and item.phrase_end is not None:
            start, end = item.phrase_start, item.phrase_end
        if start is not None and end is not None and 0 <= start < end <= len(text):
            found.append(Highlight(start, end, _root(item.field), item.field))
    for claim in brief.claims:
        if claim.start is not None and claim.end is not None and claim.end <= len(text):
            found.append(Highlight(claim.start, claim.end, "claims", f"claim by {claim.source}"))
    return found


def _e(value: Any) -> str:
    return escape(str(value), quote=True)


def _colour(field: str) -> str:
    return FIELD_COLOURS.get(field, _OTHER)


def _background(fields: list[str]) -> str:
    colours = [_colour(f) for f in fields]
    if len(colours) == 1:
        return f"background:{colours[0]}"
    step = 100 / len(colours)
    bands = ", ".join(f"{c} {i * step:.2f}% {(i + 1) * step:.2f}%" for i, c in enumerate(colours))
    return f"background:linear-gradient(to bottom, {bands})"


def _article_html(text: str, spans: list[Highlight]) -> str:
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    parts: list[str] = []
    for start, end in pairwise(cuts):
        piece = _e(text[start:end])
        active = [s for s in spans if s.start <= start and end <= s.end]
        if not active:
            parts.append(piece)
            continue
        fields = list(dict.fromkeys(s.field for s in active))
        labels = " · ".join(dict.fromkeys(s.label for s in active))
        parts.append(
            f'<mark data-fields="{_e(" ".join(fields))}" data-start="{start}" '
            f'data-end="{end}" title="{_e(labels)}" style="{_background(fields)}">{piece}</mark>'
        )
    return f'<div class="article" id="article">{"".join(parts)}</div>'


def _legend(spans: list[Highlight]) -> str:
    present = list(dict.fromkeys(s.field for s in spans))
    if not present:
        return '<p class="muted">No quote of this brief carries offsets to highlight.</p>'
    items = "".join(
        f'<li data-field="{_e(f)}"><span class="swatch" style="background:{_colour(f)}"></span>'
        f"{_e(f)}</li>"
        for f in present
    )
    return f'<ul class="legend">{items}</ul>'


_LISTS = frozenset(
    {"perpetrators", "targets", "weapons", "named_casualties", "claims", "related_incidents"}
)


def _expected_text(value: Any, items: bool = False) -> str:
    """A fixture label as text: a list field's entries joined with "; ", and acceptable
    alternatives (an alias list, or a scalar label given as a list) with " / "."""
    if value is None:
        return "null"
    if isinstance(value, list):
        if not value:
            return "(none)"
        return ("; " if items else " / ").join(_expected_text(v) for v in value)
    if isinstance(value, dict):
        if set(value) == {"min", "max"}:  # a casualty figure, shown as the brief's are
            low, high = value["min"], value["max"]
            return str(low) if low == high else f"{low}–{high}"
        return ", ".join(f"{k}: {_expected_text(v)}" for k, v in value.items())
    return str(value)


def _facts(
    brief: BriefDraft, expected: Mapping[str, Any] | None, scores: Mapping[str, Any] | None
) -> str:
    compare = expected is not None
    head = "<th>fact</th><th>produced</th>" + (
        "<th>expected</th><th class='num'>score</th>" if compare else ""
    )
    columns = (
        '<colgroup><col class="c-fact"><col><col><col class="c-score"></colgroup>'
        if compare
        else ""
    )
    rows = []
    for label, field, value in fact_rows(brief):
        cells = f"<td>{_e(value)}</td>"
        if expected is not None:
            shown = "(not labeled)"
            if field in expected:
                shown = _expected_text(expected[field], items=field in _LISTS)
            if field == "event_type" and "sub_event_type" in expected:
                shown += f" / {_expected_text(expected['sub_event_type'])}"
            score = (scores or {}).get(field)
            score_text = "—" if score is None else f"{float(score):.2f}"
            miss = score is not None and float(score) < 1
            css = "num miss" if miss else "num"
            cells += f"<td>{_e(shown)}</td><td class='{css}'>{score_text}</td>"
        rows.append(
            f'<tr data-field="{_e(field)}"><th scope="row"><span class="swatch" '
            f'style="background:{_colour(field)}"></span>{_e(label)}</th>{cells}</tr>'
        )
    body = "".join(rows)
    css = "facts compare" if compare else "facts"
    return (
        f'<table class="{css}">{columns}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'
    )


def _claims(brief: BriefDraft) -> str:
    if not brief.claims:
        return ""
    items = "".join(
        f'<li data-claim="{i}"><span class="speaker">{_e(c.source)}</span>: {_e(c.says)}'
        f"<blockquote>{_e(c.quote)}</blockquote></li>"
        for i, c in enumerate(brief.claims)
    )
    return f'<h2>Claims</h2><ol class="claims">{items}</ol>'


def _related(brief: BriefDraft) -> str:
    if not brief.related_incidents:
        return ""
    items = "".join(
        f"<li>{_e(r.date or '?')} · {_e(r.event_type.value if r.event_type else '?')}"
        f"{' · ' + _e(r.place) if r.place else ''}: {_e(r.description)}</li>"
        for r in brief.related_incidents
    )
    return f'<h2>Related incidents</h2><ul class="related">{items}</ul>'


def _provenance(brief: BriefDraft) -> str:
    if not isinstance(brief, IncidentBrief):
        return ""
    prov = brief.provenance
    prompt = f" · prompt {prov.prompt.name}@{prov.prompt.hash}" if prov.prompt else ""
    return (
        f'<p class="muted">{_e(prov.engine)} engine · {_e(prov.model or "—")}{_e(prompt)} · '
        f"schema {_e(prov.schema_version)} · {_e(prov.created_at.isoformat())}</p>"
    )


_CSS = """
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; padding: 20px 28px 40px; background: #f6f7f9; color: #1f2328;
  font: 15px/1.55 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", Arial, sans-serif; }
main { max-width: 1400px; margin: 0 auto; display: grid; gap: 20px;
  grid-template-columns: minmax(0, 1.15fr) minmax(0, 1fr); }
section { background: #fff; border: 1px solid #d8dde3; border-radius: 8px; padding: 16px 20px; }
h1 { font-size: 20px; margin: 0 0 8px; } h2 { font-size: 16px; margin: 18px 0 8px; }
.article { white-space: pre-wrap; overflow-wrap: anywhere; }
mark { color: inherit; border-radius: 2px; padding: 1px 0; }
mark:hover { outline: 2px solid #1f2328; }
.legend { list-style: none; padding: 0; margin: 0 0 14px; display: flex; flex-wrap: wrap;
  gap: 6px 14px; font-size: 13px; }
.swatch { display: inline-block; width: 14px; height: 14px; border-radius: 3px;
  margin-right: 6px; vertical-align: -2px; border: 1px solid rgba(0, 0, 0, .15); }
table.facts { border-collapse: collapse; width: 100%; }
table.facts.compare { table-layout: fixed; }
table.facts.compare col.c-fact { width: 10.5em; } table.facts.compare col.c-score { width: 4em; }
table.facts th, table.facts td { text-align: left; vertical-align: top; padding: 5px 8px;
  border-bottom: 1px solid #e3e7ec; overflow-wrap: anywhere; }
table.facts thead th { background: #f0f2f5; }
table.facts th[scope=row] { white-space: nowrap; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.miss { color: #cf222e; font-weight: 650; }
.summary { margin: 0 0 10px; }
.claims li { margin-bottom: 8px; } .speaker { font-weight: 650; }
blockquote { margin: 4px 0 0; padding-left: 10px; border-left: 3px solid #ced4da;
  color: #57606a; font-size: 14px; }
.muted { color: #57606a; font-size: 13px; }
.tag { display: inline-block; background: #cf222e; color: #fff; border-radius: 4px;
  padding: 0 6px; font-size: 12px; }
"""


def render_brief_html(
    brief: BriefDraft | None,
    text: str,
    *,
    title: str | None = None,
    expected: Mapping[str, Any] | None = None,
    scores: Mapping[str, Any] | None = None,
    note: str | None = None,
) -> str:
    """The page for ``brief`` over the article ``text`` (see the module docstring).

    ``expected``/``scores``: a fixture's labels and the brief's per-field scores, shown
    beside each fact (the eval report's view of a fixture). ``brief`` may be None (the engine
    failed): the article and the labels are shown, ``note`` says why.
    """
    spans = highlights(brief, text) if brief is not None else []
    heading = _e(title or (brief.headline if brief is not None else "No brief"))
    if brief is None:
        side = f'<p><span class="tag">no brief</span> {_e(note or "")}</p>'
        if expected is not None:
            labels = "".join(
                f"<tr><th scope='row'>{_e(k)}</th>"
                f"<td>{_e(_expected_text(v, k in _LISTS))}</td></tr>"
                for k, v in expected.items()
            )
            side += f'<h2>Expected</h2><table class="facts"><tbody>{labels}</tbody></table>'
    else:
        flag = "" if brief.incident else '<p><span class="tag">no incident</span></p>'
        side = (
            f"{flag}<p class='summary'>{_e(brief.summary)}</p>"
            f"{_facts(brief, expected, scores)}{_claims(brief)}{_related(brief)}"
            f"{_provenance(brief)}"
        )
        if note:
            side = f'<p class="muted">{_e(note)}</p>' + side
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{heading}</title><style>{_CSS}</style></head><body><main>"
        f'<section class="text"><h1>Article</h1>{_legend(spans)}{_article_html(text, spans)}'
        f'</section><section class="brief"><h1>{heading}</h1>{side}</section>'
        "</main></body></html>\n"
    )
