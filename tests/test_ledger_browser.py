"""ledger.html in a real headless Chromium: it renders without errors, fetches nothing,
its filters hide and show rows, and its Chinese text is drawn with real glyphs, not the
empty boxes of a machine without a CJK font (CI installs fonts-noto-cjk beside chromium)."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from ledger.track import track

pytestmark = pytest.mark.browser


PLAN = [("新增老年助餐点32个。", "32个", 32, "个", "老年助餐点", "常有颐养"),
        ("提供养老照护床位300张。", "300张", 300, "张", "养老照护床位", "常有颐养"),
        ("打通断头路11条。", "11条", 11, "条", "断头路", "交通畅行")]
REPORT = [("今年，我市新增32个老年助餐点。", "32个", 32, "个", "老年助餐点", "常有颐养"),
          ("2023年建成家庭养老服务床位312张。", "312张", 312, "张", "家庭养老服务床位", "常有颐养")]
#: Characters of the page, and two no font draws (a private-use one, an unassigned one)
CJK = ["民", "生", "实", "事", "助", "餐"]
MISSING = ["\ue000", "\U0010fffd"]


def _run(folder: Path, doc_id: str, stance: str, rows) -> None:
    folder.mkdir()
    records = [{"doc_id": doc_id, "start": i * 100 + s.index(t), "end": i * 100 + s.index(t) + len(t), "text": t,
                "value": v, "unit": u, "year": 2023, "category": c, "indicator": ind, "sentence": s, "stance": stance}
               for i, (s, t, v, u, ind, c) in enumerate(rows)]
    (folder / "records.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    (folder / "documents.jsonl").write_text(json.dumps({"doc_id": doc_id, "place": "常州市"}, ensure_ascii=False) + "\n",
                                            encoding="utf-8")


@pytest.fixture
def page(browser, tmp_path: Path):
    _run(tmp_path / "plan", "plan", "target", PLAN)
    _run(tmp_path / "report", "report", "achieved", REPORT)
    track([tmp_path / "plan", tmp_path / "report"], tmp_path / "out")
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.problems = []
    page.on("pageerror", lambda exc: page.problems.append(f"page error: {exc}"))
    page.on("console", lambda msg: page.problems.append(f"console {msg.type}: {msg.text}") if msg.type == "error" else None)
    page.requests = []
    page.on("request", lambda request: page.requests.append(request.url))
    page.goto((tmp_path / "out" / "ledger.html").as_uri(), wait_until="load")
    yield page
    page.close()


def visible_statuses(page) -> list[str]:
    return [row.get_attribute("data-status") for row in page.locator("#ledger tbody tr:visible").all()]


def test_ledger_page_renders_and_filters(page):
    assert sorted(visible_statuses(page)) == ["exceeded", "met", "no report"]
    assert page.locator("svg.chart rect").count() >= 2                 # bars of two categories
    page.select_option("#f-status", "no report")
    assert visible_statuses(page) == ["no report"]
    assert page.locator("#ledger tbody tr:visible td").nth(3).inner_text() == "断头路"
    page.select_option("#f-status", "reported")
    assert sorted(visible_statuses(page)) == ["exceeded", "met"]
    assert page.locator("svg.pairs rect").count() == 4                 # two targets, each with its result
    page.select_option("#f-status", "")
    page.fill("#f-text", "助餐")
    assert visible_statuses(page) == ["met"]
    page.fill("#f-text", "")
    page.select_option("#f-category", "交通畅行")
    assert visible_statuses(page) == ["no report"]
    assert page.problems == []
    assert [url for url in page.requests if not url.startswith("file://")] == []


def _bitmaps(page, chars: list[str]) -> list[str]:
    """Each character drawn in the page's own font stack on a canvas, as a hash of its pixels."""
    data = page.evaluate("""(chars) => {
        const font = getComputedStyle(document.body).fontFamily;
        const canvas = document.createElement("canvas");
        canvas.width = canvas.height = 48;
        const ctx = canvas.getContext("2d");
        return chars.map(ch => {
            ctx.clearRect(0, 0, 48, 48);
            ctx.font = "40px " + font;
            ctx.textBaseline = "top";
            ctx.fillText(ch, 2, 2);
            return Array.from(ctx.getImageData(0, 0, 48, 48).data.filter((_, i) => i % 4 === 3)).join(",");
        });
    }""", chars)
    return [hashlib.sha256(d.encode()).hexdigest() for d in data]


def test_chinese_text_renders_with_real_glyphs(page):
    cjk, missing = _bitmaps(page, CJK), _bitmaps(page, MISSING)
    # with no CJK font every Chinese character is the same empty box: real glyphs differ
    # from each other and from the box a character no font has is drawn as
    assert len(set(cjk)) == len(CJK), "Chinese characters render as identical boxes: no CJK font"
    assert not set(cjk) & set(missing), "Chinese characters render like a missing glyph"
    width = page.evaluate("""() => {
        const span = document.createElement("span");
        span.style.fontSize = "20px";
        span.textContent = "民生实事";
        document.body.appendChild(span);
        return span.getBoundingClientRect().width;
    }""")
    assert 70 <= width <= 90      # four full-width glyphs of a 20px CJK font
