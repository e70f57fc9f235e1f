"""Headless Chromium for tests: what a page's DOM looks like once rendered, and its pixels.

Debian's ``chromium`` is installed by ``make`` (``make browser``) where it is missing; a test
that needs it fails, never skips, without it.
"""

from __future__ import annotations

import html
import json
import re
import struct
import zlib
from pathlib import Path
from typing import Any

from summarizer.evals.reports.screenshot import find_chromium, run_browser, screenshot

__all__ = ["browser", "inspect_page", "png_pixels", "take_screenshot"]

# Runs in the rendered page and leaves its findings as JSON in a <pre id="probe">.
_PROBE = """
<script>
(() => {
  const box = (el) => { const r = el.getBoundingClientRect(); return [r.width, r.height]; };
  const style = (el) => getComputedStyle(el);
  const out = {
    marks: [...document.querySelectorAll('#article mark')].map((m) => ({
      fields: m.dataset.fields.split(' '), start: +m.dataset.start, end: +m.dataset.end,
      text: m.textContent, title: m.title, size: box(m),
      colour: style(m).backgroundColor, image: style(m).backgroundImage,
    })),
    article: (document.getElementById('article') || {}).textContent,
    legend: [...document.querySelectorAll('.legend li')].map((li) => ({
      field: li.dataset.field, colour: style(li.querySelector('.swatch')).backgroundColor,
    })),
    facts: [...document.querySelectorAll('table.facts tbody tr')].map(
      (tr) => [...tr.children].map((c) => c.textContent.trim())),
    speakers: [...document.querySelectorAll('.claims .speaker')].map((s) => s.textContent),
    scripts: document.scripts.length,
    links: [...document.querySelectorAll('a.view')].map((a) => a.getAttribute('href')),
  };
  const pre = document.createElement('pre');
  pre.id = 'probe';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
</script>
"""


def browser() -> str:
    """Chromium's path; fails the test with how to get it when it is missing."""
    found = find_chromium()
    assert found, "Chromium not found: run `make browser` (apt-get install -y chromium)"
    return found


def inspect_page(page: Path, work: Path) -> dict[str, Any]:
    """Render ``page`` (a copy with the probe script added) and return the probe's findings."""
    probed = work / f"probed-{page.name}"
    probed.write_text(
        page.read_text(encoding="utf-8").replace("</body>", _PROBE + "</body>"), encoding="utf-8"
    )
    done = run_browser(browser(), probed, "--dump-dom", "--virtual-time-budget=5000")
    found = re.search(r'<pre id="probe">(.*?)</pre>', done.stdout, re.DOTALL)
    assert found, f"no probe output; Chromium exited {done.returncode}: {done.stderr[-500:]}"
    data: dict[str, Any] = json.loads(html.unescape(found.group(1)))
    return data


def take_screenshot(page: Path, out: Path, window: str = "1400,1000") -> Path:
    """A PNG of ``page`` as Chromium renders it."""
    problem = screenshot(browser(), page, out, window)
    assert problem is None, problem
    return out


def png_pixels(path: Path) -> tuple[int, int, list[tuple[int, ...]]]:
    """Width, height and every pixel (RGB or RGBA) of an 8-bit PNG, without Pillow."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    offset, idat = 8, b""
    width = height = channels = 0
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        kind, body = data[offset + 4 : offset + 8], data[offset + 8 : offset + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour in (2, 6), "only 8-bit RGB/RGBA PNGs"
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        offset += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows: list[bytearray] = []
    previous = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for x in range(stride):
            left = line[x - channels] if x >= channels else 0
            up, corner = previous[x], previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + left) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + up) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                pred = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[x] = (line[x] + pred) & 0xFF
        rows.append(line)
        previous = line
    pixels = [tuple(row[x : x + channels]) for row in rows for x in range(0, stride, channels)]
    return width, height, pixels
