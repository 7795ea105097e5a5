"""iCalendar exports (pipeline/icalendar.py): folded lines join, escapes read as their
characters, property names are chrome and other property lines no text, an event's
SUMMARY heads its description. Made-up calendars; offsets stay in the original."""
from pipeline.document import Document, clean_view
from pipeline.icalendar import icalendar_edits
from pipeline.run import analyse

CALENDAR = (
    "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//某县//日历 1.0//ZH\nX-WR-CALNAME:某县2031年民生实事\n"
    "BEGIN:VEVENT\nUID:ms-2031-07@example.org\nDTSTART;VALUE=DATE:20310601\n"
    "RRULE:FREQ=WEEKLY;COUNT=4\nSUMMARY:社区食堂集中开业\nLOCATION:城南街道（建设路88号）\n"
    "DESCRIPTION:今年新建社区食堂3\n 4个\\,日均供餐2100份\\;另有6个在建。\\n下一批\n\t将于秋季开业。\n"
    "STATUS:CONFIRMED\nEND:VEVENT\nEND:VCALENDAR\n")


def view(text):
    return clean_view(text).text


def test_a_fold_is_no_text_and_a_figure_split_by_it_reads_whole():
    found = {r.text: r for r in analyse(Document("t", CALENDAR), doc_year=2031)[0]}
    assert found["3\n 4个"].value == 34
    for r in found.values():
        assert CALENDAR[r.start:r.end] == r.text


def test_escapes_read_as_their_characters():
    assert "34个,日均供餐2100份;另有6个在建。\n下一批将于秋季开业。" in view(CALENDAR)


def test_summary_heads_the_description_and_property_names_are_chrome():
    text = view(CALENDAR)
    assert "## 社区食堂集中开业\n" in text
    assert text.index("## 社区食堂集中开业") < text.index("今年新建社区食堂")
    for chrome in ("DESCRIPTION", "LOCATION", "UID", "20310601", "FREQ", "CONFIRMED", "VEVENT", "PRODID"):
        assert chrome not in text
    assert "某县2031年民生实事\n" in text


def test_a_text_that_is_not_a_calendar_is_left_alone():
    assert icalendar_edits("SUMMARY:全年新增就业1200人\n 另有3\\,4个项目\n") == []


def test_crlf_lines_and_parameters_with_quoted_colons_are_chrome():
    # an Outlook-style export: CRLF line ends, a language parameter, a quoted ALTREP with a colon
    text = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a1@example.org\r\n"
            "SUMMARY;LANGUAGE=zh-CN:老旧小区加装电梯\r\n"
            'DESCRIPTION;LANGUAGE=zh-CN;ALTREP="cid:part1.0001@example.org":本年度计划加装电梯4\r\n'
            " 0部\\,已完工18部。\r\nCONTACT:街道城建办\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    shown = view(text)
    assert "本年度计划加装电梯40部,已完工18部。" in shown and "街道城建办" in shown
    for chrome in ("ALTREP", "cid:", "LANGUAGE", "zh-CN"):
        assert chrome not in shown
    found = {r.text: r for r in analyse(Document("t", text), doc_year=2032)[0]}
    assert found["4\r\n 0部"].value == 40 and found["18部"].value == 18
