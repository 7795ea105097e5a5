"""LaTeX sources (pipeline/latex.py): sectioning commands head their sections, table rows
read as tab-separated rows, escapes print their characters, commands are no text but the
printed arguments are. Made-up documents; offsets stay in the original."""
from pipeline.document import Document, clean_view
from pipeline.latex import latex_edits
from pipeline.run import analyse

CHAPTER = (
    "% 某县2031年民生实事评估 第2章\n"
    "\\documentclass[11pt]{ctexart}\n\\usepackage{booktabs}\n\\begin{document}\n"
    "\\section{推进情况}\n"
    "全年新建社区食堂\\textbf{34个}，完成率113.3\\%\\footnote{数据来源：县民政局。}。\n"
    "\\subsection*{托育}\n新增托位2\\,450个，覆盖~12个街道。\n"
    "\\begin{table}[h]\n\\centering\n\\caption{主要指标}\\label{tab:2-1}\n"
    "\\begin{tabularx}{\\textwidth}{lrr}\n\\toprule\n"
    "\\textbf{指标} & \\textbf{实际完成} & \\textbf{完成率（\\%）} \\\\\n\\midrule\n"
    "新建社区食堂（个） & 34 & 113.3 \\\\\n\\bottomrule\n\\end{tabularx}\n\\end{table}\n"
    "\\end{document}\n")


def view(text):
    return clean_view(text).text


def test_sections_read_as_headings_of_their_level():
    text = view(CHAPTER)
    assert "## 推进情况\n" in text
    assert "### 托育\n" in text


def test_table_rows_read_as_tab_separated_lines():
    text = view(CHAPTER)
    assert "指标\t实际完成\t完成率（%）\n新建社区食堂（个）\t34\t113.3\n" in text


def test_commands_are_no_text_and_printed_arguments_stay():
    text = view(CHAPTER)
    assert "食堂34个，" in text and "主要指标" in text
    for chrome in ("documentclass", "usepackage", "toprule", "centering", "tab:2-1", "[h]", "textwidth", "\\"):
        assert chrome not in text


def test_footnote_reads_in_brackets_after_its_text():
    assert "113.3%（数据来源：县民政局。）。" in view(CHAPTER)


def test_escapes_print_their_characters_and_thin_spaces_join_a_figure():
    found = {r.text: r for r in analyse(Document("t", CHAPTER), doc_year=2031)[0]}
    assert found["2\\,450个"].value == 2450
    assert found["113.3\\%"].unit == "%"
    for r in found.values():
        assert CHAPTER[r.start:r.end] == r.text


def test_comment_mark_is_no_text_but_the_comment_stays():
    text = view(CHAPTER)
    assert text.startswith("某县2031年民生实事评估")


def test_a_text_that_is_not_latex_is_left_alone():
    plain = "完成率达到98\\%，另有50%在建；费用~200元。\n"
    assert latex_edits(plain) == []
    assert latex_edits("# 标题\n\\textbf{12个}\n") == []


def test_ampersand_and_double_backslash_outside_a_table():
    text = view("\\section{概况}\n水电气热\\&通信，改造12个小区\\\\新增车位300个\n")
    assert "水电气热&通信，改造12个小区\n新增车位300个" in text


def test_longtable_with_booktabs_rules_and_cells_spanning_columns_or_rows():
    # a made-up longtable: nested braces in its column spec, a trimmed \cmidrule, cells
    # spanning columns and rows whose count and layout arguments print nothing
    text = ("\\documentclass{article}\n\\usepackage{booktabs,longtable,multirow}\n\\begin{document}\n"
            "\\section{进度}\n\\begin{longtable}{@{}lrr@{}}\n\\toprule\n"
            "\\multicolumn{3}{c}{表1 年度目标与完成} \\\\\n\\cmidrule(lr){2-3}\n"
            "\\multirow{2}{*}{项目} & \\multicolumn{2}{c|}{数量（个）} \\\\\n & 目标 & 完成 \\\\\n"
            "\\midrule\n\\endhead\n新建口袋公园 & 12 & 9 \\\\\n\\bottomrule\n\\end{longtable}\n\\end{document}\n")
    shown = view(text)
    assert "表1 年度目标与完成\n项目\t数量（个）\n\t目标\t完成\n新建口袋公园\t12\t9\n" in shown
    for chrome in ("@", "lrr", "(lr)", "2-3", "2*", "3c", "c|"):
        assert chrome not in shown
