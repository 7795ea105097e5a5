"""The cheap screens that let a reader or a per-sentence rule skip a text not in its form
(issue 12, seventh pass): a screen may pass a text its pattern then finds nothing in, never
turn away one it finds something in. Made-up sentences; the finders' own behaviour is
tested beside them (test_verse, test_progress, test_transcript, test_dialogue)."""
import pytest

from extractors import progress, verse
from pipeline import transcript
from pipeline.dialogue import turn_of

VERSE = ["助餐点开了二十六，", "学位新增两千四", "改造小区三十三、加装电梯十二…", "托位又增加五百八）"]
PROSE = ["全年新增学位2400个。", "统一规划，分步实施。", "第十二批项目已开工。"]


@pytest.mark.parametrize("text", VERSE + PROSE)
def test_verse_screen_passes_every_count(text):
    spec = verse._spec()
    if spec.pattern.search(text):
        assert spec.screen.search(text)
    assert bool(verse.verse_counts(text)) == (text in VERSE)


def test_verse_screen_turns_prose_away():
    assert not any(verse._spec().screen.search(t) for t in ["全年新增学位2400个。", "新建养老驿站6个"])


PAIRS = ["目标 1500个 | 已完成 1620", "71.3万人次（目标 60万）", "新建车位 1.35万 ／ 1.2万个", "计划：300 户，完成 280户"]


@pytest.mark.parametrize("text", PAIRS + PROSE)
def test_progress_screens_pass_every_pair(text):
    spec = progress._spec()
    if spec.pair.search(text):
        assert spec.pair_screen.search(text)
    if spec.over.search(text):
        assert spec.over_screen.search(text)


def test_progress_pairs_still_found():
    from extractors.quantities import find_quantities
    for text in PAIRS[:3]:
        assert progress.paired_figures(text, find_quantities(text)), text


def test_transcript_needs_its_least_lines():
    least = transcript._words().min_utterances
    lines = "".join(f"[00:00:{10 + i:02d}] 主持人 第{i}句话\n" for i in range(least))
    assert transcript._may_be_transcript(lines)
    assert transcript.transcript_edits(lines)
    fewer = "".join(lines.splitlines(keepends=True)[:least - 1])
    assert not transcript._may_be_transcript(fewer) and transcript.transcript_edits(fewer) == []
    assert not transcript._may_be_transcript("今年新建养老驿站6个。\n全年服务3万人次。\n" * 5)


@pytest.mark.parametrize("text", ["答：年底前全部完成。\n问：资金呢？\n答：已到位。", "第一行\n\n  主持人：好的\n正文",
                                  "说明\n今年新建6个。"])
def test_turn_at_a_line_is_turn_of_the_rest(text):
    for at in range(len(text) + 1):
        assert turn_of(text, at) == turn_of(text[at:])


@pytest.mark.parametrize("text", ["市民政局\n市民政局\n市民政局\n", "主持人好\n主持人们\n主持人员\n"])
def test_a_tag_inside_a_word_opens_no_utterance(text):
    assert not transcript._may_be_transcript(text)


@pytest.mark.parametrize("text", ["市民 喂\n局长：好\n市民00:00:03 问\n", "主持人\n嘉宾：\n主持人 好"])
def test_a_tag_before_a_pause_a_colon_a_time_or_the_line_end_opens_one(text):
    assert transcript._may_be_transcript(text)


@pytest.mark.parametrize("text", ["问：今年建几个？\n答：建6个。\n  记者：好", "今年新建6个。\n全年服务3万人次。",
                                  "说明：\n今年新建6个。", "主持人：\n\n嘉宾：建成12个"])
def test_turns_of_a_block_as_each_line_asked(text):
    from pipeline.dialogue import _turns
    from pipeline.structure import Block, Context
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n" and turn_of(text[i + 1:])]
    ends = starts[1:] + [len(text)]
    expected = [(s, turn_of(text[s:e]), text[s:e]) for s, e in zip(starts, ends)]
    block = Block("paragraph", 0, len(text), text, Context())
    assert [(t.start, t.kind, t.text) for t in _turns([block])] == expected


@pytest.mark.parametrize("text", ["概述\n====\n正文", "┌──────┐\n│ 就业 │\n└──────┘", "```mermaid\ngantt\n  title 计划\n```",
                                  "今年新建6个。\n全年服务3万人次。", "  ╭─ 卡片\n", "说明\n  gantt  \n"])
def test_one_search_of_the_spelled_text_screens_what_a_line_would_match(text):
    from pipeline.structure import _card_marks, _chart_marks, _lines, _spelled, _underline
    lines = _lines(text)
    assert _spelled(lines) == text      # until a card strips its margins, the lines spell the text
    for pattern, screen, whole in [(_card_marks().open, _card_marks().open_anywhere, False),
                                   (_chart_marks().start, _chart_marks().start_anywhere, False),
                                   (_underline(), _underline(), True)]:
        per_line = any((pattern.fullmatch if whole else pattern.match)(line.text) for line in lines)
        assert not per_line or screen.search(_spelled(lines)) is not None


