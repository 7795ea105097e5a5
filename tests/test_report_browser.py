"""The HTML report in a real headless Chromium: it renders, runs without errors, fetches
nothing, and its hover card shows a record's gold and predicted fields."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from evaluation.evaluate import score
from pipeline.record import Record
from evaluation.report import write_report

pytestmark = pytest.mark.browser


# corpus/004, the “常有颐养” paragraph
TEXT = ("提升农村养老服务质效，改造提升乡村互助养老睦邻点2个，持续优化城乡养老服务设施布局，"
        "新增（改造）老年助餐点（社区食堂）3个，改造提升社区居家养老服务驿站2个。"
        "开展老年人智能技术培训7000人次；培训智慧助老教师10名、智慧助老志愿者100名。")
DOC = "904_elderly"


def rec(span: str, value: float, unit: str, indicator: str, nth: int = 0, **fields) -> Record:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(span, start + 1)
    return Record(start=start, end=start + len(span), text=span, value=value, unit=unit, year=2024,
                  category="常有颐养", indicator=indicator, doc_id=DOC, **fields)


GOLD = [
    rec("2个", 2, "个", "乡村互助养老睦邻点"),
    rec("3个", 3, "个", "老年助餐点"),
    rec("2个", 2, "个", "社区居家养老服务驿站", nth=1),
    rec("7000人次", 7000, "人次", "老年人智能技术培训"),
    rec("10名", 10, "名", "智慧助老教师"),
]
PRED = [
    GOLD[0],                                                          # match
    rec("3个", 3, "家", "老年助餐点"),                                  # field error: unit
    rec("7000人", 7000, "人", "老年人智能技术培训"),                       # field error, span differs
    rec("10名", 10, "名", "教师"),                                      # field error: indicator
    rec("100名", 100, "名", "智慧助老志愿者"),                            # spurious (not in gold here)
]                                                                     # the second "2个" is missed


def test_report_renders_in_chromium_without_errors_and_shows_fields_on_hover(browser, tmp_path: Path):
    from PIL import Image

    report = tmp_path / "report.html"
    write_report(score({DOC: GOLD}, {DOC: PRED}), {DOC: TEXT}, report)
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    problems: list[str] = []
    page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    page.on("console", lambda msg: problems.append(f"console {msg.type}: {msg.text}") if msg.type == "error" else None)
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(report.as_uri(), wait_until="load")

    # one highlight per outcome: match, field errors (unit, span+unit, indicator), missed, spurious
    assert page.locator("mark.match").count() == 1
    assert page.locator("mark.field-error").count() == 3
    assert page.locator("mark.missed").count() == 1
    assert page.locator("mark.spurious").count() == 1
    assert page.locator("mark.loose").count() == 1      # "7000人" against "7000人次"

    page.locator("mark.field-error", has_text="3个").hover()
    card = page.locator("#card")
    assert card.is_visible()
    unit_row = card.locator("tr.wrong")
    assert unit_row.count() == 1
    assert unit_row.inner_text().split() == ["unit", "个", "家"]
    page.locator("h1").hover()
    assert not card.is_visible()

    shot = Image.open(io.BytesIO(page.screenshot(full_page=True))).convert("RGB")
    colours = shot.getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 50, "the screenshot is (nearly) blank"
    assert problems == []
    assert [url for url in requests if not url.startswith("file://")] == []
    page.close()
