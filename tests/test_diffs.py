"""A plan sent as a unified diff: figures of removed lines are the draft's (revision
`removed`), of added lines `added`, of context lines None; the ledger promises only the
final text's (pipeline/diffs.py, ledger/track.py)."""
import pytest

from ledger.track import final_text
from pipeline.diffs import ADDED, REMOVED, diff_lines
from pipeline.document import Document
from pipeline.run import analyse

UNIFIED = (
    "--- 某县实事（草案）.txt\t2023-11-02 10:00:00.000000000 +0800\n"
    "+++ 某县实事（定稿）.txt\t2023-12-20 09:30:00.000000000 +0800\n"
    "@@ -2,4 +2,5 @@\n"
    " 一、养老服务\n"
    "-新建老年助餐点12个。\n"
    "+新建老年助餐点16个。\n"
    "+新增养老床位200张。\n"
    " 改造农村公厕50座。\n"
    "\\ No newline at end of file\n"
)

GIT = (
    "diff --git a/plan.md b/plan.md\n"
    "index 3f2a1b0..9c4d7e1 100644\n"
    "--- a/plan.md\n"
    "+++ b/plan.md\n"
    "@@ -7 +7 @@ 二、教育\n"
    "-新建幼儿园3所\n"
    "+新建幼儿园5所\n"
    "@@ -12,2 +12,2 @@\n"
    "\n"
    "-新增学位900个\n"
    "+新增学位1500个\n"
)


def _marks(text: str) -> dict[str, str | None]:
    lines = diff_lines(text)
    return {line: lines.mark_at(text.index(line)) for line in text.splitlines() if line}


def test_unified_diff_lines_are_marked_by_their_first_character():
    marks = _marks(UNIFIED)
    assert marks["-新建老年助餐点12个。"] == REMOVED
    assert marks["+新建老年助餐点16个。"] == ADDED
    assert marks["+新增养老床位200张。"] == ADDED
    assert marks[" 改造农村公厕50座。"] is None
    assert marks["\\ No newline at end of file"] is None
    # the file headers are no removed or added lines
    assert marks[UNIFIED.splitlines()[0]] is None and marks[UNIFIED.splitlines()[1]] is None


def test_git_diff_with_two_hunks_and_a_blank_context_line():
    marks = _marks(GIT)
    assert marks["-新建幼儿园3所"] == REMOVED and marks["+新建幼儿园5所"] == ADDED
    assert marks["-新增学位900个"] == REMOVED and marks["+新增学位1500个"] == ADDED
    assert marks["index 3f2a1b0..9c4d7e1 100644"] is None


@pytest.mark.parametrize("text", [
    "一、重点任务\n- 新建老年助餐点12个\n+ 新增养老床位200张\n",      # a dash list, no diff header
    "--- 说明 ---\n新建幼儿园3所\n@@ 备注 @@\n-新增学位900个\n",        # no +++ line after ---
    "",
])
def test_text_that_is_no_diff_has_no_marks(text):
    assert diff_lines(text).starts == ()


def test_hunk_ends_at_a_line_that_is_no_hunk_line():
    text = UNIFIED.replace("\\ No newline at end of file\n", "") + "附件：-新增车位30个\n"
    assert diff_lines(text).mark_at(text.index("附件")) is None


def test_a_line_separator_inside_a_diff_line_does_not_end_it():
    # diff counts lines by `\n` alone: a U+2028 or a form feed inside a removed line is no
    # line of its own that would end the hunk
    text = UNIFIED.replace("-新建老年助餐点12个。", "-新建老年助餐点\u202812个。\f")
    assert diff_lines(text).mark_at(text.index("12个")) == REMOVED
    assert diff_lines(text).mark_at(text.index("+新增养老床位")) == ADDED


def test_extracted_records_carry_the_revision_and_the_ledger_keeps_the_final_text():
    records, _ = analyse(Document(doc_id="d", text="某县2024年民生实事\n" + UNIFIED), doc_year=2024)
    by_text = {r.text: r.revision for r in records}
    assert by_text["12个"] == REMOVED and by_text["16个"] == ADDED
    assert by_text["50座"] is None
    kept = {r["text"] for r in final_text([r.to_dict() for r in records])}
    assert "12个" not in kept and {"16个", "200张", "50座"} <= kept
