"""Numerals: resolve a numeral expression to its value, and find numerals in running text.

After Microsoft Recognizers-Text's Chinese number extractor and parser: finding a span
(`NUMERAL_PATTERN`) and resolving its value (`parse_number`) are separate, and every
character either of them knows comes from the table `data/numerals.toml`.

`parse_number` reads a *whole* expression: Arabic (`1,234.5`, `１２３`), Chinese
positional (`三十万零五百`), financial and traditional (`壹仟贰佰`, `叁萬`), digit by digit
(`二〇二三`), mixed (`5万4千6百`, `2.11万`, `1.2万亿`), decimals with 点 (`三点五`) and
negatives (`负3.5`, `-3`). Anything else, including vague amounts (`几十`, `数百`) and
numerals with a qualifier or unit attached (`1.78万余`, `3个`), gives None.

Values are computed in `Decimal`, so `2.11万` is exactly 21100 and not 21099.999….
"""
from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from functools import lru_cache
from itertools import takewhile
from pathlib import Path

import regex

from . import DATA_DIR

TABLE_PATH = DATA_DIR / "numerals.toml"


class NumeralTableError(ValueError):
    """The numeral table is missing, unreadable or contradicts itself."""


# ---------------------------------------------------------------------------
# The table

@dataclass(frozen=True, slots=True)
class NumeralTable:
    digits: dict[str, int]               # Chinese digit → value, 〇/零 → 0
    coefficient_digits: dict[str, int]   # 两 → 2, only before a unit or magnitude
    small_units: dict[str, int]          # 十 → 10, 百 → 100, 千 → 1000
    magnitudes: dict[str, int]           # 万 → 10^4, 亿 → 10^8
    unknown_digit: str                   # 几
    unknown_coefficient: str             # 数
    decimal_point: str                   # 点
    negative_sign: str                   # 负
    arabic_digits: str                   # 0123456789
    full_width_digits: str               # ０１２３４５６７８９, in the same order
    decimal_points: str                  # .．
    thousands_separators: str            # ,
    minus_signs: str                     # -－−

    @property
    def chinese_numeral_chars(self) -> str:
        return "".join([*self.digits, *self.coefficient_digits, *self.small_units, *self.magnitudes])


def load_table(path: Path = TABLE_PATH) -> NumeralTable:
    """Read and check the numeral table; any problem is one `NumeralTableError` line naming the file."""
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
        table = NumeralTable(
            digits=_chars_by_value(data["digits"]),
            coefficient_digits=_chars_by_value(data["coefficient_digits"]),
            small_units=_chars_by_value(data["small_units"]),
            magnitudes=_chars_by_value(data["magnitudes"]),
            unknown_digit=data["vague"]["unknown_digit"],
            unknown_coefficient=data["vague"]["unknown_coefficient"],
            decimal_point=data["chinese_punctuation"]["decimal_point"],
            negative_sign=data["chinese_punctuation"]["negative_sign"],
            arabic_digits=data["arabic"]["digits"],
            full_width_digits=data["arabic"]["full_width_digits"],
            decimal_points=data["arabic"]["decimal_points"],
            thousands_separators=data["arabic"]["thousands_separators"],
            minus_signs=data["arabic"]["minus_signs"],
        )
    except OSError as err:
        raise NumeralTableError(f"{path}: cannot read the numeral table ({err.strerror})") from None
    except tomllib.TOMLDecodeError as err:
        raise NumeralTableError(f"{path}: not valid TOML ({err})") from None
    except KeyError as err:
        raise NumeralTableError(f"{path}: missing entry {err}") from None
    except (AttributeError, TypeError, ValueError) as err:
        raise NumeralTableError(f"{path}: malformed entry ({err})") from None
    _check_table(table, path)
    return table


def _chars_by_value(section: dict[str, str]) -> dict[str, int]:
    """Invert a `value = "characters"` section into character → value."""
    return {char: int(value) for value, chars in section.items() for char in chars}


def _check_table(table: NumeralTable, path: Path) -> None:
    if len(table.full_width_digits) != len(table.arabic_digits):
        raise NumeralTableError(f"{path}: full_width_digits must list one character per Arabic digit")
    chinese = "".join([table.chinese_numeral_chars, table.unknown_digit, table.unknown_coefficient,
                       table.decimal_point, table.negative_sign])
    repeated = sorted({char for char in chinese if chinese.count(char) > 1})
    if repeated:
        raise NumeralTableError(f"{path}: characters listed in more than one place: {' '.join(repeated)}")


