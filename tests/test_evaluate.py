"""The scorer on small hand-made cases whose numbers are worked out by hand in the comments.

The documents are real sentences of corpus/004_a97c32f08c31be30.txt and
corpus/001_e48e72fc4dd62ba5.txt; gold and predictions are written here, never read
from gold/*.json.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from minsheng.cli import app
from evaluation.evaluate import (
    Pair, char_f1, error_lines, read_predictions, same_number, score, scoring_errors, sentence_around,
)
from evaluation.gold import GoldDoc, write_gold_file
from pipeline.record import Record
from evaluation.report import Mark, render_report, segments

# corpus/004, the “常有优学” paragraph
SCHOOLS = "持续扩大学位供给，启用学校4所，增加学位7000个，进一步提升优教配置。"
SAFETY = "聚焦校园安全，新增学校监控点600个、可视化通讯设备65个，公办中小学校防撞升降柱应装尽装，实现全区中小学出入口安全防护设施安装全覆盖。"
TEXT = SCHOOLS + "\n" + SAFETY
DOC = "900_schools"


def rec(span: str, value: float, unit: str, indicator: str, *, text: str = TEXT, doc_id: str = DOC,
        value_max: float | None = None, qualifier: str = "exact", year: int = 2024,
        category: str = "常有优学", sentence: str | None = None) -> Record:
    """A record on the first occurrence of `span` in `text`."""
    start = text.index(span)
    return Record(start=start, end=start + len(span), text=span, value=value, value_max=value_max,
                  unit=unit, qualifier=qualifier, year=year, category=category, indicator=indicator,
                  doc_id=doc_id, sentence=sentence)


def with_(record: Record, **changes) -> Record:
    data = record.to_dict() | changes
    return Record.from_dict(data)


def on_span(record: Record, span: str, text: str = TEXT) -> Record:
    """The same fields on another span of the text."""
    start = text.index(span)
    return with_(record, start=start, end=start + len(span), text=span)


SCHOOLS_4 = rec("4所", 4, "所", "学校")
PLACES_7000 = rec("7000个", 7000, "个", "学位")
CAMERAS_600 = rec("600个", 600, "个", "学校监控点", category="公共安全")
DEVICES_65 = rec("65个", 65, "个", "可视化通讯设备", category="公共安全")


# ------------------------------------------------------------------- matching

def test_a_prediction_over_two_gold_spans_matches_the_larger_overlap_only():
    # pred "600个、可视化通讯设备65个" overlaps "600个" by 4 characters and "65个" by 3:
    # it goes to "600个"; one-to-one, so "65个" is missed.
    wide = on_span(CAMERAS_600, "600个、可视化通讯设备65个")
    scores = score({DOC: [CAMERAS_600, DEVICES_65]}, {DOC: [wide]})
    doc = scores.docs[DOC]
    assert [(p.gold.text, p.pred.text) for p in doc.pairs] == [("600个", "600个、可视化通讯设备65个")]
    assert [g.text for g in doc.missed] == ["65个"]
    # detection P = 1/1, R = 1/2, F1 = 2·1·0.5/1.5 = 0.6667; spans differ, so strict = 0
    assert scores.micro["detection_p"] == 1.0
    assert scores.micro["detection_r"] == 0.5
    assert scores.micro["detection_f1"] == pytest.approx(2 / 3)
    assert scores.micro["strict_f1"] == 0.0


def test_largest_overlap_is_taken_first_even_if_it_leaves_a_gold_record_unmatched():
    # p_wide "0个、可视化通讯设备65个" overlaps "65个" by 3 and "600个" by 2 ("0个");
    # p_short "65" overlaps "65个" by 2. Largest first: ("65个", p_wide) = 3 is taken,
    # then ("600个", p_wide) and ("65个", p_short) find one side used: "600个" missed, p_short spurious.
    p_wide = on_span(DEVICES_65, "0个、可视化通讯设备65个")
    p_short = on_span(DEVICES_65, "65")
    doc = score({DOC: [CAMERAS_600, DEVICES_65]}, {DOC: [p_wide, p_short]}).docs[DOC]
    assert [(p.gold.text, p.pred.text) for p in doc.pairs] == [("65个", "0个、可视化通讯设备65个")]
    assert [g.text for g in doc.missed] == ["600个"]
    assert [p.text for p in doc.spurious] == ["65"]


def test_equal_overlaps_go_to_the_gold_record_whose_start_is_closer():
    # pred "所，增加学位7" overlaps "4所" by 1 ("所") and "7000个" by 1 ("7");
    # start distances: 1 to "4所", 6 to "7000个" → "4所".
    between = on_span(SCHOOLS_4, "所，增加学位7")
    doc = score({DOC: [PLACES_7000, SCHOOLS_4]}, {DOC: [between]}).docs[DOC]
    assert [p.gold.text for p in doc.pairs] == ["4所"]
    assert [g.text for g in doc.missed] == ["7000个"]


def test_strict_span_counts_only_identical_offsets():
    # "4所" predicted exactly, "7000个" predicted as "7000" (unit left out):
    # detection 2/2 both ways → F1 1; strict 1 of 2 → P = R = F1 = 0.5
    short = on_span(PLACES_7000, "7000")
    micro = score({DOC: [SCHOOLS_4, PLACES_7000]}, {DOC: [SCHOOLS_4, short]}).micro
    assert micro["detection_f1"] == 1.0
    assert (micro["strict_p"], micro["strict_r"], micro["strict_f1"]) == (0.5, 0.5, 0.5)


# --------------------------------------------------------------------- fields

# Four gold records; five predictions, one wrong in each way below, the fifth a duplicate.
FIELD_CASE_GOLD = [SCHOOLS_4, PLACES_7000, CAMERAS_600, DEVICES_65]
FIELD_CASE_PRED = [
    with_(SCHOOLS_4, unit="个", category="常有安居"),                         # unit ✗, category ✗
    with_(PLACES_7000, value=7000.001, qualifier="approx", category="常有安居"),  # 1.4e-7 relative: value ✓; qualifier ✗, category ✗
    with_(CAMERAS_600, qualifier="at_least"),                                  # qualifier ✗ only: still a correct record
    with_(DEVICES_65, value=56, indicator="通讯设备", category="常有安居"),        # value ✗, category ✗, indicator 8/11
    with_(on_span(PLACES_7000, "7000"), category="常有优学",                   # overlaps "7000个" by 4 < 5: spurious
          sentence="增加学位7000个，进一步提升优教配置。"),
]


def test_each_field_is_scored_on_matched_pairs_and_end_to_end():
    micro = score({DOC: FIELD_CASE_GOLD}, {DOC: FIELD_CASE_PRED}).micro
    # n_gold 4, n_pred 5, 4 pairs. With TP right pairs: acc = TP/4, P = TP/5, R = TP/4, F1 = 2·TP/9.
    assert (micro["n_gold"], micro["n_pred"], micro["n_matched"]) == (4, 5, 4)
    # detection TP 4: P 0.8, R 1, F1 8/9; all four pairs have identical spans, so strict is the same
    assert (micro["detection_p"], micro["detection_r"]) == (0.8, 1.0)
    assert micro["detection_f1"] == pytest.approx(8 / 9)
    assert micro["strict_f1"] == pytest.approx(8 / 9)
    expected_right = {"value": 3, "unit": 3, "qualifier": 2, "year": 4, "category": 1}
    for name, right in expected_right.items():
        assert micro[f"{name}_acc"] == pytest.approx(right / 4), name
        assert micro[f"{name}_p"] == pytest.approx(right / 5), name
        assert micro[f"{name}_r"] == pytest.approx(right / 4), name
        assert micro[f"{name}_f1"] == pytest.approx(2 * right / 9), name
    # indicator: 1 + 1 + 1 + char-F1("可视化通讯设备", "通讯设备") = 3 + 8/11 = 41/11
    # (common 4 chars: P 4/4, R 4/7, F1 = 2·(4/7)/(11/7) = 8/11)
    # acc = 41/44 = 0.9318, P = 41/55 = 0.7455, R = 41/44, F1 = 2·(41/11)/9 = 82/99 = 0.8283
    assert micro["indicator_acc"] == pytest.approx(41 / 44)
    assert micro["indicator_p"] == pytest.approx(41 / 55)
    assert micro["indicator_f1"] == pytest.approx(82 / 99)
    # record: only the "600个" pair (qualifier does not count) → P 1/5, R 1/4, F1 2/9
    assert (micro["record_p"], micro["record_r"]) == (0.2, 0.25)
    assert micro["record_f1"] == pytest.approx(2 / 9)


def test_per_category_groups_gold_by_gold_and_predictions_by_predicted_category():
    scores = score({DOC: FIELD_CASE_GOLD}, {DOC: FIELD_CASE_PRED})
    # gold: 常有优学 2 ("4所", "7000个"), 公共安全 2; predicted: 常有安居 3 (pairs 1, 2, 4),
    # 常有优学 1 (the spurious "7000"), 公共安全 1 (the "600个" pair)
    learn, housing, safety = (scores.per_category[c] for c in ("常有优学", "常有安居", "公共安全"))
    # 常有优学: no matched prediction is 常有优学 → P 0/1; both its gold records are matched → R 2/2; F1 0
    assert (learn["n_gold"], learn["n_pred"], learn["detection_p"], learn["detection_r"]) == (2, 1, 0.0, 1.0)
    assert learn["detection_f1"] == 0.0
    # 常有安居: 3 predictions all matched → P 1; no gold → R 0, F1 0
    assert (housing["n_gold"], housing["n_pred"], housing["detection_p"], housing["detection_r"]) == (0, 3, 1.0, 0.0)
    # 公共安全: "600个" matched both ways → P 1/1; gold 2, matched 2 → R 1; record: only "600个" → P 1/1, R 1/2
    assert (safety["detection_p"], safety["detection_r"]) == (1.0, 1.0)
    assert (safety["record_p"], safety["record_r"]) == (1.0, 0.5)
    assert safety["record_f1"] == pytest.approx(2 / 3)
    assert list(scores.per_category) == ["常有优学", "常有安居", "公共安全"]   # the category table's order
    # confusion on matched pairs: 常有优学 → 常有安居 twice; 公共安全 → 公共安全 once, → 常有安居 once
    assert scores.confusion == {"常有优学": {"常有安居": 2}, "公共安全": {"常有安居": 1, "公共安全": 1}}


def test_value_is_equal_within_one_millionth_relative_and_value_max_must_agree():
    assert same_number(27000, 27000.02)        # 0.02 / 27000 = 7.4e-7 ≤ 1e-6
    assert not same_number(27000, 27000.03)    # 0.03 / 27000 = 1.1e-6 > 1e-6
    assert not same_number(0, 1e-9)            # relative to a gold 0 only 0 is equal
    assert same_number(None, None)
    assert not same_number(20, None)
    gold = rec("7000个", 10, "个", "学位", value_max=20)   # offsets are irrelevant here: a range 10~20
    credit = {label: Pair.of(gold, with_(gold, **pred)).credit["value"] for label, pred in {
        "same range": {"value_max": 20.00001},          # 1e-5 / 20 = 5e-7
        "no upper end": {"value_max": None},
        "upper end off": {"value_max": 21},
    }.items()}
    assert credit == {"same range": 1.0, "no upper end": 0.0, "upper end off": 0.0}
    # a wrong value_max makes the record wrong too: value is one of its key fields
    assert not Pair.of(gold, with_(gold, value_max=None)).record_correct


def test_indicator_char_f1_is_squad_overlap_on_a_bag_of_characters():
    assert char_f1("幼儿园学位", "学位") == pytest.approx(4 / 7)   # common 2: P 2/2, R 2/5 → 0.8/1.4
    assert char_f1("老年", "老老老") == pytest.approx(0.4)       # common min(1, 3) = 1: P 1/3, R 1/2 → (1/3)/(5/6)
    assert char_f1("托育机构", "托育机构") == 1.0
    assert char_f1("托育机构", "学位") == 0.0
    assert char_f1("", "") == 1.0
    assert char_f1("托育机构", "") == 0.0
    assert char_f1("", "托育机构") == 0.0


# ------------------------------------------------------------------ averaging

def test_micro_average_pools_counts_while_per_document_rows_stay_apart():
    doc_a, doc_b = "901_a", "902_b"
    gold_a = [rec("4所", 4, "所", "学校", text=SCHOOLS, doc_id=doc_a),
              rec("7000个", 7000, "个", "学位", text=SCHOOLS, doc_id=doc_a)]
    gold_b = [rec("600个", 600, "个", "学校监控点", text=SAFETY, doc_id=doc_b),
              rec("65个", 65, "个", "可视化通讯设备", text=SAFETY, doc_id=doc_b)]
    scores = score({doc_a: gold_a, doc_b: gold_b}, {doc_a: gold_a, doc_b: gold_b[:1]})
    # A: 2/2 found → F1 1. B: 1 of 2 → P 1, R 0.5, F1 2/3.
    assert scores.per_doc[doc_a]["detection_f1"] == 1.0
    assert scores.per_doc[doc_b]["detection_f1"] == pytest.approx(2 / 3)
    # micro: TP 3, n_pred 3, n_gold 4 → P 1, R 0.75, F1 1.5/1.75 = 6/7 (the mean of the rows would be 5/6)
    assert scores.micro["detection_r"] == 0.75
    assert scores.micro["detection_f1"] == pytest.approx(6 / 7)


def test_a_document_without_predictions_is_all_missed(tmp_path: Path):
    empty = tmp_path / "records.jsonl"
    empty.write_text("\n", encoding="utf-8")
    predictions = read_predictions(empty)
    assert predictions == {}
    scores = score({DOC: FIELD_CASE_GOLD}, predictions)
    assert (scores.micro["n_gold"], scores.micro["n_pred"], scores.micro["n_matched"]) == (4, 0, 0)
    assert (scores.micro["detection_p"], scores.micro["detection_r"], scores.micro["detection_f1"]) == (0.0, 0.0, 0.0)
    assert len(scores.docs[DOC].missed) == 4


def test_predictions_for_a_document_without_gold_are_not_scored():
    stray = with_(SCHOOLS_4, doc_id="999_no_gold")
    scores = score({DOC: [SCHOOLS_4]}, {DOC: [SCHOOLS_4], "999_no_gold": [stray]})
    assert scores.unscored == ["999_no_gold"]
    assert list(scores.per_doc) == [DOC]
    assert (scores.micro["n_pred"], scores.micro["detection_p"]) == (1, 1.0)


# ------------------------------------------------------------------ sentences

def test_sentence_is_cut_at_chinese_sentence_ends_and_line_breaks():
    # corpus/001, a task-table cell
    cell = "\t“常有善育”工程\n\t幼儿园新增普惠托班数176个、新增托位数3400个。新增省优质幼儿园9所。\n\t徐华勤"
    nine = cell.index("9所")
    assert sentence_around(cell, nine, nine + 2) == "新增省优质幼儿园9所。"
    first = cell.index("176个")
    assert sentence_around(cell, first, first + 4) == "幼儿园新增普惠托班数176个、新增托位数3400个。"


def test_error_listing_shows_both_spans_of_a_pair_whose_offsets_differ():
    short = on_span(PLACES_7000, "7000")
    groups = scoring_errors(score({DOC: [PLACES_7000]}, {DOC: [short]}))
    assert {kind: len(errors) for kind, errors in groups.items() if errors} == {"span": 1}
    start = TEXT.index("7000")
    assert error_lines(groups["span"][0], TEXT) == [
        f"  {DOC}  [{start}:{start + 5}] '7000个'  gold span ≠ pred span [{start}:{start + 4}] '7000'",
        f"      in: {SCHOOLS}",
    ]


# ---------------------------------------------------------------------- report

def test_report_segments_overlapping_marks_at_every_boundary():
    text = "增加学位7000个，"
    wide = Mark("a", 4, 9, "match", None, None)       # "7000个"
    short = Mark("b", 4, 8, "spurious", None, None)   # "7000"
    pieces = segments(text, [wide, short])
    assert [(s.text, s.keys) for s in pieces] == [("增加学位", ""), ("7000", "a b"), ("个", "a"), ("，", "")]
    assert pieces[1].outcome == "spurious"   # the worse outcome colours a shared stretch


def test_report_escapes_document_and_record_text():
    text = "新增<script>alert(1)</script>托位3400个。"
    gold = rec("3400个", 3400, "个", "托位<b>", text=text)
    html = render_report(score({DOC: [gold]}, {}), {DOC: text})
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "托位&lt;b&gt;" in html
    assert 'class="missed" data-cards="d0-0">3400个</mark>' in html


# ------------------------------------------------------------------------ CLI

def write_case(tmp_path: Path) -> dict[str, Path]:
    corpus, gold_dir = tmp_path / "corpus", tmp_path / "gold"
    corpus.mkdir()
    gold_dir.mkdir()
    (corpus / f"{DOC}.txt").write_text(TEXT, encoding="utf-8")
    write_gold_file(GoldDoc(DOC, 2024, FIELD_CASE_GOLD), gold_dir / f"{DOC}.json")
    stray = with_(SCHOOLS_4, doc_id="999_no_gold")
    lines = [json.dumps(r.to_dict(), ensure_ascii=False) for r in [*FIELD_CASE_PRED, stray]]
    pred = tmp_path / "records.jsonl"
    pred.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {"corpus": corpus, "gold": gold_dir, "pred": pred, "json": tmp_path / "scores.json",
            "report": tmp_path / "report.html"}


def squash(text: str) -> str:
    """Without whitespace: the CLI's stderr console wraps long lines at 80 columns."""
    return "".join(text.split())


