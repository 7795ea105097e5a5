"""The shared shapes of pipeline/spans.py: a text's lines and a span trimmed to its words."""
import pytest

from pipeline.spans import Line, line_end, spans_without, text_lines, trimmed


@pytest.mark.parametrize("text,start,end,expected", [
    ("\u3000\u3000新建食堂3个。\n", 0, 10, (2, 9)),     # full-width indent and the line end go
    ("  托位  ", 0, 6, (2, 4)),
    ("甲 \t\n 乙", 1, 5, (5, 5)),                        # only white space: an empty span
    ("\xa0改造公厕8座\xa0", 0, 8, (1, 7)),               # a no-break space is white space too
])
def test_a_span_is_trimmed_to_its_words(text, start, end, expected):
    assert trimmed(text, start, end) == expected


def test_lines_end_at_a_newline_alone():
    # a form feed or a line separator inside a line is the line's own character, as a
    # diff or a dump counts lines; the last line may be empty
    text = "新建幼儿园2所\f附\n\u2028增设车位40个\n"
    assert text_lines(text) == [Line(0, "新建幼儿园2所\f附"), Line(10, "\u2028增设车位40个"), Line(19, "")]
    assert all(text[line.start:line.start + len(line.text)] == line.text for line in text_lines(text))


def test_a_line_ends_at_its_newline_or_at_the_text_s_end():
    assert line_end("甲乙\n丙丁", 0) == 2 and line_end("甲乙\n丙丁", 3) == 5


def test_spans_lose_the_stretches_cut_out_of_them():
    assert spans_without([(0, 10)], [(2, 4), (6, 8)]) == [(0, 2), (4, 6), (8, 10)]
    assert spans_without([(0, 10), (20, 30)], [(5, 25)]) == [(0, 5), (25, 30)]
    assert spans_without([(0, 10)], [(0, 10)]) == []
    assert spans_without([(0, 10)], [(12, 14)]) == [(0, 10)]
