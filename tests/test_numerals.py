"""extractors.numerals: one case per normalisation rule, spans in corpus sentences, round trips."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from extractors.numerals import TABLE_PATH, NUMERAL_PATTERN, NumeralTableError, load_table, parse_number

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
NUMERAL = regex.compile(NUMERAL_PATTERN)

# (text, value): every rule with the case that shows it, in the order of the module docstring.
PARSE_CASES = [
    # Arabic
    pytest.param("3400", 3400, id="arabic integer"),
    pytest.param("0.08", 0.08, id="arabic decimal"),
    pytest.param("1,234.5", 1234.5, id="thousands separator with decimal"),
    pytest.param("12,000", 12000, id="thousands separator"),
    pytest.param("1,234,567", 1234567, id="several thousands separators"),
    pytest.param("１２３", 123, id="full-width digits"),
    pytest.param("２．５", 2.5, id="full-width decimal point"),
    pytest.param(" 12 ", 12, id="surrounding whitespace is dropped"),
    # Chinese positional
    pytest.param("五", 5, id="one digit"),
    pytest.param("两", 2, id="两 alone"),
    pytest.param("十二", 12, id="leading 十 means 一十"),
    pytest.param("一十二", 12, id="一十 written out"),
    pytest.param("二十", 20, id="tens"),
    pytest.param("一百零五", 105, id="零 fills skipped places"),
    pytest.param("一千零五十", 1050, id="零 before a unit's coefficient"),
    pytest.param("一千五百", 1500, id="thousands and hundreds"),
    pytest.param("十万", 100000, id="unit before magnitude"),
    pytest.param("三十万零五百", 300500, id="零 across a magnitude"),
    pytest.param("二十三万", 230000, id="group of units before magnitude"),
    pytest.param("三亿五千万", 350000000, id="smaller magnitude after larger adds"),
    pytest.param("一亿零一万", 100010000, id="零 between magnitudes"),
    pytest.param("三万五千亿", 3.5e12, id="larger magnitude after smaller multiplies all"),
    pytest.param("一万亿", 1e12, id="万亿"),
    pytest.param("两万", 20000, id="两 before magnitude"),
    pytest.param("两千", 2000, id="两 before unit"),
    pytest.param("十", 10, id="bare 十"),
    pytest.param("百", 100, id="bare 百 means one hundred"),
    pytest.param("千万", 10000000, id="bare unit then magnitude"),
    # abbreviated trailing digit: the next place down
    pytest.param("一百五", 150, id="一百五 is 150"),
    pytest.param("三千五", 3500, id="三千五 is 3500"),
    pytest.param("一万五", 15000, id="一万五 is 15000"),
    pytest.param("一亿五万", 100050000, id="digit before a magnitude is not abbreviated"),
    # financial and traditional
    pytest.param("壹仟贰佰", 1200, id="financial digits and units"),
    pytest.param("叁萬", 30000, id="traditional 萬"),
    pytest.param("伍億", 500000000, id="traditional 億"),
    pytest.param("陸拾", 60, id="traditional 陸 with financial 拾"),
    # digit by digit
    pytest.param("二〇二三", 2023, id="digit by digit with 〇"),
    pytest.param("一九九八", 1998, id="digit by digit"),
    pytest.param("零", 0, id="零 alone"),
    # mixed Arabic and Chinese
    pytest.param("5万4千6百", 54600, id="Arabic coefficients of Chinese units"),
    pytest.param("2.11万", 21100, id="Arabic decimal times 万, exact"),
    pytest.param("1.2万亿", 1.2e12, id="Arabic decimal times 万亿"),
    pytest.param("3.5亿", 350000000, id="Arabic decimal times 亿"),
    pytest.param("1700万", 17000000, id="Arabic integer times 万"),
    pytest.param("3亿1700万", 317000000, id="Arabic groups of two magnitudes"),
    pytest.param("3.2만", 32000, id="Korean magnitude 만"),
    pytest.param("1.5억", 150000000, id="Korean magnitude 억"),
    pytest.param("1.5千", 1500, id="Arabic decimal coefficient of a unit"),
    # decimal point 点
    pytest.param("三点五", 3.5, id="点 decimal"),
    pytest.param("三点一四", 3.14, id="点 decimal, digits one by one"),
    pytest.param("零点五", 0.5, id="零点"),
    pytest.param("三十五点五万", 355000, id="positional, 点, magnitude"),
    # negatives
    pytest.param("负3.5", -3.5, id="负 before Arabic"),
    pytest.param("-3", -3, id="minus sign"),
    pytest.param("负五", -5, id="负 before Chinese"),
    # spaces inside a numeral (issue 10), where the reading stays one
    pytest.param("7万 5千 4百", 75400, id="space after a magnitude before a digit with its place"),
    pytest.param("一百 五 十 二", 152, id="spaces between every part, ones after 十"),
    pytest.param("1000  万", 10_000_000, id="spaces before a magnitude"),
    pytest.param("三千 八百 九十六 万", 38_960_000, id="spaced groups before a magnitude"),
    pytest.param("12\u3000万", 120000, id="ideographic space"),
    pytest.param("28 600", 28600, id="a space groups thousands"),
    pytest.param("12 345 678", 12_345_678, id="spaces group thousands twice"),
    # approximators before a magnitude: the round number
    pytest.param("500余万", 5_000_000, id="余 before 万"),
    pytest.param("五百 余万", 5_000_000, id="spaced 余 before 万"),
    pytest.param("十多万", 100000, id="多 before 万"),
    pytest.param("一千多万", 10_000_000, id="多 after a unit before 万"),
    pytest.param("十 余 万", 100000, id="spaces around 余"),
    pytest.param("十来万", 100000, id="来 before 万"),
    # Arabic and Chinese mixed after a place
    pytest.param("3万4000", 34000, id="Arabic group after a magnitude"),
    pytest.param("5万300", 50300, id="Arabic group after a magnitude, below it"),
    pytest.param("1千零1", 1001, id="Arabic after 零"),
    pytest.param("2千零30万", 20_300_000, id="Arabic after 零, then a magnitude"),
    # 零 before a ten: 十 drops its 一 after 零 too
    pytest.param("一万零十二", 10012, id="零十 inside"),
    pytest.param("一百零一万零三千零十二", 1_013_012, id="零 three times, 零十 at the end"),
    pytest.param("零十", 10, id="leading 零 before 十"),
    # a decimal point after a magnitude
    pytest.param("两千万点五五四四", 20_000_000.5544, id="点 after 万"),
    pytest.param("四百 点 五", 400.5, id="spaces around 点"),
    pytest.param("7 . 25", 7.25, id="spaces around an Arabic point (OCR text)"),
    pytest.param("6 . 1 万", 61000, id="spaced Arabic point before a spaced magnitude"),
    pytest.param("一万点五", 10000.5, id="点 after a magnitude"),
    # traditional characters
    pytest.param("一萬", 10000, id="萬"),
    pytest.param("三億", 300_000_000, id="億"),
    pytest.param("負五", -5, id="負"),
    pytest.param("兩千", 2000, id="兩"),
    pytest.param("倆", 2, id="倆 alone"),
    pytest.param("俩万", 20000, id="俩 before a magnitude"),
    pytest.param("三點五", 3.5, id="點"),
    pytest.param("壹百", 100, id="壹百"),
    pytest.param("貳", 2, id="貳"),
    # stacked magnitudes, 半
    pytest.param("四万万", 400_000_000, id="万万 stacked"),
    pytest.param("10万万", 1_000_000_000, id="Arabic before stacked 万万"),
    pytest.param("半百", 50, id="半 before a unit"),
    pytest.param("半", 0.5, id="半 alone"),
    # Arabic forms
    pytest.param(".5", 0.5, id="leading point"),
    pytest.param("-.5", -0.5, id="minus and leading point"),
    pytest.param(".23456000", 0.23456, id="leading point, trailing zeros"),
    pytest.param("-3/2", -1.5, id="slash fraction, negative"),
    # fractions
    pytest.param("三分之一", 1 / 3, id="分之: denominator first"),
    pytest.param("3分之1", 1 / 3, id="分之 with Arabic"),
    pytest.param("二又三分之一", 7 / 3, id="又: a whole number and a fraction"),
    pytest.param("负三分之二", -2 / 3, id="负 before a fraction"),
    pytest.param("百分之八十", 0.8, id="百分之 is a fraction (the quantity finder reads it as %)"),
    # not a whole numeral
    pytest.param("", None, id="empty"),
    pytest.param("万", None, id="magnitude alone"),
    pytest.param("万万", None, id="magnitude with no coefficient"),
    pytest.param("一万三千万", None, id="repeated magnitude with a group between"),
    pytest.param("几十", None, id="vague 几"),
    pytest.param("数百", None, id="vague 数"),
    pytest.param("一批", None, id="word after numeral"),
    pytest.param("3个", None, id="unit attached"),
    pytest.param("1.78万余", None, id="qualifier attached"),
    pytest.param("abc", None, id="letters"),
    pytest.param("1..2", None, id="two decimal points"),
    pytest.param("1,23", None, id="separator not before three digits"),
    pytest.param("1,2345", None, id="separator before four digits"),
    pytest.param("十十", None, id="unit repeated"),
    pytest.param("一百一千", None, id="units rising"),
    pytest.param("一百十", None, id="bare unit inside a group"),
    pytest.param("十两", None, id="两 as a final digit"),
    pytest.param("两两", None, id="两 read one by one"),
    pytest.param("十四五", None, id="two digits with no unit between"),
    pytest.param("一百零", None, id="trailing 零"),
    pytest.param("一千零零五", None, id="doubled 零"),
    pytest.param("12百", None, id="unit coefficient above nine"),
    pytest.param("二十13", None, id="several digits that do not fit below the unit"),
    pytest.param("3万40000", None, id="Arabic group not below the magnitude"),
    pytest.param("3五", None, id="Arabic then Chinese digit"),
    pytest.param("3点5", None, id="点 between Arabic digits"),
    pytest.param("三点", None, id="点 with no digits after"),
    pytest.param("一万点五万", None, id="magnitude before 点 and after"),
    pytest.param("--3", None, id="two signs"),
    pytest.param("负", None, id="sign alone"),
    # ... the negatives of the forms of issue 10
    pytest.param("2023 2024", None, id="a space between two numbers"),
    pytest.param("一 二 三", None, id="spaced Chinese digits are no digit-by-digit number"),
    pytest.param("5万 3", None, id="no abbreviation across a space"),
    pytest.param("一百 五", None, id="no abbreviation after 百 across a space"),
    pytest.param("3万 4000", None, id="no Arabic group across a space"),
    pytest.param("5万 3万", None, id="two spaced numbers with magnitudes"),
    pytest.param("1000\t万", None, id="a tab separates cells"),
    pytest.param("28  600", None, id="two spaces do not group thousands"),
    pytest.param("十多", None, id="approximator at the end"),
    pytest.param("500余", None, id="approximator with no magnitude after"),
    pytest.param("多万", None, id="approximator first"),
    pytest.param("一千零百", None, id="only 十 drops its 一 after 零"),
    pytest.param("零零十", None, id="doubled leading 零"),
    pytest.param("三点一 四", None, id="a space inside the decimal digits"),
    pytest.param("7. 25", None, id="a space after an Arabic point only"),
    pytest.param("7 .25", None, id="a space before an Arabic point only"),
    pytest.param("萬", None, id="traditional magnitude alone"),
    pytest.param("十半", None, id="半 as a final digit"),
    pytest.param(".", None, id="point alone"),
    pytest.param("-.", None, id="sign and point"),
    pytest.param("3/0", None, id="zero denominator"),
    pytest.param("零分之三", None, id="zero denominator in 分之"),
    pytest.param("3//2", None, id="two slashes"),
    pytest.param("三分之", None, id="分之 with no numerator"),
    pytest.param("分之一", None, id="分之 with no denominator"),
    pytest.param("二又三", None, id="又 with no fraction after"),
    pytest.param("二又三分之一又", None, id="又 twice"),
]


@pytest.mark.parametrize(("text", "expected"), PARSE_CASES)
def test_parse_number(text: str, expected: float | None) -> None:
    assert parse_number(text) == expected


# (sentence from corpus/, spans NUMERAL_PATTERN finds, their values)
SENTENCE_CASES = [
    pytest.param("幼儿园新增普惠托班数176个、新增托位数3400个", ["176", "3400"], [176, 3400], id="数 before Arabic"),
    pytest.param("托位数2.11万个", ["2.11万"], [21100], id="decimal with 万, unit outside"),
    pytest.param("开展两轮全覆盖中小学生视力筛查", ["两"], [2], id="两 as a count"),
    pytest.param("受众达150万人次", ["150万"], [1500000], id="万 before 人次"),
    pytest.param("日均供餐1.78万余份", ["1.78万"], [17800], id="余 outside the span"),
    pytest.param("减轻企业负担近1700万元", ["1700万"], [17000000], id="负担 is no sign"),
    pytest.param("人均生活消费支出的30%-40%调整", ["30", "40"], [30, 40], id="range dash is no minus"),
    pytest.param("引进高水平人才10—20人", ["10", "20"], [10, 20], id="em dash range"),
    pytest.param("累计建成老年助餐点380个", ["380"], [380], id="点 without digits before"),
    pytest.param("定点零售药店24家", ["24"], [24], id="零售 is no numeral"),
    pytest.param("前前后后花了几十万元", ["几十万"], [None], id="vague span kept whole"),
    pytest.param("全周期全网曝光量2027.88万", ["2027.88万"], [20278800], id="decimal with 万 at line end"),
    pytest.param("举办常州市第十六届公益海葬活动", ["十六"], [16], id="Chinese ordinal found, the caller drops 第"),
    pytest.param("总建筑面积145000㎡", ["145000"], [145000], id="unit symbol outside"),
]


@pytest.mark.parametrize(("sentence", "spans", "values"), SENTENCE_CASES)
def test_numeral_pattern_in_corpus_sentences(sentence: str, spans: list[str], values: list[float | None]) -> None:
    assert NUMERAL.findall(sentence) == spans
    assert [parse_number(s) for s in spans] == values


def test_sentence_cases_come_from_the_corpus() -> None:
    corpus = "".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")))
    missing = [c.values[0] for c in SENTENCE_CASES if c.values[0] not in corpus]
    assert missing == []


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("共有1,234,567人", ["1,234,567"]),
        ("分别为1,2,3个", ["1", "2", "3"]),
        ("全市累计三点五万人", ["三点五万"]),
        ("气温负五度", ["负五"]),
        ("增长-3%", ["3"]),                  # documented limit: a dash after a word is a range dash
        ("（-3）", ["-3"]),
        ("１２３个", ["１２３"]),
        ("伍億元", ["伍億"]),
        ("二〇二三年", ["二〇二三"]),
        ("5万4千6百元", ["5万4千6百"]),
        ("十几个", ["十几"]),
        ("数百家", ["数百"]),
        ("三点钟", ["三"]),
        # issue 10: the forms inside sentences, and numbers that stay apart
        ("新增就业12 万人", ["12 万"]),
        ("投入3万4000元", ["3万4000"]),
        ("总额7万 5千 4百元", ["7万 5千 4百"]),
        ("投入五百 余万元", ["五百 余万"]),
        ("约十 余 万人", ["十 余 万"]),
        ("两千万点五五四四元", ["两千万点五五四四"]),
        ("已修补人行道 28 600 米", ["28 600"]),
        ("误差为 .5 个", [".5"]),
        ("投入.5万元", [".5万"]),
        ("版本v1.5和1..5", ["1.5", "1", "5"]),
        ("名额分别为1、2、3个", ["1", "2", "3"]),
        ("2023 2024年", ["2023", "2024"]),
        ("学位\t3000\t4000", ["3000", "4000"]),
        ("学位  3000  4000", ["3000", "4000"]),
        ("新增5万 3个", ["5万", "3"]),
        ("第一百 五", ["一百", "五"]),
        ("2023.", ["2023"]),
        # OCR text: a point between spaces, but not a list number before a figure
        ("就 业 人 数 5 . 6 万 人", ["5 . 6 万"]),
        ("其中：2. 8个乡镇", ["2", "8"]),
    ],
)
def test_numeral_pattern_rules(text: str, spans: list[str]) -> None:
    assert NUMERAL.findall(text) == spans


# ---------------------------------------------------------------------------
# Round trips

_CHINESE_DIGITS = "零一二三四五六七八九"
_GROUP_UNITS = ("", "十", "百", "千")
_FINANCIAL = str.maketrans("一二三四五六七八九十百千万亿", "壹贰叁肆伍陆柒捌玖拾佰仟萬億")


def chinese_group(n: int) -> str:
    """1 ≤ n < 10000 in Chinese, one 零 for each run of skipped places: 1010 → 一千零一十."""
    out, skipped = "", False
    for power in (3, 2, 1, 0):
        digit = n // 10**power % 10
        if digit == 0:
            skipped = bool(out)
            continue
        out += ("零" if skipped else "") + _CHINESE_DIGITS[digit] + _GROUP_UNITS[power]
        skipped = False
    return out


def chinese(n: int) -> str:
    """0 ≤ n < 10^16 in Chinese: 100010000 → 一亿零一万, 10^12 → 一万亿."""
    if n == 0:
        return "零"
    for magnitude, name in ((10**8, "亿"), (10**4, "万")):
        if n >= magnitude:
            high, low = divmod(n, magnitude)
            gap = "零" if 0 < low < magnitude // 10 else ""
            return chinese(high) + name + gap + (chinese(low) if low else "")
    return chinese_group(n)


def test_chinese_renderer_itself() -> None:
    rendered = [chinese(n) for n in (0, 10, 105, 1010, 300500, 100010000, 350000000, 10**12)]
    assert rendered == ["零", "一十", "一百零五", "一千零一十", "三十万零五百", "一亿零一万", "三亿五千万", "一万亿"]


integers = st.integers(min_value=0, max_value=10**12)


@given(integers)
def test_arabic_round_trip(n: int) -> None:
    assert parse_number(str(n)) == n
    assert parse_number(f"{n:,}") == n


@given(integers, st.booleans())
def test_chinese_round_trip(n: int, short_ten: bool) -> None:
    text = chinese(n)
    if short_ten and text.startswith("一十"):
        text = text[1:]
    assert parse_number(text) == n
    assert parse_number(text.translate(_FINANCIAL)) == n


@given(integers)
def test_digit_by_digit_round_trip(n: int) -> None:
    text = "".join("〇一二三四五六七八九"[int(d)] for d in str(n))
    assert parse_number(text) == n


@given(st.integers(min_value=1, max_value=10**7), st.sampled_from([("万", 10**4), ("亿", 10**8)]))
def test_decimal_times_magnitude(cents: int, magnitude: tuple[str, int]) -> None:
    number = Decimal(cents).scaleb(-2)
    assert parse_number(f"{number}{magnitude[0]}") == float(number * magnitude[1])


@given(st.integers(min_value=1, max_value=10**12), st.sampled_from(["arabic", "separated", "chinese", "financial"]))
def test_pattern_finds_the_whole_numeral(n: int, form: str) -> None:
    # from 1: a lone 零 never starts a span (零售, 零就业)
    text = {"arabic": str(n), "separated": f"{n:,}", "chinese": chinese(n),
            "financial": chinese(n).translate(_FINANCIAL)}[form]
    assert NUMERAL.findall(f"全市新增{text}个") == [text]


@given(st.integers(min_value=1, max_value=10**12))   # from 1: a lone 零 never starts a span
def test_spaces_before_places_change_nothing(n: int) -> None:
    spaced = regex.sub(r"(?<=.)(?=[十百千万亿])", " ", chinese(n))
    assert parse_number(spaced) == n
    assert NUMERAL.findall(f"全市新增{spaced}个") == [spaced]


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=0, max_value=10**6))
def test_two_numbers_a_space_apart_stay_apart(a: int, b: int) -> None:
    # three digits after one space group thousands (28 600), by design; anything else is two numbers
    if len(str(b)) == 3 and len(str(a)) <= 3:
        b += 1000
    assert NUMERAL.findall(f"{a} {b}") == [str(a), str(b)]
    assert parse_number(f"{a} {b}") is None


# ---------------------------------------------------------------------------
# The table

def test_table_errors_name_the_file(tmp_path: Path) -> None:
    broken = tmp_path / "numerals.toml"
    broken.write_text(TABLE_PATH.read_text(encoding="utf-8").replace("[magnitudes]", "[magnitude]"), encoding="utf-8")
    with pytest.raises(NumeralTableError, match=rf"^{regex.escape(str(broken))}: missing entry 'magnitudes'$"):
        load_table(broken)


def test_table_refuses_a_character_in_two_places(tmp_path: Path) -> None:
    clashing = tmp_path / "numerals.toml"
    clashing.write_text(TABLE_PATH.read_text(encoding="utf-8").replace('10 = "十拾"', '10 = "十拾一"'), encoding="utf-8")
    with pytest.raises(NumeralTableError, match="more than one place: 一"):
        load_table(clashing)


def test_table_refuses_an_ocr_confusable_that_is_no_digit(tmp_path: Path) -> None:
    wrong = tmp_path / "numerals.toml"
    wrong.write_text(TABLE_PATH.read_text(encoding="utf-8").replace('1 = "lI"', '1 = "lI"\n10 = "X"'), encoding="utf-8")
    with pytest.raises(NumeralTableError, match="ocr_confusables must map letters to Arabic digits: X"):
        load_table(wrong)