TABLE = load_table()


# ---------------------------------------------------------------------------
# Finding numerals in running text

def _char_class(chars: str) -> str:
    return "[" + regex.escape(chars) + "]" if chars else "(?!)"


def _arabic_pattern(digits: str, separators: str, points: str) -> str:
    """An Arabic number: thousands separators only before groups of exactly three digits."""
    digit = _char_class(digits)
    return (
        rf"(?:{digit}{{1,3}}(?:{_char_class(separators)}{digit}{{3}})+(?!{digit})|{digit}+)"
        rf"(?:{_char_class(points)}{digit}+)?"
    )


def build_numeral_pattern(table: NumeralTable) -> str:
    """The regex source of one maximal numeral expression in running text.

    Limits, by design (the quantity extractor decides with the unit and context):
    - It finds numeral-like spans, not only valid ones: `十四五`, `几十万`, `数百` are
      matched whole and `parse_number` rejects them; a bare `十`/`百`/`千` (`百姓`,
      `每千人口`) and `一` in words (`统一`, `一老一小`) are matched too.
    - Qualifiers and units are outside the span: `1.78万余份` → `1.78万`,
      `500多万` → `500`, `百分之八十` → `百` and `八十`.
    - `,` joins digits only as a thousands separator (exactly three digits after it);
      the full-width `，` is always punctuation. `.` and `点` need a digit on each side,
      so `助餐点380个` and `2023.` end before them; dotted dates read as decimals
      (`2023.12` of `2023.12.1`).
    - A minus sign right after a word, number or `%` is a range dash (`30%-40%`,
      `10-20`), so `增长-3%` gives `3`: write the sign as `负` to keep it.
    - 零/〇 never start a span except in `零点…` (`零售`, `零就业` are words).
    """
    arabic = _arabic_pattern(table.arabic_digits + table.full_width_digits,
                             table.thousands_separators, table.decimal_points)
    zero_chars = "".join(c for c, v in table.digits.items() if v == 0)
    nonzero = _char_class("".join(c for c, v in table.digits.items() if v) + "".join(table.coefficient_digits))
    any_digit = _char_class("".join(table.digits))
    units = "".join(table.small_units)
    unit_or_magnitude = _char_class(units + "".join(table.magnitudes))
    point = regex.escape(table.decimal_point)
    unknown_digit, unknown_coefficient = regex.escape(table.unknown_digit), regex.escape(table.unknown_coefficient)
    chinese_start = (
        rf"{_char_class(units)}|{nonzero}|{_char_class(zero_chars)}(?={point}{any_digit})"
        rf"|[{unknown_digit}{unknown_coefficient}](?={unit_or_magnitude})"
    )
    chinese_more = (
        rf"{_char_class(table.chinese_numeral_chars)}"
        rf"|(?<={any_digit}){point}(?={any_digit})"
        rf"|(?<={unit_or_magnitude}){unknown_digit}|{unknown_digit}(?={unit_or_magnitude})"
    )
    sign = rf"{regex.escape(table.negative_sign)}|(?<![\w%％]){_char_class(table.minus_signs)}"
    return rf"(?:{sign})?(?:{arabic}|{chinese_start})(?:{arabic}|{chinese_more})*"


# For the `regex` module (also valid for `re`); compile it once, inside a larger pattern if need be.
NUMERAL_PATTERN: str = build_numeral_pattern(TABLE)


# ---------------------------------------------------------------------------
# Reading one numeral: characters → tokens

class Kind(Enum):
    NUMBER = "number"          # an Arabic number or one Chinese digit
    UNIT = "unit"              # 十 百 千
    MAGNITUDE = "magnitude"    # 万 亿
    POINT = "point"            # 点


@dataclass(frozen=True, slots=True)
class Token:
    kind: Kind
    value: Decimal
    chinese: bool = True            # script, so that 3五 and 3点5 can be refused
    coefficient_only: bool = False  # 两

    @property
    def is_zero_placeholder(self) -> bool:
        return self.kind is Kind.NUMBER and self.chinese and self.value == 0


def _char_tokens(table: NumeralTable) -> dict[str, Token]:
    tokens = {c: Token(Kind.NUMBER, Decimal(v)) for c, v in table.digits.items()}
    tokens |= {c: Token(Kind.NUMBER, Decimal(v), coefficient_only=True) for c, v in table.coefficient_digits.items()}
    tokens |= {c: Token(Kind.UNIT, Decimal(v)) for c, v in table.small_units.items()}
    tokens |= {c: Token(Kind.MAGNITUDE, Decimal(v)) for c, v in table.magnitudes.items()}
    tokens[table.decimal_point] = Token(Kind.POINT, Decimal(0))
    return tokens


