"""The clause marks of a sentence, found once and bisected into, answer as a scan of the
sentence from the figure did (extractors/clause_marks.py): the scans are kept here as the
reference, and every position of made-up sentences is asked both ways."""
import random

import regex

from extractors.clause_marks import DELIMITER, break_before, break_from, clause_start, phrase_end

_CLOSE = regex.compile(r"[）)]")
_CLOSE_BACKWARDS = regex.compile(_CLOSE.pattern, flags=regex.REVERSE)


def _scanned_clause_start(sentence: str, position: int) -> int:
    start = 0
    last_close = _CLOSE_BACKWARDS.search(sentence, 0, position)
    for m in DELIMITER.finditer(sentence, 0, position):
        if m.group() in "（(" and last_close is not None and last_close.start() >= m.end():
            continue
        if m.group() in "）)":
            continue
        start = m.end()
    return start


def _scanned_phrase_end(sentence: str, position: int) -> int:
    open_brackets = 0
    for m in DELIMITER.finditer(sentence, position):
        if m.group() in "（(" and m.start() > position:
            close = _CLOSE.search(sentence, m.end())
            other = DELIMITER.search(sentence, m.end())
            if close and other and other.start() == close.start():
                open_brackets += 1
                continue
        if m.group() in "）)" and open_brackets:
            open_brackets -= 1
            continue
        return m.start()
    return len(sentence)


_SENTENCES = [
    "普惠（示范性）托育机构新增托位3500个，镇（街道）综合性养老服务中心12个",
    "（其中农村22个、城市8个）新建10个",
    '年度目标="新增托位3500个" 已完成=3620个',
    "缩短了8分钟⏱️ 新增站点40个",
    "【托育服务】　年内新增托位650个 | 食堂38家\t供餐2万份→完成",
    "((（）)",
    "",
]
_PIECES = ["（", "(", "）", ")", "，", "；", "：", "=", '"', " ", "\n", "\t", "|", "→", "】", "⏱️",
           "托育", "新增", "12", "个", "、", "。"]


def _made_up(rng: random.Random) -> str:
    return "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 24)))


def test_marks_answer_as_the_scans_do():
    rng = random.Random(11)
    sentences = _SENTENCES + [_made_up(rng) for _ in range(200)]
    for sentence in sentences:
        for position in range(-3, len(sentence) + 2):
            assert clause_start(sentence, position) == _scanned_clause_start(sentence, position), (sentence, position)
            assert phrase_end(sentence, position) == _scanned_phrase_end(sentence, position), (sentence, position)


def test_a_bracket_closed_before_the_figure_is_part_of_a_name():
    sentence = "普惠（示范性）托育机构3500个"
    assert clause_start(sentence, sentence.index("3500")) == 0
    assert phrase_end("镇（街道）综合性养老服务中心，", 0) == len("镇（街道）综合性养老服务中心")


def test_a_comma_grouping_a_figures_digits_is_no_break():
    sentence = "为1,250名环卫工人发放补贴3,600万元，另有2,1项"
    assert clause_start(sentence, sentence.index("3,600")) == 0
    assert clause_start(sentence, sentence.index("2,1")) == sentence.index("另")


def test_breaks_answer_as_a_scan_does():
    breaks = regex.compile("[，,；;。：:\n]")
    rng = random.Random(12)
    for text in _SENTENCES + [_made_up(rng) for _ in range(100)]:
        for position in range(0, len(text) + 1):
            scanned = max((m.end() for m in breaks.finditer(text, 0, position)), default=0)
            after = breaks.search(text, position)
            assert break_before(breaks, text, position) == scanned, (text, position)
            assert break_from(breaks, text, position) == (after.start() if after else None), (text, position)