def run(*args: object):
    return CliRunner().invoke(app, ["evaluate", *map(str, args)])


def test_cli_writes_the_numbers_as_json_and_lists_every_error(tmp_path: Path):
    case = write_case(tmp_path)
    result = run("--gold", case["gold"], "--pred", case["pred"], "--corpus", case["corpus"],
                 "--json", case["json"], "--errors", "--report", case["report"])
    assert result.exit_code == 0, result.output
    numbers = json.loads(case["json"].read_text(encoding="utf-8"))
    assert set(numbers) == {"micro", "per_doc", "per_category", "confusion"}
    # the same case as test_each_field_is_scored_on_matched_pairs_and_end_to_end
    assert numbers["micro"]["record_f1"] == pytest.approx(2 / 9)
    assert numbers["micro"]["indicator_f1"] == pytest.approx(82 / 99)
    assert numbers["per_doc"][DOC]["category_acc"] == 0.25
    assert numbers["confusion"]["公共安全"] == {"常有安居": 1, "公共安全": 1}
    assert "999_no_gold" in result.stderr and "not scored" in result.stderr

    listing = result.stdout[result.stdout.index("\nmissed"):]
    headers = [line for line in listing.splitlines() if line and not line.startswith(" ")]
    assert headers == ["missed (0)", "spurious (1)", "value (1)", "unit (1)", "qualifier (2)",
                       "year (0)", "category (3)", "indicator (1)", "span (0)"]
    schools = TEXT.index("4所")
    # a field error: gold vs predicted, and the sentence cut from the document at 。
    assert (f"  {DOC}  [{schools}:{schools + 2}] '4所'  gold '所' ≠ pred '个'\n"
            f"      in: {SCHOOLS}") in listing
    # the spurious prediction brings its own sentence
    places = TEXT.index("7000")
    assert f"[{places}:{places + 4}] '7000'  pred: value=7000 unit=个" in listing
    assert "      in: 增加学位7000个，进一步提升优教配置。" in listing
    assert "gold '可视化通讯设备' ≠ pred '通讯设备'" in listing
    assert case["report"].read_text(encoding="utf-8").count('<section id="') == 1