_CHAR_TOKENS = _char_tokens(TABLE)
_ASCII_DIGITS = str.maketrans(
    TABLE.full_width_digits + TABLE.decimal_points,
    TABLE.arabic_digits + "." * len(TABLE.decimal_points),
)
_DROP_SEPARATORS = str.maketrans("", "", TABLE.thousands_separators)
_SIGNS = TABLE.negative_sign + TABLE.minus_signs
# Applied after full-width digits and points are made ASCII, so one form suffices.
_TOKENS_RE = regex.compile(
    rf"(?:(?P<token>{_arabic_pattern(TABLE.arabic_digits, TABLE.thousands_separators, '.')}"
    rf"|{_char_class(''.join(_CHAR_TOKENS))}))+"
)


class _Malformed(Exception):
    """Internal: the expression is not a whole numeral."""


def _tokenize(body: str) -> list[Token]:
    match = _TOKENS_RE.fullmatch(body.translate(_ASCII_DIGITS))
    if match is None:
        raise _Malformed
    return [_CHAR_TOKENS.get(t) or _arabic_token(t) for t in match.captures("token")]


def _arabic_token(text: str) -> Token:
    return Token(Kind.NUMBER, Decimal(text.translate(_DROP_SEPARATORS)), chinese=False)


# ---------------------------------------------------------------------------
# Reading one numeral: tokens → value

def _value(tokens: list[Token]) -> Decimal:
    _check_one_script(tokens)
    _check_coefficient_digits(tokens)
    points = [i for i, t in enumerate(tokens) if t.kind is Kind.POINT]
    if not points:
        return _whole(tokens)
    if len(points) > 1:
        raise _Malformed
    return _with_decimal_point(tokens[: points[0]], tokens[points[0] + 1:])


def _check_one_script(tokens: list[Token]) -> None:
    """Arabic and Chinese numbers do not mix (3五, 3点5); units and magnitudes go with either."""
    if len({t.chinese for t in tokens if t.kind in (Kind.NUMBER, Kind.POINT)}) > 1:
        raise _Malformed


def _check_coefficient_digits(tokens: list[Token]) -> None:
    """两 stands alone or right before a unit or magnitude: 两, 两万, but not 十两."""
    for i, token in enumerate(tokens):
        following = tokens[i + 1].kind if i + 1 < len(tokens) else None
        if token.coefficient_only and len(tokens) > 1 and following not in (Kind.UNIT, Kind.MAGNITUDE):
            raise _Malformed


def _with_decimal_point(before: list[Token], after: list[Token]) -> Decimal:
    """三点一四, 三十五点五万: a whole number, 点, digits read one by one, then magnitudes."""
    fraction = list(takewhile(lambda t: t.kind is Kind.NUMBER, after))
    magnitudes = after[len(fraction):]
    well_formed = (
        before and fraction
        and all(t.kind is not Kind.MAGNITUDE for t in before)    # 一万点五: no magnitude before 点
        and all(t.kind is Kind.MAGNITUDE for t in magnitudes)
    )
    if not well_formed:
        raise _Malformed
    number = _whole(before) + Decimal("0." + "".join(str(t.value) for t in fraction))
    return _positional([Token(Kind.NUMBER, number), *magnitudes])


def _whole(tokens: list[Token]) -> Decimal:
    if all(t.kind is Kind.NUMBER and t.chinese and not t.coefficient_only for t in tokens):
        return Decimal("".join(str(t.value) for t in tokens))   # 二〇二三, 五, 零
    return _positional(tokens)


def _positional(tokens: list[Token]) -> Decimal:
    reader = _PositionalReader()
    for token in tokens:
        reader.read(token)
    return reader.finish()


def _is_single_digit(value: Decimal) -> bool:
    return value == value.to_integral_value() and 1 <= value <= 9


