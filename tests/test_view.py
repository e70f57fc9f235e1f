"""The brief's HTML view: checked as Chromium renders it (DOM and pixels), and its CLI."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from summarizer.cli import main as cli
from summarizer.evals.__main__ import main as evals
from summarizer.schema import BriefDraft
from summarizer.view import FIELD_COLOURS, highlights, render_brief_html
from tests.browser import inspect_page, png_pixels, take_screenshot
from tests.conftest import EXAMPLE_ARTICLE, REPO, valid_brief

INJECTED = "\n\nA reader wrote: <script>alert('x')</script> & <b>bold</b>."
ARTICLE = EXAMPLE_ARTICLE + INJECTED


def _rgb(hex_colour: str) -> str:
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"


def _brief() -> BriefDraft:
    data = valid_brief()
    data["evidence"][1]["quote"] = "on the road between Mogadishu and Afgooye on Thursday morning"
    data["evidence"][1]["phrase"] = "Thursday morning"  # the date's exact phrase
    return BriefDraft.model_validate(data, context={"article": ARTICLE})


def _covered(marks: list[dict[str, Any]], field: str) -> list[tuple[int, int, str]]:
    """Runs of consecutive marks naming ``field``: (start, end, their text)."""
    runs: list[tuple[int, int, str]] = []
    for mark in sorted((m for m in marks if field in m["fields"]), key=lambda m: m["start"]):
        if runs and runs[-1][1] == mark["start"]:
            start, _, text = runs[-1]
            runs[-1] = (start, mark["end"], text + mark["text"])
        else:
            runs.append((mark["start"], mark["end"], mark["text"]))
    return runs


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> tuple[BriefDraft, dict[str, Any], Path]:
    work = tmp_path_factory.mktemp("view")
    brief = _brief()
    page = work / "brief.html"
    page.write_text(render_brief_html(brief, ARTICLE), encoding="utf-8")
    return brief, inspect_page(page, work), page


def test_the_article_is_shown_verbatim_and_markup_in_it_stays_text(
    rendered: tuple[BriefDraft, dict[str, Any], Path],
) -> None:
    _, dom, _ = rendered
    assert dom["article"] == ARTICLE  # offsets mean the same thing in the page
    assert dom["scripts"] == 1  # the probe's own; the article's <script> is text


def test_each_evidence_span_is_highlighted_under_its_field(
    rendered: tuple[BriefDraft, dict[str, Any], Path],
) -> None:
    brief, dom, _ = rendered
    marks = dom["marks"]
    assert marks and all(m["size"][0] > 0 and m["size"][1] > 0 for m in marks)
    for span in highlights(brief, ARTICLE):
        runs = _covered(marks, span.field)
        assert any(s <= span.start and span.end <= e for s, e, _ in runs), span
    # the date is highlighted on its phrase, not on the whole quote
    assert [text for _, _, text in _covered(marks, "date")] == ["Thursday morning"]
    killed = brief.evidence[6]
    assert (killed.start, killed.end, killed.quote) in _covered(marks, "killed")


def test_marks_are_coloured_per_field_named_on_hover_and_in_the_legend(
    rendered: tuple[BriefDraft, dict[str, Any], Path],
) -> None:
    brief, dom, _ = rendered
    legend = {item["field"]: item["colour"] for item in dom["legend"]}
    assert set(legend) == {s.field for s in highlights(brief, ARTICLE)}
    assert all(colour == _rgb(FIELD_COLOURS[field]) for field, colour in legend.items())
    for mark in dom["marks"]:
        for field in mark["fields"]:
            assert field in mark["title"] or "claim by" in mark["title"]
        if len(mark["fields"]) == 1:
            assert mark["colour"] == legend[mark["fields"][0]]
        else:  # one band per field
            assert mark["image"].startswith("linear-gradient")
            bands = set(re.findall(r"rgb\([^)]*\)", mark["image"]))
            assert bands == {legend[f] for f in mark["fields"]}


def test_the_brief_is_beside_the_article_with_claims_and_speakers(
    rendered: tuple[BriefDraft, dict[str, Any], Path],
) -> None:
    brief, dom, _ = rendered
    facts = {row[0]: row[1] for row in dom["facts"]}
    assert facts["killed"] == "4–9" and facts["date"] == "2024-03-14"
    assert dom["speakers"] == [c.source for c in brief.claims]


def test_a_screenshot_of_the_view_is_not_blank(
    rendered: tuple[BriefDraft, dict[str, Any], Path], tmp_path: Path
) -> None:
    _, _, page = rendered
    width, height, pixels = png_pixels(take_screenshot(page, tmp_path / "v.png", "900,600"))
    assert (width, height) == (900, 600)
    colours = Counter(p[:3] for p in pixels)
    _, most = colours.most_common(1)[0]
    assert most < 0.9 * len(pixels)  # not one colour
    assert len(colours) > 50  # text is anti-aliased: many shades
    # the highlight colours are painted
    for field in ("event_type", "location"):
        r, g, b = (int(FIELD_COLOURS[field][i : i + 2], 16) for i in (1, 3, 5))
        assert colours[(r, g, b)] > 500, field


def test_brief_html_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "brief.html"
    code = cli(["brief", str(REPO / "examples" / "article.txt"), "--engine", "offline",
                "--published", "2024-03-15", "--html", str(out)])  # fmt: skip
    assert code == 0
    page = out.read_text(encoding="utf-8")
    assert page.count("<mark ") >= 5 and "<script" not in page
    assert f"wrote {out}" in capsys.readouterr().err
    with pytest.raises(SystemExit) as failed:
        cli(["brief", str(REPO / "examples" / "article.txt"), "--engine", "offline",
             "--html", str(tmp_path / "missing" / "x.html")])  # fmt: skip
    assert failed.value.code == 2
    assert capsys.readouterr().err.startswith("summarizer: error: cannot write")


def test_the_eval_report_links_each_fixture_to_its_view(tmp_path: Path) -> None:
    chosen = ["kunduz-mosque-suicide-bombing", "mali-bankass-fulani-hamlet-raid"]
    report = tmp_path / "r.html"
    code = evals(["run", "--quiet", "--only", *chosen, "--html-out", str(report),
                  "--json-out", str(tmp_path / "r.json")])  # fmt: skip
    assert code == 0
    dom = inspect_page(report, tmp_path)
    assert sorted(dom["links"]) == sorted(f"r.views/{c}.html" for c in chosen)
    view = inspect_page(tmp_path / "r.views" / "mali-bankass-fulani-hamlet-raid.html", tmp_path)
    scores = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["fixtures"]
    mali = next(f for f in scores if f["id"] == "mali-bankass-fulani-hamlet-raid")
    rows = {row[0]: row for row in view["facts"]}
    # expected beside produced, with the score
    assert rows["killed"][2] == "14"
    assert rows["killed"][3] == f"{mali['scores']['killed']:.2f}"
    assert view["marks"] and view["article"].startswith("MOPTI, Mali")


def test_expected_labels_read_as_alternatives_and_entries() -> None:
    expected = {
        "perpetrators": [["Al-Shabaab", "al-Shabab"], "gunmen"],
        "date": ["2024-03-14", "2024-03"],
        "killed": {"min": 4, "max": 9},
    }
    page = render_brief_html(_brief(), ARTICLE, expected=expected, scores={"date": 0.5})
    assert "Al-Shabaab / al-Shabab; gunmen" in page
    assert "2024-03-14 / 2024-03" in page and ">4–9<" in page
    assert "class='num miss'>0.50<" in page  # a score below 1 stands out
    assert "(not labeled)" in page  # facts the fixture does not label