@pytest.mark.parametrize(("content", "message"), [
    ('{"doc_id": "900_schools"', "records.jsonl:1: not a JSON object"),
    ('{"doc_id": "900_schools", "start": 1, "end": 2}', "records.jsonl:1: missing fields ['text', 'value'"),
    ("[1, 2]", "records.jsonl:1: not a JSON object"),
])
def test_cli_names_the_file_and_line_of_a_bad_prediction(tmp_path: Path, content: str, message: str):
    case = write_case(tmp_path)
    case["pred"].write_text(content + "\n", encoding="utf-8")
    result = run("--gold", case["gold"], "--pred", case["pred"], "--corpus", case["corpus"])
    assert result.exit_code == 2
    assert squash(message) in squash(result.stderr)


def test_cli_reports_a_missing_prediction_file_and_an_empty_gold_folder(tmp_path: Path):
    case = write_case(tmp_path)
    missing = run("--gold", case["gold"], "--pred", tmp_path / "nope.jsonl")
    assert missing.exit_code == 2
    assert squash("nope.jsonl: cannot read predictions: No such file or directory") in squash(missing.stderr)
    empty_gold = tmp_path / "empty"
    empty_gold.mkdir()
    no_gold = run("--gold", empty_gold, "--pred", case["pred"])
    assert no_gold.exit_code == 2 and squash(f"{empty_gold}: no gold files (*.json)") in squash(no_gold.stderr)