@pytest.mark.parametrize("text", ["计划新建养老驿站6个，目前已完成4个。", "全年累计完成投资3.2亿元，完成率达95%。",
                                  "力争到2030年新增托位2000个", "截至年底，全市共有社区食堂120家", "今年新建6个。"])
@pytest.mark.parametrize("strong", [True, False])
def test_cues_of_the_grouped_screens_are_those_of_every_pattern(text, strong):
    from extractors.stance import _cue_set, _cues
    every = [(m.start(), m.end(), stance) for pattern, stance, _, _ in _cue_set(strong).patterns
             for m in pattern.finditer(text)]
    found = _cues.__wrapped__(text, strong)
    assert {(c.start, c.end, c.stance) for c in found} <= set(every)
    # every cue the patterns find is kept unless a longer or earlier one overlaps it
    for start, end, _ in every:
        assert any(c.start < end and start < c.end for c in found)


@pytest.mark.parametrize("text", ["上述项目所需资金约2亿元", "10件30项任务已完成27项", "占全年32个任务的87.5%",
                                  "以上10个项目", "新建养老驿站6个", "各项实事进展顺利"])
def test_list_reference_apart_is_the_joined_pattern(text):
    import regex
    from extractors.categories import _list_reference, _refers_to_the_list, counts_the_list
    from extractors.tables import alternation, read_table
    data = read_table("categories.toml")["projects_themselves"]
    joined = regex.compile(f"{alternation(data['list_words'])}|(?<!{data['share_of']})(?:{data['list_count']})")
    assert _refers_to_the_list(text) == (joined.search(text) is not None)
    for start in range(len(text)):
        assert counts_the_list(text, start) == (joined.match(text, start) is not None)


@pytest.mark.parametrize("sentence, clause", [("改造供热管网62公里，完成年度计划的103.3%；惠及居民4.1万户", "惠及居民4.1万户"),
                                              ("全年新建6个。其中，社区食堂3个", "社区食堂3个"), ("新建6个", "新建6个"),
                                              ("资金23.8亿元,,其中市级9.5亿元", "其中市级9.5亿元")])
def test_clause_before_is_after_the_last_mark(sentence, clause):
    from extractors.categories import _CLAUSE_END, _clause_before
    at = sentence.find(clause)
    head = sentence[:at].rstrip(_CLAUSE_END) if at > 0 else ""
    expected = head[max(head.rfind(ch) for ch in _CLAUSE_END + "。") + 1:] if at > 0 else ""
    assert _clause_before(sentence, clause) == expected


def test_word_pattern_of_no_words_matches_nothing():
    from extractors.tables import word_pattern
    assert word_pattern([]).search("任何文字") is None
    assert word_pattern(["未完成"]).search("其中2个未完成，", 4, 8) is not None
    assert word_pattern(["未完成"]).search("其中2个未完成，", 4, 6) is None


@pytest.mark.parametrize("text", ["剩余4户已转入2025年计划", "74户未实施，已转入2025年计划", "1所幼儿园顺延至2025年",
                                  "建成5个，另1个顺延至2026年", "新建6个，2025年完成", "新建6个"])
def test_deferred_to_as_the_words_asked_one_by_one(text):
    from extractors import times as T
    from extractors.quantities import find_quantities
    times = T.find_times(text)
    for q in find_quantities(text):
        tables = T._tables()
        part_end = T._PART_END.search(text, q.end)
        limit = part_end.start() if part_end else len(text)
        remainder = any(w in text[max(0, q.start - T._REMAINDER_REACH - 2):q.start] for w in tables.remainder)
        clause_end = T._CLAUSE_BREAK.search(text, q.end, limit)
        not_done = any(w in text[q.end:clause_end.start() if clause_end else limit] for w in tables.not_done)
        deferred = None if not remainder and not_done else next(
            (t for t in times if q.end <= t.start < limit and (remainder or text.endswith(tables.deferred_before, 0, t.start))), None)
        if deferred is not None and find_quantities(text[q.end:deferred.start]):
            deferred = None
        assert T._deferred_to(text, times, q.start, q.end) == deferred


@pytest.mark.parametrize("text", ["全年1O7.5%", "ＩＯ件", "新建12个", "1.2w人次", "wifi", "", "约3k+人"])
def test_any_of_is_any_character_in(text):
    from extractors.numerals import TABLE
    from extractors.script import _any_of, _wide
    for letters in ("".join(TABLE.ocr_digits), "".join(TABLE.internet_magnitudes)):
        chars = letters + _wide(letters)
        assert (_any_of(chars).search(text) is not None) == any(c in text for c in chars)



PRINTED = ["##   指标       单位 目标\n## 1 助餐点     个   12\n## 2 学位       个   800\n",
           "      项目   目标  完成\n0   托位  300   280\n1   驿站   12    9\n",
           "#>   名称 数量\n#> 1 甲 3\n#> 2 乙 4\n"]
NOT_PRINTED = ["新建学位2400个。\n1 个 项目\n全年完成。", "序号  名称\n1     东城\n2     西城\n", "\n".join(PROSE)]


