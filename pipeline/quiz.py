"""Quizzes and contest papers (知识竞赛题, 试卷) read as the statements their answer key
makes true, as a reading order (pipeline/columns.py) of pieces of the original.

A quiz's options are mostly false: of `A．8件　B．10件　C．12件` only the option the key
chooses describes the plan, and a true/false statement keyed `×` describes nothing. So,
where an answer key (`参考答案` … `1．B　2．C`, `11．4；3600`, `15．×（应为6.5万名）`, or
`答案：B` beside a question) answers the numbered questions, each answered question reads
as its stem with the answer standing in its blank: `计划改造老旧小区（　）个` + `B．24` reads
`计划改造老旧小区24个`, the figure's offsets those of `24` in the option (a span never runs
over into another piece). Wrong options are no text; a statement keyed `√` reads without
its blank, one keyed `×` with the key's correction in place of its false figure (or not at
all), and the key itself is no text. A text without such a key reads as it stands: a list
lettered `A.`/`B.` is no quiz, unless the text is a questionnaire put to its reader (a survey's
instruction, `问卷`, `请在…打“√”`, `可多选`): then its lettered options are answer categories
(`A. 1000元以下　B. 1000—3000元`), which describe nothing, and each question whose stem asks
(`…入托？`, `您的年龄：`) reads as its stem alone, the figures it quotes kept. The marks and
words are in data/quiz.toml.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

import regex

from extractors.tables import alternation, read_table

from .spans import Piece, Region, Span, trimmed


@dataclass(frozen=True)
class _Spec:
    key_heading: regex.Pattern
    inline_answer: regex.Pattern
    key_entry: regex.Pattern
    key_run: regex.Pattern
    question: regex.Pattern
    option: regex.Pattern
    blank: regex.Pattern
    filled: regex.Pattern
    verdict: regex.Pattern
    correction: regex.Pattern
    separator: regex.Pattern
    question_ends: frozenset[str]
    section: regex.Pattern
    after_section: regex.Pattern
    letters: str
    truths: frozenset[str]
    min_answered: int
    survey: regex.Pattern


@lru_cache(maxsize=1)
def _spec() -> _Spec:
    spec = read_table("quiz.toml")
    # an ASCII full stop before a digit is a decimal point (`1.5万人`), no number's mark
    marks = "|".join(r"\.(?!\d)" if mark == "." else regex.escape(mark) for mark in spec["number_marks"])
    number = rf"(?P<n>\d{{1,3}})[ \t]*(?:{marks})"
    letters = spec["option_letters"]
    option_marks = alternation(spec["option_marks"])
    verdicts = alternation(spec["judge_true"] + spec["judge_false"])
    heading = alternation(spec["key_headings"])
    return _Spec(
        # (also in round brackets after a word or two, with a note on its use: `（本部分参考答案，供阅卷使用：66．C…）`)
        key_heading=regex.compile(rf"(?m)^[ \t\u3000]*(?:[【\[]|[（(]\p{{Han}}{{0,4}})?(?:{heading})(?:[，,][^\n:：，,]{{1,10}})?"
                                  rf"[】\]]?[ \t\u3000]*(?:[:：][ \t\u3000]*)?"),
        inline_answer=regex.compile(
            rf"(?:[（(【\[][ \t\u3000]*)?(?:{alternation(spec['inline_answers'])})[ \t\u3000]*(?:[】\]][ \t\u3000]*)?[:：]?"
            rf"[ \t\u3000]*(?P<body>[^\n）)]*(?:[（(][^\n）)]*[）)][^\n）)]*)?)[）)]?"),
        # a key's entry opens a line, follows a space, a section's mark (`一、1．B`) or the key's colon (`参考答案：1．B`)
        key_entry=regex.compile(rf"(?:(?<=^|[\s\u3000:：])|(?<={spec['section_mark']})){number}[ \t\u3000]*", regex.MULTILINE),
        key_run=regex.compile(
            rf"(?<!\d)(?P<first>\d{{1,3}})[ \t]*(?:{alternation(spec['range_marks'])})[ \t]*(?P<last>\d{{1,3}})"
            rf"[ \t]*(?:{alternation(spec['number_marks'])})?[ \t\u3000]*(?P<letters>[{letters}]{{2,}})(?![A-Za-z])"),
        question=regex.compile(rf"(?m)^[ \t\u3000]*(?:{number}|[（(](?P<n2>\d{{1,3}})[）)])"),
        # an option's mark opens a line, follows a space or the stem's close (`（　）。A．8件`,
        # a questionnaire's `您的年龄：A. 18岁以下`); `（A）` inside the stem is its answer
        option=regex.compile(rf"(?<=^|[\s\u3000）)。？?：:])(?:(?P<letter>[{letters}])[ \t]*(?:{option_marks})"
                             rf"|[（(](?P<letter2>[{letters}])[）)])[ \t\u3000]*", regex.MULTILINE),
        blank=regex.compile(f"{spec['blank']}|{spec['filled']}"),
        filled=regex.compile(spec["filled"]),
        verdict=regex.compile(rf"^(?:{verdicts})"),
        correction=regex.compile(rf"[（(][ \t\u3000]*(?:{alternation(spec['corrections'])})[ \t\u3000]*[:：]?"
                                 r"[ \t\u3000]*(?P<fix>[^）)\n]+?)[ \t\u3000]*[）)]"),
        separator=regex.compile(rf"[ \t\u3000]*(?:{alternation(spec['answer_separators'])})[ \t\u3000]*"),
        question_ends=frozenset(spec["question_ends"]),
        section=regex.compile(rf"^[ \t\u3000]*{spec['section_mark']}"),
        after_section=regex.compile(rf"{spec['section_mark']}[ \t\u3000]*$"),
        letters=letters,
        truths=frozenset(spec["judge_true"]),
        min_answered=spec["min_answered"],
        survey=regex.compile(alternation(spec["survey_cues"])),
    )


@dataclass(frozen=True, eq=False)
class _Question:
    number: int
    start: int                      # the question's line start
    end: int                        # the end of its last line (options, an inline answer)
    stem: Span                      # from its number to its first option (or its end)
    options: dict[str, Span]        # letter → the option's words, without its mark
    answer: Span | None = None      # an answer written beside it (`答案：B`)


@dataclass(frozen=True)
class _Key:
    start: int
    end: int
    answers: list[tuple[int, Span]]     # question number → the answer's span, in order


def quiz_regions(text: str) -> list[Region]:
    """The regions (pipeline/columns.py) that read a quiz's answered questions as true
    statements and its key as nothing; none for a text that is not an answered quiz."""
    spec = _spec()
    key = _key(text, spec)
    if key is None and not spec.inline_answer.search(text) and not spec.filled.search(text):
        return _questionnaire_regions(text, spec)
    questions = _questions(text, spec, key)
    answers = _pair(questions, key)
    if sum(1 for q in questions if q in answers) < spec.min_answered:
        return []
    regions = [(q.start, q.end, _read(text, q, answers.get(q), spec)) for q in questions]
    if key is not None:
        regions.append((key.start, key.end, ["\n"]))
    return regions


def _questionnaire_regions(text: str, spec: _Spec) -> list[Region]:
    """A questionnaire's questions that ask with lettered options, each read as its stem
    alone; none where the text puts no survey to its reader or asks fewer than
    `min_answered` such questions (a lettered list in a plan is no question)."""
    if not spec.survey.search(text):
        return []
    asked = [q for q in _questions(text, spec, None) if q.options and _asks(text, q.stem, spec)]
    if len(asked) < spec.min_answered:
        return []
    return [(q.start, q.end, [q.stem]) for q in asked]


def _asks(text: str, stem: Span, spec: _Spec) -> bool:
    """The stem closes with a question mark or a colon before its options (`…入托？`, `您的年龄：`)."""
    start, end = trimmed(text, *stem)
    return end > start and text[end - 1] in spec.question_ends


def _key(text: str, spec: _Spec) -> _Key | None:
    """The last answer key of the text: its heading and the lines of entries after it."""
    headings = list(spec.key_heading.finditer(text))
    for heading in reversed(headings):
        if _answers_one(text, heading.end(), spec):
            continue
        end, answers = heading.end(), []
        at = heading.end()
        bracketed = bool(_OPENING.search(heading.group()))
        while at <= len(text):
            line_end = text.find("\n", at)
            line_end = len(text) if line_end < 0 else line_end
            if bracketed and (close := _CLOSING.search(text, at, line_end)):
                line_end = close.start()    # a key in brackets ends at its closing one (`…70．C）`)
            found = _entries(text, at, line_end, spec)
            if found:
                answers += found
                end = line_end
            elif text[at:line_end].strip():
                break
            at = line_end + 1
        if answers:
            return _Key(heading.start(), end, answers)
    return None


#: the round brackets a key may stand in (`（本部分参考答案：66．C　67．B）`)
_OPENING, _CLOSING = regex.compile(r"[（(]"), regex.compile(r"[）)]")


def _answers_one(text: str, at: int, spec: _Spec) -> bool:
    """The heading's line goes on with an answer that is no numbered entry (`答案：B`
    under its question), not with the key."""
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    return bool(text[at:line_end].strip()) and not _entries(text, at, line_end, spec)


def _entries(text: str, start: int, end: int, spec: _Spec) -> list[tuple[int, Span]]:
    """The entries of one key line: runs of choices keyed together (`1—5 BCADB`, one letter
    a question), and between them numbered entries."""
    entries, at = [], start
    for run in spec.key_run.finditer(text, start, end):
        first, last = int(run.group("first")), int(run.group("last"))
        letters = run.span("letters")
        if last - first + 1 != letters[1] - letters[0]:
            continue
        entries += _numbered_entries(text, at, run.start(), spec)
        entries += [(first + i, (letters[0] + i, letters[0] + i + 1)) for i in range(last - first + 1)]
        at = run.end()
    return entries + _numbered_entries(text, at, end, spec)


def _numbered_entries(text: str, start: int, end: int, spec: _Spec) -> list[tuple[int, Span]]:
    """Each number that rises from the one before it (or follows a section's mark) opens
    an entry, whose answer runs to the next entry."""
    marks, last = [], 0
    for m in spec.key_entry.finditer(text, start, end):
        number = int(m.group("n"))
        after_section = bool(spec.after_section.search(text[max(start, m.start() - 5):m.start()]))
        if number > last or after_section or not marks:
            marks.append((number, m.start(), m.end()))
            last = number
    entries = []
    for i, (number, _, body_start) in enumerate(marks):
        body_end = marks[i + 1][1] if i + 1 < len(marks) else end
        body = trimmed(text, body_start, body_end)
        if body[1] > body[0]:
            entries.append((number, body))
    return entries


def _questions(text: str, spec: _Spec, key: _Key | None) -> list[_Question]:
    """The numbered questions outside the key, each to the line before the next question,
    a section's heading, a blank line or the key (an answer beside it is its own line)."""
    starts = [m for m in spec.question.finditer(text) if key is None or not key.start <= m.start() < key.end]
    questions = []
    for i, m in enumerate(starts):
        limit = starts[i + 1].start() if i + 1 < len(starts) else len(text)
        if key is not None and m.start() < key.start:
            limit = min(limit, key.start)
        end = _question_end(text, m.end(), limit, spec)
        # the question's number is layout (`6．2021年` would read as one number)
        questions.append(_question(text, int(m.group("n") or m.group("n2")), m.start(), m.end(), end, spec))
    return questions


def _question_end(text: str, start: int, limit: int, spec: _Spec) -> int:
    end = text.find("\n", start)
    end = limit if end < 0 or end > limit else end
    while end < limit:
        line_end = text.find("\n", end + 1)
        line_end = limit if line_end < 0 or line_end > limit else line_end
        line = text[end + 1:line_end]
        if not line.strip() or spec.section.match(line):
            break
        end = line_end
    return trimmed(text, start, end)[1]


def _question(text: str, number: int, start: int, body: int, end: int, spec: _Spec) -> _Question:
    answer = None
    if inline := spec.inline_answer.search(text, body, end):
        answer = trimmed(text, *inline.span("body"))
        end = trimmed(text, body, inline.start())[1]
    marks = [m for m in spec.option.finditer(text, body, end)]
    marks = _lettered_run(marks, spec.letters)
    options = {}
    for i, m in enumerate(marks):
        finish = marks[i + 1].start() if i + 1 < len(marks) else end
        options[m.group("letter") or m.group("letter2")] = trimmed(text, m.end(), finish)
    stem_end = trimmed(text, body, marks[0].start())[1] if marks else end
    if answer is None and options and (filled := spec.filled.search(text, body, stem_end)):
        answer = filled.span("letters")       # an answered copy: the letter in the blank
    return _Question(number, start, end if answer is None else max(end, answer[1]), (body, stem_end), options, answer)


def _lettered_run(marks: list[regex.Match], letters: str) -> list[regex.Match]:
    """The option marks that run A, B, C … in order from the first `A` (a capital inside
    the stem is no option)."""
    run = []
    for m in marks:
        letter = m.group("letter") or m.group("letter2")
        if letters.index(letter) == len(run):
            run.append(m)
    return run if len(run) >= 2 else []


def _pair(questions: list[_Question], key: _Key | None) -> dict[_Question, Span]:
    """Each question's answer: the one beside it, else the key's entry of its number (the
    k-th entry of a number to the k-th question of that number: sections may number anew)."""
    by_number: dict[int, list[Span]] = defaultdict(list)
    for number, span in key.answers if key else ():
        by_number[number].append(span)
    seen: dict[int, int] = defaultdict(int)
    paired = {}
    for q in questions:
        k = seen[q.number]
        seen[q.number] += 1
        if q.answer is not None:
            paired[q] = q.answer
        elif k < len(by_number[q.number]):
            paired[q] = by_number[q.number][k]
    return paired


def _read(text: str, q: _Question, answer: Span | None, spec: _Spec) -> list[Piece]:
    """The pieces a question reads as, given its answer."""
    words = text[answer[0]:answer[1]] if answer else ""
    stem = q.stem
    if answer is None:
        return [stem]
    if q.options and (chosen := [q.options[c] for c in words if c in q.options]) and _only_letters(words, spec):
        return _fill(text, stem, chosen, spec, in_turn=False)
    if verdict := spec.verdict.match(words):
        return _judged(text, stem, answer, verdict.group() in spec.truths, spec)
    return _fill(text, stem, _answers(text, answer, spec), spec, in_turn=True)


def _only_letters(words: str, spec: _Spec) -> bool:
    return all(c in spec.letters or c in "、,，/ " for c in words)


def _answers(text: str, answer: Span, spec: _Spec) -> list[Span]:
    """A fill-in answer's parts, one per blank (`4；3600`)."""
    parts, at = [], answer[0]
    for m in spec.separator.finditer(text, answer[0], answer[1]):
        parts.append((at, m.start()))
        at = m.end()
    parts.append((at, answer[1]))
    return [p for p in parts if p[1] > p[0]]


def _fill(text: str, stem: Span, answers: list[Span], spec: _Spec, in_turn: bool) -> list[Piece]:
    """The stem with its blanks filled: in turn, one answer a blank (a fill-in question), or
    all the chosen options in the first blank (a choice); with no blank, the answers stand
    in for the stem's question mark."""
    blanks = list(spec.blank.finditer(text, *stem))
    if not blanks:
        end = _question_mark(text, stem, spec)
        return [(stem[0], end), *_joined(answers), (end, stem[1])]
    groups = [[a] for a in answers] if in_turn else [answers]
    pieces: list[Piece] = []
    at = stem[0]
    for i, blank in enumerate(blanks):
        pieces.append((at, blank.start()))
        pieces += _joined(groups[i]) if i < len(groups) else [(blank.start(), blank.end())]
        at = blank.end()
    pieces.append((at, stem[1]))
    return pieces


def _question_mark(text: str, stem: Span, spec: _Spec) -> int:
    """Where the stem's closing question mark (if any) starts."""
    end = trimmed(text, *stem)[1]
    return end - 1 if end > stem[0] and text[end - 1] in spec.question_ends else end


def _joined(answers: list[Span]) -> list[Piece]:
    pieces: list[Piece] = []
    for i, span in enumerate(answers):
        pieces += ["、", span] if i else [span]
    return pieces


def _judged(text: str, stem: Span, answer: Span, true: bool, spec: _Spec) -> list[Piece]:
    """A true/false statement without its blank; a false one with the key's correction in
    place of the figure it corrects, or nothing."""
    pieces: list[Piece] = []
    at = stem[0]
    for blank in spec.blank.finditer(text, *stem):
        pieces.append((at, blank.start()))
        at = blank.end()
    pieces.append(trimmed(text, at, stem[1]))
    if true:
        return pieces
    fix = spec.correction.search(text, *answer)
    if fix is None:
        return ["\n"]
    return _corrected(text, pieces, fix.span("fix"))


#: a figure as a correction writes it: a number, perhaps a magnitude, then its measure word
_FIGURE = regex.compile(r"(?P<number>\d[\d,，.]*(?:[万亿千百])?)(?P<unit>\S*)")


def _corrected(text: str, pieces: list[Piece], fix: Span) -> list[Piece]:
    """The statement's pieces with the first figure of the correction's measure word
    replaced by the correction; the correction alone where none is found."""
    figure = _FIGURE.fullmatch(text, *fix)
    unit = figure.group("unit") if figure else ""
    wanted = regex.compile(rf"\d[\d,.]*[万亿千百]?{regex.escape(unit)}" if unit else r"\d[\d,.]*[万亿千百]?")
    for i, piece in enumerate(pieces):
        if isinstance(piece, str):
            continue
        if m := wanted.search(text, *piece):
            return [*pieces[:i], (piece[0], m.start()), fix, (m.end(), piece[1]), *pieces[i + 1:]]
    return [fix]