# ------------------------------------------------------------------------ stance

def test_stance_accuracy_counts_only_gold_that_labels_stance():
    gold = [with_(rec("4所", 4, "所", "学校"), stance="target"),
            with_(rec("7000个", 7000, "个", "学位"), stance="target"),
            rec("600个", 600, "个", "学校监控点")]                      # no stance label
    pred = [with_(gold[0], stance="target"), with_(gold[1], stance="achieved"), with_(gold[2], stance="stock"),
            with_(rec("65个", 65, "个", "可视化通讯设备"), stance="target")]   # spurious
    micro = score({DOC: gold}, {DOC: pred}).micro
    # 2 labelled and matched, 1 right: accuracy 1/2; end to end P 1/4 (every prediction
    # of the document), R 1/2 (labelled gold)
    assert micro["stance_acc"] == 0.5
    assert (micro["stance_p"], micro["stance_r"]) == (0.25, 0.5)
    assert micro["stance_f1"] == pytest.approx(1 / 3)


def test_stance_metrics_are_none_without_labels():
    gold = [rec("4所", 4, "所", "学校")]
    assert score({DOC: gold}, {DOC: gold}).micro["stance_acc"] is None


# ------------------------------------------------------------------------- links

def _link(t: tuple, r: tuple) -> dict:
    return {"target": dict(zip(("doc_id", "start", "end", "text"), t)),
            "result": dict(zip(("doc_id", "start", "end", "text"), r))}