@pytest.mark.parametrize("text", PRINTED + NOT_PRINTED)
def test_printed_frame_screen_passes_every_frame(text, monkeypatch):
    from pipeline import codeframes
    screened = codeframes._may_hold_printed_frame(text)
    found = codeframes._printed_regions(text)
    monkeypatch.setattr(codeframes, "_may_hold_printed_frame", lambda _: True)
    assert codeframes._printed_regions(text) == found       # the screen changes no reading
    assert bool(found) == (text in PRINTED)
    if found:
        assert screened
    assert screened == (text in PRINTED)                     # two lines of one cell more turn it away


COLUMNS = ["养老服务中心建成投用，　　新建学位二千四百个，\n全年服务老人三万人次。　　覆盖全区十二个街道。\n",
           "甲     乙\n\n   丙\u3000\u3000丁   \n\u3000\u3000首行缩进的段落。", "无间隔的一行。\n"]


@pytest.mark.parametrize("text", COLUMNS)
def test_column_gaps_of_the_text_are_those_of_its_lines(text):
    from pipeline.columns import _GAP, text_lines
    of_lines = [(line.start + m.start(), line.start + m.end()) for line in text_lines(text) for m in _GAP.finditer(line.text)]
    assert [m.span() for m in _GAP.finditer(text)] == of_lines


FIELDS = ["一、项目名称：社区医院建设\n二、建设内容：新建病房\n", "项目名称\t老旧小区改造\r\n资金：300万元", "没有字段的一行\n\n又一行",
          "项目名称 社区食堂\n  项目名称:  东城养老驿站  \n"]


@pytest.mark.parametrize("text", FIELDS)
def test_field_lines_are_every_line_a_field_may_stand_on(text):
    from extractors.categories import project_of_field
    from pipeline.structure import _FIELD_LINE, _unnumbered
    lines = text.split("\n")
    assert _FIELD_LINE.findall(text) == [line for line in lines if any(mark in line for mark in "：:\t")]
    named = [p for line in lines if (p := project_of_field(_unnumbered(line)))]
    assert [p for line in _FIELD_LINE.findall(text) if (p := project_of_field(_unnumbered(line)))] == named


# The phrase work of the indicator kept per phrase (ninth pass): each kept function must be a
# function of its text alone, so a second call, answered from the cache, equals a fresh one.
PHRASES = ["新增托位", "全市累计完成老旧小区改造", "基础养老金每人每月再提高", "社区食堂开了", "甲区　完成率",
           "家庭医生签约服务累计覆盖", "", "建成区级公园"]


@pytest.mark.parametrize("name", ["_clean", "_object_of", "_strip_end", "_without_trailing", "indicator_confidence"])
@pytest.mark.parametrize("phrase", PHRASES)
def test_kept_phrase_work_equals_a_fresh_reading(name, phrase):
    from extractors import indicators

    kept = getattr(indicators, name)
    if not phrase and name in ("_object_of", "_strip_end"):
        return                                   # asked only of a clause that holds something
    first, again = kept(phrase), kept(phrase)
    assert first == again == kept.__wrapped__(phrase)


CHECKBOX_LINES = ["☑ 停车泊位　计划2000个，完成2150个", "新建食堂30个 ✅", "- [x] 加装电梯 12部", "【推进中】 背街小巷改造 8条",
                  "图例：☑ 已完成　⏳ 推进中"]
PLAIN_LINES = ["一、新增学位2400个", "【托育服务】　年内新增托位500个", "[1] 见附件", "完成率98%"]


@pytest.mark.parametrize("line", CHECKBOX_LINES + PLAIN_LINES)
def test_checkbox_screen_passes_every_marked_line(line):
    from pipeline import structure

    spec = structure._checkbox()
    if structure._checkbox_lead(line) is not None or spec.legend.search(line):
        assert structure._may_hold_checkboxes(line)
    assert structure._may_hold_checkboxes(line) == (line in CHECKBOX_LINES)


@pytest.mark.parametrize("seed", range(4))
def test_word_pattern_finds_what_the_flat_alternation_finds(seed):
    """The tree of shared starts matches as the words in a flat alternation, longest first."""
    import random
    import re

    from extractors.tables import word_pattern

    rng = random.Random(seed)
    alphabet = "养老服务中心院站点.*"
    words = {"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 5))) for _ in range(rng.randint(1, 40))}
    if seed == 0:
        words |= {"养老", "养老服务", "养老服务中心", "养老院"}       # words that start other words
    flat = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    tree = word_pattern(words)
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert [m.span() for m in tree.finditer(text)] == [m.span() for m in flat.finditer(text)], (words, text)
        assert bool(tree.fullmatch(text)) == bool(flat.fullmatch(text))
        position = rng.randint(0, len(text))
        in_tree, in_flat = tree.match(text, position), flat.match(text, position)
        assert (in_tree and in_tree.span()) == (in_flat and in_flat.span())
    assert word_pattern(["养老", "养老服务中心"]).pattern == "养老(?:服务中心)?"
