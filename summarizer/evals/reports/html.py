"""One self-contained HTML page for a run's JSON report (``--html-out``).

The page has inline CSS only: no scripts, fonts or anything else fetched from elsewhere, so
it opens offline and can be attached to a CI run as a single file. It shows the run's
header (engine, model, prompt, usage, latency, overall with its 95 % interval), a table of
per-field means with inline bars, an SVG histogram of the fixtures' overall scores, and one
collapsible ``<details>`` section per fixture, worst first, with expected and produced values
side by side. Every value taken from the report is HTML-escaped: fixture text comes from
news articles and the produced values from a model, so either may contain markup.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import quote

__all__ = ["BINS", "histogram_counts", "render_html", "write_views"]

BINS = 10
"""Number of equal-width bins of the score histogram over [0, 1]."""

_LONG = 60
"""A list with a string longer than this is shown as bullets, not comma-separated."""

_CSS = """
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; padding: 24px 32px 48px; background: #f6f7f9; color: #1f2328;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", Arial, sans-serif; }
main { max-width: 1320px; margin: 0 auto; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 0 0 12px; }
h3 { font-size: 15px; margin: 12px 0 4px; }
section, header { background: #fff; border: 1px solid #d8dde3; border-radius: 8px;
  padding: 16px 20px; margin-bottom: 20px; }