def test_links_precision_and_recall_by_span_overlap(tmp_path: Path):
    from evaluation.links import read_gold_links, read_ledger_links, score_links

    gold = {"pairs": [_link(("p", 10, 14, "32个"), ("r", 50, 54, "32个")),
                      _link(("p", 20, 24, "300张"), ("r", 60, 64, "312张"))],
            "target_docs": ["p"], "result_docs": ["r"]}
    (tmp_path / "links.json").write_text(json.dumps(gold), encoding="utf-8")
    rows = [{"target": {"doc_id": "p", "start": 10, "end": 13}, "result": {"doc_id": "r", "start": 51, "end": 54},
             "other_results": []},                                               # right (spans overlap)
            {"target": {"doc_id": "p", "start": 20, "end": 24}, "result": {"doc_id": "r", "start": 90, "end": 94},
             "other_results": [{"doc_id": "x", "start": 1, "end": 2}]},         # wrong; x is not scored
            {"target": {"doc_id": "p", "start": 30, "end": 34}, "result": None}]
    (tmp_path / "ledger.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    pairs, targets, results = read_gold_links(tmp_path / "links.json")
    scores = score_links(pairs, read_ledger_links(tmp_path / "ledger.jsonl"), targets, results)
    assert (scores.n_gold, scores.n_pred, scores.n_correct) == (2, 2, 1)
    assert (scores.metrics()["link_p"], scores.metrics()["link_r"]) == (0.5, 0.5)
    result = CliRunner().invoke(app, ["evaluate", "--links", str(tmp_path / "links.json"),
                                      "--pred-ledger", str(tmp_path / "ledger.jsonl")])
    assert result.exit_code == 0 and "P 0.500  R 0.500" in result.output
    # --json holds the numbers and the links that went wrong, by span
    result = CliRunner().invoke(app, ["evaluate", "--links", str(tmp_path / "links.json"),
                                      "--pred-ledger", str(tmp_path / "ledger.jsonl"),
                                      "--json", str(tmp_path / "links_scores.json")])
    saved = json.loads((tmp_path / "links_scores.json").read_text(encoding="utf-8"))
    assert result.exit_code == 0 and (saved["n_correct"], saved["link_f1"]) == (1, 0.5)
    assert saved["missed"] == [{"target": {"doc_id": "p", "start": 20, "end": 24},
                                "result": {"doc_id": "r", "start": 60, "end": 64}}]
    assert saved["spurious"] == [{"target": {"doc_id": "p", "start": 20, "end": 24},
                                  "result": {"doc_id": "r", "start": 90, "end": 94}}]
