"""Counts without a measure word, as verse writes them (extractors/verse.py). Made-up lines."""
import pytest

from extractors.verse import verse_counts
from pipeline import extract


@pytest.mark.parametrize("line, text, value, unit, name", [
    ("社区食堂开了三十二，", "三十二", 32, "个", "社区食堂"),
    ("托位又增加五百八，", "五百八", 580, "个", "托位"),          # the colloquial dropped place: 580
    ("学位新增三千六。", "三千六", 3600, "个", "学位"),
    ("新能源车位添一千五，", "一千五", 1500, "个", "新能源车位"),
    ("街心公园建了九，", "九", 9, "个", "街心公园"),
    ("乙：城镇新增就业七千二，", "七千二", 7200, "人", "城镇新增就业"),   # a verb before the noun
    ("路灯装了六百！", "六百", 600, "盏", "路灯"),
    ("新修绿道二十三，", "二十三", 23, "条", "新修绿道"),     # a verb before the noun
])
def test_a_numeral_closing_a_clause_after_a_noun_and_a_verb_of_adding_is_a_count(line, text, value, unit, name):
    [(q, found)] = verse_counts(line)
    assert (line[q.start:q.end], q.value, q.unit, found) == (text, value, unit, name)


@pytest.mark.parametrize("line", [
    "第十二中学扩建完成，",        # an ordinal, a name
    "新建学校十二中，",            # a numeral inside a name
    "百姓心里乐开花，",            # idioms and words with numeral characters
    "千家万户都受益，",
    "大家一心一意建小区，",
    "学位新增三千六百个，",        # a measure word: the quantity reader's, not this one
    "托位增加几百，",              # vague
    "托位从零开始，",
    "助餐点开了二十六家门店",      # the numeral does not close the clause
])
def test_no_count_without_the_whole_shape(line):
    assert verse_counts(line) == []


def test_a_count_inside_a_span_already_taken_is_not_read_again():
    assert verse_counts("学位新增三千六，", taken=[(4, 7)]) == []


def test_a_verse_count_becomes_a_record_with_the_noun_as_indicator():
    text = "快板：社区食堂开了三十二，饭菜可口价格低。"
    [record] = [r for r in extract(text, doc_year=2030) if r.text == "三十二"]
    assert (record.value, record.unit, record.indicator) == (32, "个", "社区食堂")
    assert text[record.start:record.end] == "三十二"