.sub { color: #57606a; margin: 0 0 14px; overflow-wrap: anywhere; }
.sub b { color: #1f2328; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: 12px; }
.card { border: 1px solid #e3e7ec; border-radius: 6px; padding: 10px 14px; background: #fbfcfd; }
.card .label { color: #57606a; font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
.card .big { font-size: 26px; font-weight: 650; }
.card .small { color: #57606a; font-size: 13px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid #e3e7ec;
  overflow-wrap: anywhere; word-break: break-word; }
th { background: #f0f2f5; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.fields { table-layout: fixed; }
table.fields tr.total td { font-weight: 650; border-top: 2px solid #c9d1d9; }
.meter { position: relative; height: 14px; background: #eceff3; border-radius: 3px;
  margin-top: 3px; }
.meter .fill { position: absolute; left: 0; top: 0; bottom: 0; border-radius: 3px; }
.meter .ci { position: absolute; top: 5px; height: 4px; background: rgba(31, 35, 40, .55); }
.chart svg { width: 100%; max-width: 760px; height: auto; display: block; }
.chart .note { color: #57606a; margin: 6px 0 0; }
details.fixture { border: 1px solid #d8dde3; border-radius: 6px; margin: 8px 0; background: #fff; }
details.fixture > summary { cursor: pointer; padding: 8px 12px; display: flex; gap: 10px;
  align-items: center; flex-wrap: wrap; }
details.fixture[open] > summary { border-bottom: 1px solid #e3e7ec; background: #f6f8fa; }
.fixture .body { padding: 6px 14px 14px; }
.pill { display: inline-block; min-width: 54px; text-align: center; color: #fff; font-weight: 650;
  border-radius: 10px; padding: 1px 8px; font-variant-numeric: tabular-nums; }
.fid { font-weight: 600; overflow-wrap: anywhere; }
.muted { color: #57606a; }
.tag-error { background: #cf222e; color: #fff; border-radius: 4px; padding: 0 6px;
  font-size: 12px; }
.error { background: #ffebe9; border: 1px solid #ff8182; border-radius: 6px; padding: 8px 12px;
  margin: 8px 0; overflow-wrap: anywhere; white-space: pre-wrap; }
.headline { font-size: 16px; }
.summary { margin: 4px 0 10px; overflow-wrap: anywhere; }
table.diff { table-layout: fixed; margin-top: 8px; }
table.diff col.c-field { width: 15%; }
table.diff col.c-score { width: 7%; }
table.diff col.c-val { width: 30%; }
table.diff col.c-note { width: 18%; }
table.diff tr.miss td { background: #fff1f0; }
table.diff tr.miss td:first-child { box-shadow: inset 4px 0 0 #cf222e; }
.mark { display: inline-block; width: 1.3em; font-weight: 700; }
tr.miss .mark { color: #cf222e; }
tr.hit .mark { color: #1a7f37; }
.null { color: #8c959f; }
.v ul { margin: 0; padding-left: 18px; }
.v .kv .k { color: #57606a; }
pre.json { white-space: pre-wrap; overflow-wrap: anywhere; background: #f6f8fa; padding: 8px;
  border-radius: 6px; font-size: 12px; margin: 6px 0 0; }
details.raw > summary { cursor: pointer; color: #57606a; margin-top: 10px; }
a.view { display: inline-block; margin: 0 0 8px; font-weight: 600; }
"""


def _e(value: Any) -> str:
    """``value`` as escaped text (quotes included)."""
    return escape(str(value), quote=True)


def _num(value: Any, digits: int = 3) -> str:
    if value is None:
        return "—"
    return f"{float(value):.{digits}f}"


def _interval(pair: Sequence[float] | None) -> str:
    if not pair:
        return "—"
    low, high = pair
    return f"{_num(low)}–{_num(high)}"


def _colour(score: float | None) -> str:
    """A red (0) to green (1) colour for a score; grey when there is none."""
    if score is None:
        return "#8c959f"
    hue = round(120 * min(max(float(score), 0.0), 1.0))
    return f"hsl({hue}, 62%, 38%)"


def _pct(score: float | None) -> str:
    return f"{100 * min(max(float(score or 0.0), 0.0), 1.0):.1f}%"


# --- JSON values -------------------------------------------------------------------------


def _is_scalar(value: Any) -> bool:
    return value is None or isinstance(value, str | int | float | bool)


def _scalar(value: Any) -> str:
    if value is None:
        return '<span class="null">—</span>'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return _e(f"{value:.4g}")
    if value == "":
        return '<span class="null">(empty)</span>'
    return _e(value)


def _has_long(items: list[Any]) -> bool:
    """Whether a list holds a sentence-length string (then a bullet list reads better)."""
    return any(isinstance(item, str) and len(item) > _LONG for item in items)


def _value(value: Any) -> str:
    """A JSON value, readably: lists comma-separated, dicts as ``key: value`` lines."""
    if isinstance(value, list):
        if not value:
            return '<span class="null">(none)</span>'
        if all(_is_scalar(item) for item in value) and not _has_long(value):
            return ", ".join(_scalar(item) for item in value)
        return "<ul>" + "".join(f"<li>{_value(item)}</li>" for item in value) + "</ul>"
    if isinstance(value, dict):
        if not value:
            return '<span class="null">(none)</span>'
        return "".join(
            f'<div class="kv"><span class="k">{_e(key)}:</span> {_value(item)}</div>'
            for key, item in value.items()
        )
    if _is_scalar(value):
        return _scalar(value)
    return _e(value)


# --- header --------------------------------------------------------------------------------


def _card(label: str, big: str, small: str) -> str:
    return (
        f'<div class="card"><div class="label">{_e(label)}</div>'
        f'<div class="big">{big}</div><div class="small">{small}</div></div>'
    )


def _header(report: dict[str, Any]) -> str:
    prompt = report.get("prompt") or {}
    prompt_text = (
        f"{_e(prompt.get('name', '?'))} <span class='muted'>({_e(prompt.get('hash', '?'))})</span>"
        if prompt
        else "—"
    )
    usage = report.get("usage") or {}
    latency = report.get("latency") or {}
    overall = report.get("overall")
    meta = (
        f"engine <b>{_e(report.get('engine', '—'))}</b> · model <b>{_e(report.get('model') or '—')}"
        f"</b> · prompt <b>{prompt_text}</b> · summary scorer "
        f"<b>{_e(report.get('summary_scorer') or '—')}</b> · created "
        f"<b>{_e(report.get('created_at') or '—')}</b>"
    )
    cards = [
        _card(
            "overall",
            f'<span style="color:{_colour(overall)}">{_num(overall)}</span>',
            f"95% interval {_interval(report.get('overall_interval'))}",
        ),
        _card(
            "fixtures",
            _e(report.get("n_fixtures", len(report.get("fixtures", [])))),
            f"{_e(report.get('errors', 0))} engine errors",
        ),
        _card(
            "tokens",
            f"{_e(usage.get('input_tokens', 0))} + {_e(usage.get('output_tokens', 0))}",
            f"input + output in {_e(usage.get('requests', 0))} requests",
        ),
        _card(
            "latency",
            f"{_num(latency.get('total_s'), 2)} s",
            f"wall · mean {_num(latency.get('mean_s'))} s · p50 {_num(latency.get('p50_s'))} s"
            f" · p95 {_num(latency.get('p95_s'))} s",
        ),
    ]
    return (
        "<header><h1>Incident-brief eval report</h1>"
        f'<p class="sub">{meta}</p><div class="cards">{"".join(cards)}</div></header>'
    )


# --- per-field table ------------------------------------------------------------------------


def _bar(score: float | None, interval: Sequence[float] | None) -> str:
    whisker = ""
    if interval:
        low, high = (min(max(float(v), 0.0), 1.0) for v in interval)
        whisker = (
            f'<span class="ci" style="left:{100 * low:.1f}%;width:{100 * (high - low):.1f}%">'
            "</span>"
        )
    return (
        f'<div class="meter"><span class="fill" style="width:{_pct(score)};'
        f'background:{_colour(score)}"></span>{whisker}</div>'
    )


def _field_row(name: str, score: Any, interval: Any, count: Any, css: str = "") -> str:
    attrs = f' class="{css}"' if css else ""
    return (
        f'<tr{attrs} data-field="{_e(name)}"><td>{_e(name)}</td>'
        f'<td class="num">{_num(score)}</td><td class="num">{_interval(interval)}</td>'
        f'<td class="num">{_e(count)}</td><td>{_bar(score, interval)}</td></tr>'
    )


def _fields_table(report: dict[str, Any]) -> str:
    intervals = report.get("intervals") or {}
    counts = report.get("counts") or {}
    rows = [
        _field_row(field, mean, intervals.get(field), counts.get(field, "—"))
        for field, mean in (report.get("fields") or {}).items()
    ]
    rows.append(
        _field_row(
            "overall",
            report.get("overall"),
            report.get("overall_interval"),
            report.get("n_fixtures", "—"),
            "total",
        )
    )
    return (
        '<section><h2>Fields</h2><table class="fields"><colgroup><col style="width:16%">'
        '<col style="width:9%"><col style="width:14%"><col style="width:6%"><col></colgroup>'
        '<thead><tr><th>field</th><th class="num">mean</th><th class="num">95% interval</th>'
        '<th class="num">n</th><th>mean (bar) and 95% interval (line)</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></section>"
    )


# --- histogram ------------------------------------------------------------------------------


def histogram_counts(scores: Iterable[float], bins: int = BINS) -> list[int]:
    """How many ``scores`` fall in each of ``bins`` equal bins over [0, 1] (1.0 in the last)."""
    counts = [0] * bins
    for score in scores:
        # rounded first, so that float noise (0.7 * 10 = 7.000000000000001) cannot move a bin
        index = int(round(min(max(float(score), 0.0), 1.0) * bins, 9))
        counts[min(index, bins - 1)] += 1
    return counts


def _y_ticks(top: int) -> list[int]:
    step = max(1, -(-top // 5))
    return list(range(0, top + step, step))


def _svg_histogram(counts: Sequence[int]) -> str:
    width, height, left, right, top, bottom = 720, 280, 56, 16, 24, 52
    plot_w, plot_h = width - left - right, height - top - bottom
    ticks = _y_ticks(max(counts, default=0) or 1)
    scale = plot_h / ticks[-1]
    slot = plot_w / len(counts)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
        'aria-label="Histogram of fixture overall scores" font-size="12" fill="#1f2328">'
    ]
    for tick in ticks:
        y = top + plot_h - tick * scale
        parts.append(
            f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e3e7ec"/>'
            f'<text x="{left - 8}" y="{y + 4:.1f}" text-anchor="end">{tick}</text>'
        )
    for index, count in enumerate(counts):
        low, high = index / len(counts), (index + 1) / len(counts)
        x, bar_h = left + index * slot + 3, count * scale
        y = top + plot_h - bar_h
        parts.append(
            f'<rect class="bar" data-bin="{index}" data-count="{count}" x="{x:.1f}" y="{y:.1f}" '
            f'width="{slot - 6:.1f}" height="{bar_h:.1f}" fill="{_colour((low + high) / 2)}">'
            f"<title>{low:.1f}–{high:.1f}: {count} fixtures</title></rect>"
            f'<text x="{x + (slot - 6) / 2:.1f}" y="{y - 5:.1f}" text-anchor="middle" '
            f'font-weight="600">{count}</text>'
        )
    for index in range(len(counts) + 1):
        x = left + index * slot
        parts.append(
            f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{top + plot_h}" y2="{top + plot_h + 5}" '
            f'stroke="#57606a"/><text x="{x:.1f}" y="{top + plot_h + 19}" '
            f'text-anchor="middle">{index / len(counts):.1f}</text>'
        )
    parts.append(
        f'<line x1="{left}" x2="{width - right}" y1="{top + plot_h}" y2="{top + plot_h}" '
        f'stroke="#57606a"/><line x1="{left}" x2="{left}" y1="{top}" y2="{top + plot_h}" '
        f'stroke="#57606a"/><text x="{left + plot_w / 2:.1f}" y="{height - 8}" '
        'text-anchor="middle">fixture overall score</text>'
        f'<text transform="translate(16 {top + plot_h / 2:.1f}) rotate(-90)" '
        'text-anchor="middle">fixtures</text></svg>'
    )
    return "".join(parts)


def _histogram(fixtures: Sequence[dict[str, Any]]) -> str:
    scored = [f["overall"] for f in fixtures if f.get("overall") is not None]
    unscored = len(fixtures) - len(scored)
    note = f"{len(scored)} fixtures in {BINS} bins of width {1 / BINS:.1f}"
    if unscored:
        note += f"; {unscored} without an overall score are not shown"
    return (
        '<section class="chart"><h2>Distribution of fixture overall scores</h2>'
        f'{_svg_histogram(histogram_counts(scored))}<p class="note">{_e(note)}.</p></section>'
    )


# --- fixtures -------------------------------------------------------------------------------


def _is_miss(score: Any) -> bool:
    return score is None or float(score) < 1


def _detail_row(field: str, detail: dict[str, Any]) -> str:
    score = detail.get("score")
    miss = _is_miss(score)
    mark = "✗" if miss else "✓"
    return (
        f'<tr class="{"miss" if miss else "hit"}" data-field="{_e(field)}">'
        f'<td><span class="mark">{mark}</span>{_e(field)}</td>'
        f'<td class="num" style="color:{_colour(score)}">{_num(score, 2)}</td>'
        f'<td class="v">{_value(detail.get("expected"))}</td>'
        f'<td class="v">{_value(detail.get("produced"))}</td>'
        f"<td>{_value(detail.get('note'))}</td></tr>"
    )


def _detail_table(details: dict[str, Any]) -> str:
    if not details:
        return '<p class="muted">No scored fields.</p>'
    rows = "".join(_detail_row(field, detail) for field, detail in details.items())
    return (
        '<table class="diff"><colgroup><col class="c-field"><col class="c-score">'
        '<col class="c-val"><col class="c-val"><col class="c-note"></colgroup>'
        '<thead><tr><th>field</th><th class="num">score</th><th>expected</th><th>produced</th>'
        f"<th>note</th></tr></thead><tbody>{rows}</tbody></table>"
    )


def _error(error: Any) -> str:
    if not error:
        return ""
    if isinstance(error, dict):
        kind, message = error.get("type", "error"), error.get("message", "")
    else:
        kind, message = "error", error
    return f'<div class="error"><b>{_e(kind)}</b>: {_e(message)}</div>'


def _brief(brief: Any) -> str:
    if not isinstance(brief, dict):
        return '<p class="muted">No brief was produced.</p>'
    full = json.dumps(brief, indent=2, ensure_ascii=False, default=str)
    return (
        f'<h3 class="headline">{_e(brief.get("headline") or "(no headline)")}</h3>'
        f'<p class="summary">{_e(brief.get("summary") or "(no summary)")}</p>'
        '<details class="raw"><summary>full brief (JSON)</summary>'
        f'<pre class="json">{_e(full)}</pre></details>'
    )


def _fixture_meta(fixture: dict[str, Any]) -> str:
    usage = fixture.get("usage") or {}
    tokens = (
        f" · tokens {_e(usage.get('input_tokens', 0))} + {_e(usage.get('output_tokens', 0))}"
        if usage
        else ""
    )
    return (
        f'<p class="muted">{_e(fixture.get("path", ""))} · latency '
        f"{_num(fixture.get('latency_s'))} s{tokens}</p>"
    )


def _view_link(fixture: dict[str, Any], views: str | None) -> str:
    if views is None:
        return ""
    href = f"{quote(views)}/{quote(str(fixture.get('id', '')))}.html"
    return f'<a class="view" href="{_e(href)}">article view: expected vs produced</a>'


def _fixture(fixture: dict[str, Any], is_open: bool, views: str | None = None) -> str:
    details = fixture.get("details") or {}
    misses = sum(1 for d in details.values() if _is_miss(d.get("score")))
    overall = fixture.get("overall")
    error_tag = '<span class="tag-error">error</span>' if fixture.get("error") else ""
    return (
        f'<details class="fixture" data-fixture="{_e(fixture.get("id", ""))}"'
        f"{' open' if is_open else ''}><summary>"
        f'<span class="pill" style="background:{_colour(overall)}">{_num(overall)}</span>'
        f'<span class="fid">{_e(fixture.get("id", "?"))}</span>{error_tag}'
        f'<span class="muted">{misses} of {len(details)} fields below 1</span></summary>'
        f'<div class="body">{_fixture_meta(fixture)}{_view_link(fixture, views)}'
        f"{_error(fixture.get('error'))}"
        f"{_brief(fixture.get('brief'))}{_detail_table(details)}</div></details>"
    )


def _worst_first(fixtures: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Fixtures by overall score, lowest first; those without a score come first of all."""

    def key(fixture: dict[str, Any]) -> tuple[float, str]:
        overall = fixture.get("overall")
        return (-1.0 if overall is None else float(overall), str(fixture.get("id", "")))

    return sorted(fixtures, key=key)


def _fixtures(fixtures: Sequence[dict[str, Any]], open_worst: int, views: str | None) -> str:
    ranked = _worst_first(fixtures)
    body = "".join(_fixture(f, i < open_worst, views) for i, f in enumerate(ranked))
    return (
        f"<section><h2>Fixtures, worst first ({len(ranked)})</h2>"
        f"{body or '<p class=muted>No fixtures.</p>'}</section>"
    )


# --- page -----------------------------------------------------------------------------------


def render_html(report: dict[str, Any], *, open_worst: int = 1, views: str | None = None) -> str:
    """The whole report as one self-contained HTML5 document.

    ``open_worst`` fixture sections (the lowest-scoring) start expanded; the rest are
    collapsed ``<details>`` that open without any script. ``views``: the directory, relative
    to the report, of the per-fixture article views (:func:`write_views`) to link to.
    """
    fixtures = report.get("fixtures") or []
    title = f"Eval: {report.get('engine', '?')} ({report.get('model') or '?'})"
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body><main>"
        f"{_header(report)}{_fields_table(report)}{_histogram(fixtures)}"
        f"{_fixtures(fixtures, open_worst, views)}</main></body></html>\n"
    )


def write_views(
    report: dict[str, Any], articles: dict[str, tuple[str, dict[str, Any]]], directory: Path
) -> int:
    """Write one article view per fixture into ``directory`` (``ID.html``): the article with
    the produced brief's evidence highlighted, each fact beside its label and score.

    ``articles`` maps a fixture id to its article text and its labels (``expected``).
    Returns how many pages were written.
    """
    from summarizer.schema import IncidentBrief
    from summarizer.view import render_brief_html

    directory.mkdir(parents=True, exist_ok=True)
    written = 0
    for fixture in report.get("fixtures") or []:
        fid = str(fixture.get("id", ""))
        if fid not in articles:
            continue
        text, expected = articles[fid]
        data = fixture.get("brief")
        brief = IncidentBrief.model_validate(data) if isinstance(data, dict) else None
        error = fixture.get("error") or {}
        page = render_brief_html(
            brief,
            text,
            title=f"{fid}: {brief.headline}" if brief else fid,
            expected=expected,
            scores=fixture.get("scores"),
            note=f"{error.get('type', 'error')}: {error.get('message', '')}" if error else None,
        )
        (directory / f"{fid}.html").write_text(page, encoding="utf-8")
        written += 1
    return written
