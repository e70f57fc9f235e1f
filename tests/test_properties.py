"""Property-based tests (hypothesis), seeded and bounded so that `make test` stays fast.

- any text, HTML or bytes: a valid, grounded brief or an InputError, never another
  exception, and every quote a span of the article;
- the sentence splitter: every sentence is the slice of the text its offsets say;
- the JSONL batch reader fed arbitrary lines: one record per line, errors per line, never
  a crash, never a lost good line.
"""

from __future__ import annotations

import io
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarizer import summarize, summarize_many_sync
from summarizer.article import decode_bytes
from summarizer.batch.items import read_jsonl
from summarizer.engines.offline.text import split_sentences
from summarizer.errors import InputError
from tests.test_hostile import check_brief

# derandomize: the same examples on every run and machine; no deadline, as the machine is
# shared and noisy (speed is measured by benchmarks, not here)
_BOUNDED = settings(
    max_examples=60,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# pieces that reach the rules: incident words, names, numbers, abbreviations, markup,
# control characters, a lone surrogate
_PIECES = st.sampled_from(
    [
        "Gunmen killed 12 soldiers in Kirkuk on Monday, police said. ",
        "A car bomb exploded near a market in Mogadishu. ",
        "Al-Shabaab claimed responsibility. ",
        "Mr. ",
        "U.S. ",
        "Gen. Smith said no. 4 was hit. ",
        "“Three died,” he said. ",
        "\n\n",
        "\n",
        "\t",
        "\x00",
        "\x1b[31m",
        "\u2028",
        "\u202e",
        "\u0301",
        "\ud800",
        "<p>",
        "</p>",
        "<a ",
        "<!--",
        "<script>",
        "&amp;",
        "&#8220;",
    ]
)
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=40)), max_size=25).map("".join)
_HTML = st.lists(
    st.one_of(
        st.sampled_from(["<html><body>", "<p>", "</p>", "<div class='x'>", "</div>", "<br/>"]),
        st.sampled_from(["<nav>", "</nav>", "<title>", "<!-- c -->", "<svg/>", "<p title='>'>"]),
        _PIECES,
        st.text(max_size=20),
    ),
    max_size=30,
).map(lambda parts: "<html><body>" + "".join(parts))


def _brief_or_input_error(text: str) -> None:
    try:
        brief = summarize(text, engine="offline", published="2024-03-15")
    except InputError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    check_brief(brief, text)


@_BOUNDED
@given(_TEXT)
def test_any_text_gives_a_grounded_brief_or_an_input_error(text: str) -> None:
    _brief_or_input_error(text)


@_BOUNDED
@given(_HTML)
def test_any_html_gives_a_grounded_brief_or_an_input_error(html: str) -> None:
    _brief_or_input_error(html)


@_BOUNDED
@given(st.binary(max_size=300))
def test_any_bytes_give_a_grounded_brief_or_an_input_error(data: bytes) -> None:
    try:
        text = decode_bytes(data, "standard input")
    except InputError as exc:
        assert "not UTF-8" in str(exc)
        return
    _brief_or_input_error(text)


@settings(max_examples=200, derandomize=True, deadline=None)
@given(_TEXT)
def test_sentences_are_the_slices_their_offsets_name(text: str) -> None:
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip() and sentence.text


_GOOD = "Gunmen killed 12 soldiers in Kirkuk on Monday, police said."
_LINE = st.one_of(
    st.binary(max_size=60).map(lambda b: b.replace(b"\n", b" ")),
    st.text(max_size=60).map(lambda t: t.replace("\n", " ").encode("utf-8", "surrogatepass")),
    st.dictionaries(
        st.sampled_from(["id", "text", "published", "title", "source", "x"]),
        st.one_of(st.none(), st.integers(), st.text(max_size=20), st.lists(st.integers())),
        max_size=5,
    ).map(lambda d: json.dumps(d).encode()),
)


@settings(max_examples=40, derandomize=True, deadline=None)
@given(st.lists(st.tuples(st.booleans(), _LINE), min_size=1, max_size=12))
def test_the_jsonl_reader_gives_one_record_per_line_and_loses_no_good_line(
    lines: list[tuple[bool, bytes]],
) -> None:
    raw, good = [], []
    for number, (is_good, line) in enumerate(lines):
        if is_good:
            good.append(f"good-{number}-7f3a")
            line = json.dumps({"id": good[-1], "text": _GOOD}).encode()
        raw.append(line)
    stream = io.BytesIO(b"\n".join(raw) + b"\n")
    results = list(summarize_many_sync(read_jsonl(stream), engine="offline", cache=False))
    assert len(results) == sum(1 for line in raw if line.strip())  # one record per line
    assert len({r.id for r in results}) == len(results)  # under unique ids
    by_id = {r.id: r for r in results}
    for item_id in good:
        assert by_id[item_id].ok  # every good line has its brief
    for result in results:
        assert result.ok or (result.error is not None and result.error.type == "InputError")
        json.loads(result.to_json())  # every record is one valid JSON line
        assert "\n" not in result.to_json()
