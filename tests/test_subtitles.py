"""Subtitle files read as the narration they carry (pipeline/subtitles.py): cue numbers
and timing lines are no text, and a figure cut off into the next line or cue is read with
the words it counts."""
import pytest

from pipeline import extract
from pipeline.document import Document, clean_view

SRT = ("1\n00:00:00,000 --> 00:00:02,500\n某县新闻\n\n"
       "2\n00:00:02,500 --> 00:00:05,100\n今年，全县新建老年食堂\n31个\n\n"
       "3\n00:00:05,100 --> 00:00:08,000\n全年提供助餐服务\n\n"
       "4\n00:00:08,000 --> 00:00:10,000\n约18万人次\n\n"
       "5\n00:00:10,000 --> 00:00:13,000\n教育方面\n新增学位2600个\n")

VTT = ("WEBVTT\n\n00:00.000 --> 00:02.500 line:90%\n某县新闻\n\n"
       "intro\n00:02.500 --> 00:05.100\n全年提供助餐服务\n约18万人次\n")


def test_cue_numbers_and_timings_are_no_text():
    assert clean_view(SRT).text == ("某县新闻\n今年，全县新建老年食堂31个\n全年提供助餐服务约18万人次\n"
                                    "教育方面，新增学位2600个\n")


def test_a_webvtt_file_is_read_the_same_way():
    assert clean_view(VTT).text == "某县新闻\n全年提供助餐服务约18万人次\n"


def test_offsets_of_a_subtitle_view_point_into_the_file():
    view = clean_view(SRT)
    for i, ch in enumerate(view.text):
        if ch not in "，\n":          # a joint reads as a comma or a line break where a gap was
            assert SRT[view.offsets.to_original(i)] == ch


def test_figures_of_subtitles_are_read_with_their_words_across_cues():
    records = {r.text: r for r in extract(Document("t", SRT))}
    assert set(records) == {"31个", "18万人次", "2600个"}     # no cue number, no timing
    assert records["18万人次"].indicator == "助餐服务"
    assert records["2600个"].category == "常有优学"
    assert all(SRT[r.start:r.end] == r.text for r in records.values())


@pytest.mark.parametrize("text", [
    "会议于14:30召开。\n00:00:01,000 --> 00:00:02,000\n",                 # one timing line only
    "第一部分\n第二部分\n第三部分\n说明\n00:00:01,000 --> 00:00:02,000\n甲\n\n00:00:02,000 --> 00:00:03,000\n乙\n",
])
def test_a_text_that_is_not_a_subtitle_file_is_left_alone(text):
    assert clean_view(text).text == text


@pytest.mark.parametrize("name", ["news.srt", "news.VTT"])
def test_subtitle_files_load_as_text(tmp_path, name):
    from pipeline.loaders import load_path

    path = tmp_path / name
    path.write_bytes(SRT.encode("utf-8"))
    doc = load_path(path)
    assert doc.text == SRT and doc.doc_id == "news"