@dataclass(slots=True)
class _PositionalReader:
    """Accumulates a place-value numeral (三十万零五百, 5万4千6百, 1.2万亿) left to right.

    The number is built in groups: `group` collects units below the next magnitude
    (五千三百), a magnitude multiplies it into `total`. A magnitude larger than any
    before it multiplies everything so far (万 then 亿 is 万亿: 三万五千亿 = 3.5 × 10^12).
    """
    total: Decimal = Decimal(0)
    group: Decimal = Decimal(0)
    pending: Decimal | None = None          # a number whose place is not known yet
    pending_follows: Token | None = None    # the unit or magnitude right before it, if any
    group_unit: Decimal | None = None       # last unit in this group; units must fall
    largest_magnitude: Decimal = Decimal(1)
    last_magnitude: Decimal = Decimal(1)    # 1 until a magnitude is read
    previous: Token | None = None
    after_zero: bool = False

    def read(self, token: Token) -> None:
        if token.is_zero_placeholder:
            self._zero()
        elif token.kind is Kind.NUMBER:
            self._number(token.value)
        elif self.after_zero:
            raise _Malformed                # 零百, 一千零万
        elif token.kind is Kind.UNIT:
            self._unit(token.value)
        else:
            self._magnitude(token.value)
        self.previous = token

    def finish(self) -> Decimal:
        if self.after_zero or self.previous is None:
            raise _Malformed                # 一百零
        if self.pending is not None:
            self.group += self._place_pending(at_end=True)
        return self.total + self.group

    def _zero(self) -> None:
        # One 零 marks skipped places between two non-zero ones.
        if self.previous is None or self.pending is not None or self.after_zero:
            raise _Malformed
        self.after_zero = True

    def _number(self, value: Decimal) -> None:
        if self.pending is not None:
            raise _Malformed                # two numbers with no unit between: 十四五
        self.pending = value
        follows_place = self.previous is not None and self.previous.kind in (Kind.UNIT, Kind.MAGNITUDE)
        self.pending_follows = self.previous if follows_place else None
        self.after_zero = False

    def _unit(self, unit: Decimal) -> None:
        if self.group_unit is not None and unit >= self.group_unit:
            raise _Malformed                # 十十, 一百一千
        if self.pending is None:
            if self.group:
                raise _Malformed            # 一百十: only a group may open with a bare unit
            coefficient = Decimal(1)
        elif 0 < self.pending < 10:
            coefficient = self.pending
        else:
            raise _Malformed                # 12百
        self.group += coefficient * unit
        self.group_unit, self.pending = unit, None

    def _magnitude(self, magnitude: Decimal) -> None:
        if self.pending is not None:
            self.group += self._place_pending(at_end=False)
        if magnitude > self.largest_magnitude:
            if not self.total + self.group:
                raise _Malformed            # 万 alone
            self.total = (self.total + self.group) * magnitude
            self.largest_magnitude = magnitude
        elif self.group and magnitude < self.last_magnitude:
            self.total += self.group * magnitude
        else:
            raise _Malformed                # 万万, 一万三千万
        self.group, self.group_unit, self.last_magnitude = Decimal(0), None, magnitude

    def _place_pending(self, at_end: bool) -> Decimal:
        """The worth of a number not followed by a unit.

        Right after a unit it fills the next place down: 二十三 (×1), 一百五 (×10);
        after a magnitude only at the very end: 一万五 = 15000, while 一亿五万 is
        五 × 万. After 零 or on its own it counts as it stands.
        """
        value, self.pending = self.pending, None
        place = self.pending_follows
        if place is None or (place.kind is Kind.MAGNITUDE and not at_end):
            return value
        if not _is_single_digit(value):
            raise _Malformed                # 5万300, 二十13
        return value * place.value / 10


@lru_cache(maxsize=1 << 16)
def parse_number(text: str) -> float | None:
    """The value of a whole numeral expression, or None if `text` is not exactly one.

    >>> parse_number("三十万零五百"), parse_number("2.11万"), parse_number("1.78万余")
    (300500.0, 21100.0, None)
    """
    body = text.strip()
    sign = -1 if body and body[0] in _SIGNS else 1
    if sign < 0:
        body = body[1:]
    try:
        value = float(sign * _value(_tokenize(body)))
    except (_Malformed, ArithmeticError):   # decimal.Overflow: a million digits is no figure
        return None
    return value if math.isfinite(value) else None


if __name__ == "__main__":
    import timeit

    samples = ["3400", "2.11万", "三十万零五百", "1,234.5", "负3.5", "二〇二三", "5万4千6百", "一批"]
    calls = 200_000
    cached = timeit.timeit(lambda: [parse_number(s) for s in samples], number=calls // len(samples))
    print(f"cached:   {calls / cached:,.0f} calls/s")
    uncached = timeit.timeit(lambda: [parse_number.__wrapped__(s) for s in samples], number=calls // len(samples))
    print(f"uncached: {calls / uncached:,.0f} calls/s")
