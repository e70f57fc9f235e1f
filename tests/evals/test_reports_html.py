"""The HTML report: well-formed, complete, escaped, with misses marked and a true histogram."""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

import pytest

from summarizer.evals.reports.html import histogram_counts, render_html

VOID = {"meta", "link", "br", "hr", "img", "input", "col", "source", "wbr", "area", "base"}
SCRIPT = "<script>alert(1)</script>"


class Page(HTMLParser):
    """Collects what the tests look at, and every nesting error in the markup."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.tags: dict[str, int] = {}
        self.bars: list[dict[str, str | None]] = []
        self.rows: dict[tuple[str, str], str] = {}  # (fixture id, field) -> row class
        self.field_rows: list[str] = []  # the per-field table's fields, in order
        self.fixture_order: list[str] = []
        self.open_fixtures: list[str] = []
        self.text: list[str] = []
        self._fixture: str | None = None
        self._fixture_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._element(tag, dict(attrs))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._element(tag, dict(attrs))

    def _element(self, tag: str, attrs: dict[str, str | None]) -> None:
        self.tags[tag] = self.tags.get(tag, 0) + 1
        if tag == "rect" and attrs.get("class") == "bar":
            self.bars.append(attrs)
        if tag == "details" and "data-fixture" in attrs:
            self._fixture = attrs["data-fixture"] or ""
            self._fixture_depth = len(self.stack)
            self.fixture_order.append(self._fixture)
            if "open" in attrs:
                self.open_fixtures.append(self._fixture)
        if tag == "tr" and "data-field" in attrs:
            field = attrs["data-field"] or ""
            if self._fixture is None:
                self.field_rows.append(field)
            else:
                self.rows[(self._fixture, field)] = attrs.get("class") or ""

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            if tag in self.stack:
                while self.stack.pop() != tag:
                    pass
            return
        self.stack.pop()
        if tag == "details" and len(self.stack) == self._fixture_depth:
            self._fixture = None

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(markup: str) -> Page:
    page = Page()
    page.feed(markup)
    page.close()
    return page


def detail(score: float, expected: Any, produced: Any, note: str | None = None) -> dict[str, Any]:
    return {"score": score, "expected": expected, "produced": produced, "note": note}


def fixture(
    fid: str, details: dict[str, dict[str, Any]], *, overall: float | None = None, **extra: Any
) -> dict[str, Any]:
    scores = {f: d["score"] for f, d in details.items()}
    counted = [s for f, s in scores.items() if f != "grounding"]
    brief = {"headline": f"Headline of {fid}", "summary": f"Summary of {fid}."}
    return {
        "id": fid,
        "path": f"evals/fixtures/{fid}.yaml",
        "overall": overall if overall is not None else sum(counted) / len(counted),
        "scores": scores,
        "details": details,
        "error": None,
        "latency_s": 0.12,
        "usage": None,
        "brief": brief,
        **extra,
    }


def make_report(fixtures: list[dict[str, Any]]) -> dict[str, Any]:
    fields = sorted({f for fx in fixtures for f in fx["scores"]})
    means = {
        f: sum(fx["scores"][f] for fx in fixtures if f in fx["scores"])
        / sum(1 for fx in fixtures if f in fx["scores"])
        for f in fields
    }
    return {
        "overall": sum(fx["overall"] for fx in fixtures) / len(fixtures),
        "overall_interval": [0.1, 0.9],
        "fields": means,
        "intervals": {f: [max(0.0, m - 0.1), min(1.0, m + 0.1)] for f, m in means.items()},
        "counts": {f: sum(1 for fx in fixtures if f in fx["scores"]) for f in fields},
        "engine": "openai",
        "model": "gpt-test",
        "prompt": {"name": "incident-brief", "hash": "abc123"},
        "fixture_dirs": ["evals/fixtures"],
        "n_fixtures": len(fixtures),
        "summary_scorer": "lexical",
        "errors": sum(1 for fx in fixtures if fx["error"]),
        "usage": {"input_tokens": 1200, "output_tokens": 340, "requests": 3},
        "latency": {"total_s": 2.5, "mean_s": 0.8, "p50_s": 0.7, "p95_s": 1.4},
        "created_at": "2025-01-02T03:04:05+00:00",
        "fixtures": fixtures,
    }


@pytest.fixture
def report() -> dict[str, Any]:
    good = fixture(
        "good-one",
        {
            "event_type": detail(1.0, "battles", "battles"),
            "date": detail(1.0, "2024-05-01", "2024-05-01"),
            "weapons": detail(1.0, ["rifle", "grenade"], ["grenade", "rifle"]),
            "grounding": detail(1.0, None, "3/3"),
        },
    )
    bad = fixture(
        "bad-one",
        {
            "event_type": detail(0.0, "battles", "riots"),
            "date": detail(1.0, "2024-05-01", "2024-05-01"),
            "claims": detail(
                0.5,
                [{"source": "police", "says": "two died"}],
                [{"source": "police", "says": SCRIPT}],
                'wrong "says"',
            ),
            "killed": detail(0.0, {"min": 2, "max": 3}, None),
            "grounding": detail(1.0, None, "2/2"),
        },
    )
    bad["brief"]["headline"] = 'Clash at "Gate" <b>North</b>'
    broken = fixture(
        "engine-error",
        {
            "event_type": detail(0.0, "battles", None, "no brief (engine error)"),
            "date": detail(0.0, "2024-05-01", None, "no brief (engine error)"),
        },
        error={"type": "SchemaError", "message": "model returned <junk> & gave up"},
        brief=None,
    )
    middling = fixture(
        "middling",
        {
            "event_type": detail(1.0, "riots", "riots"),
            "date": detail(0.5, "2024-05-01", "2024-05-02"),
        },
    )
    return make_report([good, bad, broken, middling])


def test_is_one_well_formed_document(report: dict[str, Any]) -> None:
    markup = render_html(report)
    page = parse(markup)
    assert markup.startswith("<!DOCTYPE html>")
    assert page.problems == []
    assert page.stack == []
    for tag in ("html", "head", "body", "style", "svg"):
        assert page.tags.get(tag) == 1, tag
    assert page.tags["details"] >= len(report["fixtures"])


def test_self_contained_without_scripts_or_remote_resources(report: dict[str, Any]) -> None:
    markup = render_html(report).lower()
    assert "<script" not in markup
    for remote in ("<link", "src=", "@import", "url(", "https://", "//fonts"):
        assert remote not in markup, remote


def test_header_shows_run_metadata(report: dict[str, Any]) -> None:
    text = " ".join(parse(render_html(report)).text)
    for expected in ("openai", "gpt-test", "incident-brief", "abc123", "2025-01-02T03:04:05"):
        assert expected in text
    assert "0.100–0.900" in text  # overall interval
    assert "1200 + 340" in text and "3 requests" in text
    assert "2.50 s" in text


def test_every_field_is_in_the_field_table(report: dict[str, Any]) -> None:
    page = parse(render_html(report))
    assert page.field_rows == [*report["fields"], "overall"]
    assert set(report["fields"]) == {
        "event_type", "date", "weapons", "claims", "killed", "grounding"
    }  # fmt: skip


def test_article_and_model_text_is_escaped(report: dict[str, Any]) -> None:
    markup = render_html(report)
    assert SCRIPT not in markup
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in markup
    assert "<b>North</b>" not in markup
    assert "Clash at &quot;Gate&quot; &lt;b&gt;North&lt;/b&gt;" in markup
    assert "wrong &quot;says&quot;" in markup


def test_escapes_markup_in_ids_and_field_names() -> None:
    hostile = fixture('x"><img src=x onerror=alert(1)>', {"<i>f</i>": detail(0.0, "a", "b")})
    markup = render_html(make_report([hostile]))
    page = parse(markup)
    assert page.problems == []
    assert "img" not in page.tags and "i" not in page.tags
    assert page.fixture_order == ['x"><img src=x onerror=alert(1)>']


def test_misses_are_marked_and_perfect_rows_are_not(report: dict[str, Any]) -> None:
    page = parse(render_html(report))
    assert page.rows[("bad-one", "event_type")] == "miss"
    assert page.rows[("bad-one", "claims")] == "miss"
    assert page.rows[("middling", "date")] == "miss"  # 0.5 is still a miss
    assert page.rows[("bad-one", "date")] == "hit"
    assert page.rows[("good-one", "weapons")] == "hit"
    assert "miss" not in {c for (fid, _), c in page.rows.items() if fid == "good-one"}


def test_miss_and_hit_rows_carry_their_marks(report: dict[str, Any]) -> None:
    markup = render_html(report)
    miss = markup.split('<tr class="miss" data-field="event_type">', 1)[1].split("</tr>", 1)[0]
    hit = markup.split('<tr class="hit" data-field="weapons">', 1)[1].split("</tr>", 1)[0]
    assert "✗" in miss and "✓" not in miss
    assert "✓" in hit and "✗" not in hit


def test_fixtures_are_worst_first_and_the_worst_is_open(report: dict[str, Any]) -> None:
    page = parse(render_html(report))
    assert page.fixture_order == ["engine-error", "bad-one", "middling", "good-one"]
    assert page.open_fixtures == ["engine-error"]
    assert parse(render_html(report, open_worst=0)).open_fixtures == []


def test_histogram_counts_every_fixture(report: dict[str, Any]) -> None:
    page = parse(render_html(report))
    counts = [int(bar["data-count"] or 0) for bar in page.bars]
    assert len(counts) == 10
    assert sum(counts) == len(report["fixtures"])
    # overalls: good 1.0, bad 0.375, error 0.0, middling 0.75
    assert counts == [1, 0, 0, 1, 0, 0, 0, 1, 0, 1]


def test_histogram_bins_edges() -> None:
    assert histogram_counts([0.0, 0.05, 0.1, 0.3, 0.7, 0.95, 0.999, 1.0]) == [
        2, 1, 0, 1, 0, 0, 0, 1, 0, 3
    ]  # fmt: skip
    assert sum(histogram_counts([i / 37 for i in range(38)])) == 38


def test_error_fixture_renders_its_message(report: dict[str, Any]) -> None:
    markup = render_html(report)
    assert "model returned &lt;junk&gt; &amp; gave up" in markup
    assert "SchemaError" in markup
    assert "No brief was produced" in markup


def test_json_values_are_readable(report: dict[str, Any]) -> None:
    tables = [
        part.split("</table>", 1)[0]
        for part in render_html(report).split('<table class="diff"')[1:]
    ]
    assert len(tables) == len(report["fixtures"])
    markup = "".join(tables)
    assert "rifle, grenade" in markup  # a list, comma-separated
    assert '<span class="k">min:</span> 2' in markup  # a dict, as key: value
    assert '<span class="k">source:</span> police' in markup  # a list of dicts
    assert '<span class="null">—</span>' in markup  # null
    text = " ".join(" ".join(parse(f"<table{table}</table>").text) for table in tables)
    for raw in ("[", "{", '"min"', "None", "null"):
        assert raw not in text, raw  # no raw JSON or Python reprs


def test_renders_an_empty_run() -> None:
    empty = make_report([fixture("only", {"date": detail(1.0, "x", "x")})])
    empty.update(fixtures=[], n_fixtures=0, overall_interval=None, prompt=None, model=None)
    page = parse(render_html(empty))
    assert page.problems == []
    assert sum(int(bar["data-count"] or 0) for bar in page.bars) == 0
