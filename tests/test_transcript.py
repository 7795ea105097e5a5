"""Speech-recognition transcripts read as turns of running text (pipeline/transcript.py,
pipeline/dialogue.py): timestamps and tags are no words, pauses are commas except before
a figure, fillers never reach an indicator, and what a speaker last spoke of carries to
the figures of a follow-up. Made-up programmes in several ASR tools' styles."""
import pytest

from pipeline import extract
from pipeline.dialogue import ANSWERING, ASKING, turn_of
from pipeline.document import clean_view

#: a radio programme: `[hh:mm:ss]` then a role tag and a space, no punctuation
RADIO = ("某县电台 民生热线 语音转写稿\n\n"
         "[00:00:04] 主持人 各位听众大家好 今天请来了县人社局的李局长\n"
         "[00:00:12] 局长 嗯 就业这一块呢 今年要新增城镇就业 两千八百人 就是说 比去年多一些 去年呢我们实现了2千6百人 全年培训是 呃 5千3百人次\n"
         "[00:00:40] 主持人 那现在进度怎么样\n"
         "[00:00:43] 局长 截至6月底呢 已经完成了一千五百人 完成百分之五十三点六\n"
         "[00:00:58] 市民 喂 主持人好 我想问一下 那个 公益性岗位 一个月工资是多少\n"
         "[00:01:06] 局长 您好 公益性岗位呢每月补贴 一千八百块 全县现在 大概是 三百二十个岗位\n")

#: a meeting recording: `hh:mm:ss` after a numbered speaker, words on the next line
MEETING = ("街道工作例会录音转写\n"
           "说话人1 00:00:03\n嗯 今年我们街道 那个 新建了 12个助餐点\n"
           "说话人2 00:00:15\n那服务了多少人次呢\n"
           "说话人1 00:00:18\n全年 大概是 3万6千人次 然后 满意度是 百分之九十七\n")

#: a video interview: `mm:ss` and a tag with a colon
INTERVIEW = ("00:01 记者：今天请来了区教育局的王局长\n"
             "00:09 嘉宾：嗯 今年全区新增学位 两千四百个 呃 新建学校 3所\n"
             "00:21 记者：那个 托育这块呢\n"
             "00:25 嘉宾：托位 新增了 1千2百个左右 每个托位 补助 三千块\n")


def test_timestamps_go_tags_read_as_turns_and_pauses_as_commas():
    assert clean_view(INTERVIEW).text == ("记者：今天请来了区教育局的王局长\n"
                                          "嘉宾：今年全区新增学位两千四百个，新建学校3所\n"
                                          "记者：托育这块呢\n"
                                          "嘉宾：托位，新增了1千2百个左右，每个托位，补助三千块\n")


def test_a_tag_alone_on_its_line_opens_the_words_of_the_next():
    assert clean_view(MEETING).text == ("街道工作例会录音转写\n说话人1：\n今年我们街道，新建了12个助餐点\n"
                                        "说话人2：\n那服务了多少人次呢\n说话人1：\n全年，大概是3万6千人次，满意度是百分之九十七\n")


def test_a_topic_particle_closes_its_clause():
    view = clean_view(RADIO).text
    assert "就业这一块，今年要新增城镇就业两千八百人，比去年多一些，去年，我们实现了2千6百人" in view
    assert "公益性岗位，每月补贴一千八百块" in view


@pytest.mark.parametrize("text", [RADIO, MEETING, INTERVIEW])
def test_offsets_point_into_the_transcript(text):
    view = clean_view(text)
    for i, ch in enumerate(view.text):
        if ch not in "，：":        # a pause reads as a comma, a tag's space as a colon
            assert text[view.offsets.to_original(i)] == ch


@pytest.mark.parametrize("text", [
    "会议议程\n09:00 签到\n09:30 开幕式 全体人员\n10:00 分组讨论\n",            # a schedule's times
    "记者 刘某　通讯员 陈某\n今年新建驿站 12个。\n",                            # a byline
    "主持人：今天的话题是养老。\n嘉宾：今年新建 12个 驿站。\n",                    # two tagged lines only
])
def test_a_text_that_is_no_transcript_is_left_alone(text):
    assert clean_view(text).text == text


def test_speaker_tags_of_transcripts_open_turns():
    assert turn_of("主持人：那现在进度怎么样") == ASKING
    assert turn_of("听众：喂 局长好") == ASKING
    assert turn_of("局长：截至6月底") == ANSWERING
    assert turn_of("Speaker 2：全年服务3万人次") == ANSWERING
    assert turn_of("说话人1：\n今年我们街道") == ANSWERING
    assert turn_of("局长办公会议纪要") is None


def _records(text: str) -> dict:
    return {r.text: r for r in extract(text, doc_year=2025)}


def test_figures_of_a_radio_programme():
    records = _records(RADIO)
    assert records["2千6百人"].value == 2600 and records["5千3百人次"].value == 5300
    assert records["一千八百块"].unit == "元" and records["三百二十个"].qualifier == "approx"
    assert all(RADIO[r.start:r.end] == r.text for r in records.values())


def test_no_timestamp_tag_or_filler_enters_an_indicator():
    for text in (RADIO, MEETING, INTERVIEW):
        for r in _records(text).values():
            assert not any(word in (r.indicator or "") for word in ("00", "]", "主持人", "局长", "嘉宾", "嗯", "呃",
                                                                    "那个", "就是说", "然后", "呢"))


def test_last_year_governs_the_clauses_after_it_in_an_utterance():
    records = _records(RADIO)
    assert records["2千6百人"].year == 2024 and records["5千3百人次"].year == 2024
    assert records["两千八百人"].year == 2025


def test_a_follow_up_question_keeps_the_topic_last_spoken_of():
    records = _records(RADIO)
    assert records["两千八百人"].category == "就业创业"
    assert records["百分之五十三点六"].category == "就业创业"      # `那现在进度怎么样`, then a bare rate


@pytest.mark.parametrize("line,turn", [
    ("副镇长：今年全镇新建卫生室4个", ANSWERING),      # a deputy of an office the table names
    ("馆长 今年图书馆新增座位300个：", ANSWERING),
    ("理事长：我们协会", ANSWERING),
    ("副本：见附件", None),                             # 副 before no office
])
def test_offices_of_every_level_and_their_deputies_answer(line, turn):
    assert turn_of(line) == turn


def test_doubled_and_other_written_out_hesitations_are_no_words():
    text = ("00:02 主持人：诶 今天说说文化惠民\n"
            "00:07 副馆长：嗯哼 今年 那个那个 新建城市书房 6家 然后呢 送戏下乡 呃呃 120场\n"
            "00:19 主持人：好的 那读者满意吗\n")
    view = clean_view(text).text
    assert "副馆长：今年，新建城市书房6家，送戏下乡120场\n" in view
    for filler in ("诶", "嗯哼", "那个那个", "然后呢", "呃呃"):
        assert filler not in view
