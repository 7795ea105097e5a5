"""The clause punctuation table and the character classes built from it."""
import regex

from extractors.punctuation import CLAUSE_BREAKS, CLAUSE_MARKS, COLONS, SEMICOLONS, SENTENCE_ENDS, char_class


def test_clause_marks_come_in_both_widths():
    for full, half in ("，,", "；;", "：:", "！!", "？?"):
        assert full in CLAUSE_BREAKS + COLONS and half in CLAUSE_BREAKS + COLONS
    assert set(SEMICOLONS) <= set(CLAUSE_MARKS) and set(CLAUSE_MARKS) | set(SENTENCE_ENDS) == set(CLAUSE_BREAKS)
    assert not set(COLONS) & set(CLAUSE_BREAKS)      # a colon opens what a lead says: each caller adds it


def test_a_class_matches_its_marks_and_nothing_else():
    clause = regex.compile(char_class(CLAUSE_BREAKS, "\n"))
    assert [m.group() for m in clause.finditer("新建食堂3个，改造2个；全年完成?\n下一段")] == ["，", "；", "?", "\n"]
    assert clause.search("托育机构（12家）：新增") is None


def test_marks_special_to_a_pattern_are_taken_literally():
    assert regex.fullmatch(char_class("?", "(", "]", "^", "-"), "]")
    assert regex.fullmatch(char_class("^-"), "a") is None and regex.fullmatch(char_class("a-c"), "b") is None


def test_a_negated_class_matches_everything_but_its_marks():
    name = regex.compile(char_class(CLAUSE_BREAKS, "（(", negated=True) + "*")
    assert name.match("社区食堂（3个），其余").group() == "社区食堂"
