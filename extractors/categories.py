"""The category table (data/categories.toml): brand names, heading aliases, topic words,
and the boundary rules where two topic definitions meet."""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from .punctuation import BULLETS, CLAUSE_MARKS, COLONS, COMMAS, ROUND_ASIDE, SENTENCE_ENDS, char_class
from .script import all_han
from .stance import opens_a_result_field
from .tables import alternation, read_table, word_pattern

OTHER = "其他"


@dataclass(frozen=True, slots=True)
class Category:
    name: str
    gloss: str
    aliases: tuple[str, ...]
    topics: tuple[str, ...]     # words for the work a figure counts
    groups: tuple[str, ...] = ()  # words for the people served: they speak only where no work is named
    of_any_group: bool = False    # the work is this category whoever it serves (employment)


@lru_cache(maxsize=1)
def category_table() -> tuple[Category, ...]:
    data = read_table("categories.toml")
    return tuple(
        Category(c["name"], c.get("gloss", ""), tuple(c.get("aliases", ())), tuple(c.get("topics", ())),
                 tuple(c.get("groups", ())), c.get("of_any_group", False))
        for c in data["category"]
    )


def of_any_group(category: str) -> bool:
    """Is the category's work itself whoever it serves (employment of any group is 就业创业)?"""
    return any(c.of_any_group for c in category_table() if c.name == category)


def work_of_any_group() -> str | None:
    """The category whose work is its own whoever it serves (就业创业: posts, jobs and training of any group)."""
    return next((c.name for c in category_table() if c.of_any_group), None)


@lru_cache(maxsize=1)
def category_names() -> tuple[str, ...]:
    return tuple(c.name for c in category_table())


@lru_cache(maxsize=1)
def _aliases_longest_first() -> tuple[tuple[str, str], ...]:
    pairs = [(alias, c.name) for c in category_table() for alias in c.aliases]
    return tuple(sorted(pairs, key=lambda p: len(p[0]), reverse=True))


@lru_cache(maxsize=1)
def _quoted_character() -> "regex.Pattern":
    """One or two characters of a slogan set off in quotes (`“学”有优教`, `“住”有安居`)."""
    quotes = read_table("categories.toml")["inline"]["quotes"]
    return regex.compile("|".join(f"{regex.escape(q[0])}(?P<q{i}>[^{regex.escape(q)}]{{1,2}}){regex.escape(q[1])}"
                                  for i, q in enumerate(quotes)))


def _unquoted(text: str) -> str:
    """`“学”有优教` → `学有优教`: a slogan reads as its words; the quotes on one of its
    characters only stress it."""
    return _quoted_character().sub(lambda m: next(g for g in m.groups() if g), text)


@lru_cache(maxsize=1)
def _aliases_by_first_character() -> dict[str, tuple[tuple[int, str, str], ...]]:
    """(rank longest-first, alias, category) under the alias's first character: a text
    can hold only the aliases whose first character it holds."""
    index: dict[str, list[tuple[int, str, str]]] = {}
    for rank, (alias, name) in enumerate(_aliases_longest_first()):
        index.setdefault(alias[0], []).append((rank, alias, name))
    return {character: tuple(entries) for character, entries in index.items()}


@lru_cache(maxsize=8192)
def category_by_alias(text: str) -> str | None:
    """The brand or project group a heading, table group or project name names (a
    character of it in quotes or not: `“学”有优教`). Cached: the same headings and row
    names are asked about for every figure under them."""
    plain = _unquoted(text)
    by_first = _aliases_by_first_character()
    # unquoting only drops characters, so `plain` holds no first character `text` lacks
    candidates = sorted(entry for character in set(text) for entry in by_first.get(character, ()))
    for _, alias, name in candidates:
        if _names_alias(text, alias) or _names_alias(plain, alias):
            return name
    return None


def category_of_name(name: str) -> str | None:
    """The brand or project group `name` is, whole (`常有众扶`, `文体惠民`); None for a name that only holds
    one (`生态环境部令第4号`, a ministry's order)."""
    name = name.strip()
    return next((category for _, alias, category in _aliases_by_first_character().get(name[:1], ()) if alias == name),
                None)


def _names_alias(text: str, alias: str) -> bool:
    """`alias` stands in `text` other than as a place's name (`平安区`: `names_a_place`), a
    department's (`县卫生健康局`: who acts or sends, not a brand), in a wish (`阖家平安`) or in a name of
    something else (`平安钟`, an elder's emergency-call pendant)."""
    at = text.find(alias)
    while at >= 0:
        if not (names_a_place(text, at, at + len(alias)) or _inside(_agency_name(), text, at, at + len(alias))
                or _inside(_greetings(), text, at, at + len(alias)) or _inside(_alias_compounds(), text, at, at + len(alias))):
            return True
        at = text.find(alias, at + 1)
    return False


def _inside(pattern: "regex.Pattern", text: str, start: int, end: int) -> bool:
    """Does a match of `pattern` in `text` hold the span `start:end`?"""
    return any(m.start() <= start and end <= m.end() for m in pattern.finditer(text))


@lru_cache(maxsize=1)
def _alias_compounds() -> "regex.Pattern":
    return regex.compile(alternation(read_table("categories.toml")["alias_compounds"]["words"]))


@lru_cache(maxsize=1)
def _greetings() -> "regex.Pattern":
    return regex.compile(alternation(read_table("categories.toml")["greetings"]["words"]))


@dataclass(frozen=True, slots=True)
class InlineSpec:
    max_head: int
    breaks: str
    quoted: "regex.Pattern"
    frames: tuple["regex.Pattern", ...]
    run_in: "regex.Pattern"
    run_in_ends: str
    labels: frozenset[str] = frozenset()
    topic_frames: tuple["regex.Pattern", ...] = ()
    member_frames: tuple["regex.Pattern", ...] = ()
    max_member_head: int = 0
    purpose: "regex.Pattern | None" = None
    part_brand: "regex.Pattern | None" = None
    tag: "regex.Pattern | None" = None
    label_pattern: "regex.Pattern | None" = None

    def is_label(self, label: str) -> bool:
        """A field's label that names the project it describes (`项目名称`, `存入项目`)."""
        return label in self.labels or (self.label_pattern is not None and self.label_pattern.match(label) is not None)


@lru_cache(maxsize=1)
def _inline_spec() -> InlineSpec:
    data = read_table("categories.toml")["inline"]
    quoted = "|".join(f"{regex.escape(q[0])}(?P<q{i}>[^{regex.escape(q)}]{{2,12}}){regex.escape(q[1])}"
                      for i, q in enumerate(data["quotes"]))
    return InlineSpec(data["max_head"], data["breaks"], regex.compile(quoted),
                      tuple(regex.compile(f) for f in data["frames"]), regex.compile(data["run_in"]), data["run_in_ends"],
                      frozenset(data.get("labels", ())),
                      tuple(regex.compile(f) for f in data.get("topic_frames", ())),
                      tuple(regex.compile(f) for f in data.get("member_frames", ())),
                      data.get("max_member_head", data["max_head"]),
                      regex.compile(data["purpose"]) if "purpose" in data else None,
                      regex.compile(data["part_brand"]) if "part_brand" in data else None,
                      regex.compile(data["tag"]) if "tag" in data else None,
                      regex.compile(data["label_pattern"]) if "label_pattern" in data else None)


@dataclass(frozen=True, slots=True)
class InlinePhrase:
    """A brand or topic named at the head of a sentence; `category` is None where the
    phrase names several topics (`聚焦“一老一小”`): it ends the previous phrase's reach.
    `framed`: a topic in a frame (`医疗方面，…`), not a quoted brand or a project field."""
    category: str | None
    framed: bool = False


def inline_phrase(sentence: str, frames_only: bool = False) -> InlinePhrase | None:
    """`围绕“常有善育”，…` → InlinePhrase(常有善育); None where the head names nothing.
    `frames_only`: only a frame (`医疗方面，…`) or a quoted brand's or group's name (`围绕“常有安居”，…`) counts,
    as at a part after `；`, where a quoted name of a topic is more often the name of an activity."""
    spec = _inline_spec()
    head_end = _head_end(sentence)
    head = sentence[:head_end].strip() if head_end is not None else ""
    if head_end is not None and spec.is_label(head) and sentence[head_end] in "：:":
        return InlinePhrase(category_of_heading(_field_value(sentence, head_end + 1, spec.breaks)))
    if not frames_only and (brand := _brand_filed_under(sentence, head, head_end)) is not None:
        return InlinePhrase(brand)          # `本届大赛是…文体惠民实事之一`: the matter is filed under the brand
    if not frames_only and spec.tag is not None and (tag := spec.tag.match(sentence)) \
            and (brand := category_by_alias(tag.group("name"))) is not None:
        return InlinePhrase(brand)          # `证物A1【常有善育】…`: an item's code, then the brand it is filed under
    if head_end is None or not head or any(ch.isdigit() for ch in head):
        return None
    # at a part after `；` a quoted name counts only as a brand framed alone in the head (`围绕“常有安居”`)
    unframed = frames_only and (spec.part_brand is None or spec.part_brand.match(head) is None)
    quoted = [] if unframed else [
        name for m in spec.quoted.finditer(head) if _names_a_topic(name := next(g for g in m.groups() if g))]
    if frames_only or (spec.purpose is not None and spec.purpose.search(head)):
        quoted = [name for name in quoted if category_by_alias(name)]
    if quoted:
        found = {category_of_heading(name) for name in quoted}
        return InlinePhrase(found.pop() if len(found) == 1 else None)
    run_in = spec.run_in.match(head) if sentence[head_end] in spec.run_in_ends else None
    if run_in and _names_a_topic(run_in.group("name")):
        return InlinePhrase(category_of_heading(run_in.group("name")))
    topical = next((m.group("name") for f in spec.topic_frames if (m := f.search(head))), None)
    if topical and _names_a_topic(topical):
        return InlinePhrase(category_of_heading(topical), framed=True)
    # a frame (`出行方面，`) starts a new topic even where its name is not in the lexicon
    framed = next((m.group("name") for f in spec.frames if (m := f.search(head))), None)
    return InlinePhrase(category_of_heading(framed), framed=True) if framed else None


def after_inline_head(text: str) -> int:
    """Where a sentence's text starts after the brand or topic phrase at its head (`围绕“常有善育”，今年…` → the
    index of `今年`), else 0: the phrase is the paragraph's label, what follows it opens the paragraph."""
    end = _head_end(text)
    if end is None or inline_phrase(text) is None:
        return 0
    return end + 1


def _head_end(text: str) -> int | None:
    """Where the head of a sentence or paragraph ends: its first break within the inline spec's reach."""
    spec = _inline_spec()
    return next((i for i, ch in enumerate(text[:spec.max_head + 1]) if ch in spec.breaks), None)


#: the longest label before a colon that may open a sentence filing its matter under a brand (`说明：`)
_MAX_NOTE_LABEL = 4


def _brand_filed_under(sentence: str, head: str, head_end: int | None) -> str | None:
    """The brand a sentence's opening clause files its matter under (`本届大赛是…文体惠民实事之一`,
    `说明：“醒狮进校园”是…文体惠民实事之一`, after a short label), where the name is a brand's alias;
    it outranks a quoted name of the matter itself, which only the brand's definitions place."""
    spec = _inline_spec()
    start = head_end + 1 if head_end is not None and len(head) <= _MAX_NOTE_LABEL and sentence[head_end] in "：:" else 0
    brand = _brand_of_clause(sentence, start, spec)
    if brand is None and spec.purpose is not None and spec.purpose.match(sentence, start) and head_end is not None:
        # after a purpose clause (`为持续改善农村人居环境，镇政府将…列入2028年“环境改善”民心工程`), the clause that acts,
        # also after a second aim joined to it (`为规范…服务，保障游客和轿夫双方权益，镇政府将…列入…“就业创业”民生实事`)
        clause = head_end + 1
        for _ in range(_PURPOSE_CLAUSES):
            if (brand := _brand_of_clause(sentence, clause, spec)) is not None or (clause := _next_clause(sentence, clause, spec)) is None:
                break
    return brand


#: how many clauses after a purpose clause may be the one that acts
_PURPOSE_CLAUSES = 2


def _next_clause(sentence: str, start: int, spec: InlineSpec) -> int | None:
    """Where the clause after the one at `start` starts, where a comma ends it within a phrase's reach."""
    end = _clause_end(sentence, start, spec)
    return end + 1 if end is not None and sentence[end] in "，," else None


def _clause_end(sentence: str, start: int, spec: InlineSpec) -> int | None:
    """Where the clause at `start` ends (its break), within a phrase's reach; None past it."""
    # bounded: the clause is all that is read, and it may run longer than a phrase's head
    end = next((i for i, ch in enumerate(sentence[start:start + spec.max_member_head + 1]) if ch in spec.breaks), None)
    return start + end if end is not None else None


def _brand_of_clause(sentence: str, start: int, spec: InlineSpec) -> str | None:
    end = _clause_end(sentence, start, spec)
    head = sentence[start:end].strip() if end is not None else ""
    member = next((m.group("name") for f in spec.member_frames if (m := f.search(head))), None)
    return category_by_alias(member) if member else None


def run_in_heading(paragraph: str) -> str | None:
    """The name of a numbered heading run into its paragraph (`（六）交通、环境与安全。安排…` →
    `交通、环境与安全`), whatever it names; None where the paragraph opens with none."""
    spec = _inline_spec()
    head_end = _head_end(paragraph)
    if head_end is None or paragraph[head_end] not in spec.run_in_ends:
        return None
    found = spec.run_in.match(paragraph[:head_end].strip())
    return found.group("name") if found else None


def leaves_the_frame(sentence: str, category: str) -> bool:
    """A sentence after a framed topic (`医疗方面，…。我们还改造老旧小区96个…`) whose own
    words name topics, none of them the frame's: it has moved on to another subject. A
    frame names a topic as a heading does, but within a paragraph it is only a lead-in."""
    scores = topic_scores(sentence)
    return bool(scores) and category not in scores


def project_of_field(line: str) -> str | None:
    """The project a field line names (`项目名称：社区医院建设` → `社区医院建设`), else None."""
    spec = _inline_spec()
    label, colon, _ = line.partition("：") if "：" in line else line.partition(":")
    if not colon or not spec.is_label(label.strip()):
        # a form's field is a row of two cells (`项目名称\t…提升项目`)
        label, colon, _ = line.partition("\t")
        if not colon or not spec.is_label(label.strip()):
            return None
    # a form's next field on the same line after a wide gap (`…改造工程      标段：第2标段`) is not the name's
    line = line[:len(label) + 1] + _FIELD_GAP.split(line[len(label) + 1:].strip(), 1)[0]
    return _field_value(line, len(label) + 1, spec.breaks + "\t") or None


#: the gap before the next field of a form's line: two spaces or more, or full-width ones before a label
_FIELD_GAP = regex.compile(r" {2,}|\u3000+(?=[^：:\s]{1,8}[：:])")


@lru_cache(maxsize=1)
def _group_field():
    fields = alternation(read_table("categories.toml")["inline"]["group_fields"])
    # not the tail of a longer word (`民生领域：`), and the value up to its field's end
    return regex.compile(rf'(?<!\p{{Han}})["“]?(?:{fields})["”]?\s*[:：=]\s*["“]?(?P<value>[^"”,，;；:：\s]{{2,12}})')


def category_of_group_field(line: str) -> str | None:
    """`{"领域":"卫生健康",…}` → 常有健康: the category the line's first group field names."""
    found = _group_field().search(line)
    return category_of_heading(found.group("value")) if found else None


def category_of_field_line(line: str) -> str | None:
    """The category a line holding one group field and its short value alone names (a form's
    item filed under a brand: `所属板块：常有善育`), else None."""
    stripped = line.strip()
    if justified := _JUSTIFIED_KEY.match(stripped):     # `类　别：“常有善育”`: a key spaced out to its column's width
        stripped = _WHITE.sub("", justified.group()) + stripped[justified.end():]
    return category_of_group_field(stripped) if _FIELD_ALONE.fullmatch(stripped) else None


def category_of_card_head(line: str) -> str | None:
    """The category a card's head line files the card under, after the card's name and number: a group field set
    off at the line's end (`民生支票　No.XX27-01　　　科目：常有善育`), or a brand's or group's name alone in brackets
    (`【进账单 JZ27-01】对应支票XX27-01（常有善育）　进账日期：…`, `品号ZZ-2026-01　〔常有善育〕`); else None. Not a list's
    item after its number (`①【常有善育】…`): a phrase at the head of its sentence files that."""
    stripped = line.strip()
    if (last := _SET_OFF.split(stripped)[-1]) != stripped and _CARD_NUMBER.search(stripped[:-len(last)]) \
            and (category := category_of_field_line(last)):
        return category
    return next((brand for m in _BRACKETED.finditer(stripped)
                 if _CODE_BEFORE.search(stripped, 0, m.start()) and (brand := category_by_alias(m.group("name")))), None)


#: the runs of spacing that part a form's line into its fields
_SET_OFF = regex.compile(r"[ \u3000]{2,}|\t")
#: a short name in brackets of any kind (`（常有善育）`, `〔交通畅行〕`)
_BRACKETED = regex.compile(r"[（(【〖〔\[](?P<name>[^（）()【】〖〗〔〕\[\]\n]{2,10})[）)】〗〕\]]")
#: a card's number or code (`No.XX27-01`, `ZZ-2026-01`): two letters or digits in a row, not an item's number alone
_CARD_NUMBER = regex.compile(r"[0-9A-Za-z]{2}")
#: …right before the bracket that files the card, spacing aside (not `1间（抗震安居）` in a note, nor `2030年…之一（常有优学类）`)
_CODE_BEFORE = regex.compile(r"[0-9A-Za-z]{2}(?:[-－_./][0-9A-Za-z]+)*[ \u3000]*$")


#: a line that is one field and its short value (`所属板块：常有善育`)
_FIELD_ALONE = regex.compile(r"[^：:\s]{2,8}[：:]\s*[^：:，,。；;\s]{2,12}")
#: a form's key of two to four characters spaced out to the width of its column (`类　别`, `资　金`)
_JUSTIFIED_KEY = regex.compile(r"\p{Han}(?:[ \u3000]+\p{Han}){1,3}(?=[ \u3000]*[：:])")
_WHITE = regex.compile(r"[ \u3000]+")


@lru_cache(maxsize=1)
def _project_word():
    return regex.compile(alternation(read_table("categories.toml")["subject"]["project_words"]))


def names_one_project(title: str) -> bool:
    """`某村道路硬化工程竣工公示`: a title naming one project of one topic, not a list of
    projects (`民生实事项目清单`: no topic; `城市更新和“一老一小”工程`: joined) nor a
    theme (`家门口看病更方便了`: no project word)."""
    return _project_word().search(title) is not None and names_one_topic(title)


#: between the parts of a project's name that joins two works (`壮大村集体经济、增加贫困户收入`):
#: each must name the same topic
_LISTED_PARTS = regex.compile(r"[、，,；;]")
#: the fewest characters of such a part that name a work (`新建、改扩建中小学4所`: `新建` is the verb's)
_WORK_CHARS = 4
#: the dot between a group's name and its project's (`常有颐养·敬老暖心行动`)
_GROUP_DOT = regex.compile(r"[·・]")


@lru_cache(maxsize=1)
def _carried_out() -> tuple["regex.Pattern", ...]:
    return tuple(regex.compile(p) for p in read_table("categories.toml")["subject"]["carried_out"])


@lru_cache(maxsize=1)
def _list_frame() -> "regex.Pattern":
    return regex.compile(f"(?:{alternation(read_table('categories.toml')['subject']['list_frames'])})$")


def project_carried_out(lead: str) -> str | None:
    """The one project of the year's list that a document's lead says it carries out
    (`…民生实事项目实施方案》中“就业创业·肉牛肉羊产业帮扶”子项`), where the name it quotes
    names one topic and no other quoted project names another."""
    # a project under its group's name (`就业创业·肉牛肉羊产业帮扶`) is of that group, whatever its own words
    names = [group if category_by_alias(group := _GROUP_DOT.split(m.group("name"), 1)[0]) else m.group("name")
             for pattern in _carried_out() for m in pattern.finditer(lead)
             if not _list_frame().search(m.group("name"))]
    topics = {name: topic for name in names if (topic := category_of_heading(name))
              and all(category_of_heading(part) == topic for part in _LISTED_PARTS.split(name)
                      if len(part) >= _WORK_CHARS)}
    return next(iter(topics)) if len(set(topics.values())) == 1 else None


@lru_cache(maxsize=1)
def _site_name() -> tuple["regex.Pattern", "regex.Pattern"]:
    spec = read_table("categories.toml")["subject"]
    return regex.compile(spec["site_name"]), regex.compile(alternation(spec["site_name_work"]))


def is_a_site_name(cell: str) -> bool:
    """A school's, a clinic's or a village's name alone (`石角镇中心小学`, `县人民医院`, `东风村`):
    where a matter is done, no work of its own (`新建幼儿园`, `县一中扩建` are works)."""
    name, work = _site_name()
    cell = cell.strip()
    return name.match(cell) is not None and work.search(cell) is None


@lru_cache(maxsize=1)
def _service_page_word():
    return regex.compile(alternation(read_table("categories.toml")["subject"]["service_page_words"]))


def is_a_service_page(text: str) -> bool:
    """An ordering or booking page of one service (`我的订单`, `订单号`, `立即预约`): its title
    bar's name (`某区长者食堂`) is its subject, though it holds no project word."""
    return _service_page_word().search(text) is not None


@lru_cache(maxsize=1)
def _institutions() -> tuple[tuple["regex.Pattern", "regex.Pattern"], ...]:
    return tuple((regex.compile(alternation(kind["self"])), regex.compile(kind["name"]))
                 for kind in read_table("categories.toml")["subject"]["institutions"])


@lru_cache(maxsize=1)
def _standard() -> tuple["regex.Pattern", "regex.Pattern"]:
    spec = read_table("categories.toml")["standard"]
    return regex.compile(spec["code"]), regex.compile(spec["ending"])


def subject_of_a_standard(text: str) -> str | None:
    """A standard's text is of what its title sets rules for: the line after the standard's
    number (`DB6208/T 0112—2028` over `社区老年助餐服务点建设与服务规范` → `社区老年助餐服务点`),
    where that names one topic; None in any other document."""
    code, ending = _standard()
    number = code.search(text)
    if number is None:
        return None
    title = text[number.end():].lstrip().split("\n", 1)[0].strip()      # the next line with words
    subject = ending.sub("", title)
    return subject if subject != title and names_one_topic(subject) else None


def speaks_as(name: str, text: str) -> bool:
    """The text speaks as the institution `name` (a masthead's `某区人民医院`, its news saying
    `我院`): its own news, of that institution."""
    name = name.strip()
    return any(ends.search(name) is not None and speaks.search(text) is not None for speaks, ends in _institutions())


def names_one_topic(title: str) -> bool:
    """The title names one category, in each of its parts if it joins any: a project's
    (`names_one_project`), or a service page's title bar (`× 某区长者食堂 ···`)."""
    return _parts_agree(title) and category_of_heading(title) is not None


def _parts_agree(title: str) -> bool:
    """Every part of a joined title names the same one category
    (`困难残疾人生活补贴和重度残疾人护理补贴`), or the title joins nothing; a short part naming
    none is a place's name in a list of them (`关于三沙—西洋岛、下浒—浮鹰岛客渡航线…`). An aside in
    brackets joins nothing (`…培训学员花名册及考核登记表（红毛丹、菠萝蜜 第一期）`: the batch and its kinds)."""
    parts = _JOINED_WORDS.split(ROUND_ASIDE.sub("", title))
    if len(parts) == 1:
        return True
    named = [category_by_alias(p) or _one_topic(p) for p in parts]
    return (len(set(named) - {None}) == 1
            and all(len(part) <= _MAX_UNNAMED_PART for part, said in zip(parts, named) if said is None))


#: the longest part of a joined title that may name no topic (a place's name and the words before it)
_MAX_UNNAMED_PART = 8


def _field_value(sentence: str, start: int, breaks: str) -> str:
    """The value of a `label：value` field: up to the line's end or the next break."""
    end = next((i for i in range(start, len(sentence)) if sentence[i] in breaks or sentence[i] == "\n"),
               len(sentence))
    return sentence[start:end].strip()


def _names_a_topic(name: str) -> bool:
    """A brand or group alias, or at least one topic word (`“微更新”` names none)."""
    scores = topic_scores(name)
    scores.pop(OTHER, None)
    return bool(scores) or category_by_alias(name) is not None


@lru_cache(maxsize=1)
def _projects_pattern():
    return regex.compile(alternation(read_table("categories.toml")["projects_themselves"]["words"]))


@lru_cache(maxsize=1)
def _stages_pattern():
    return regex.compile(alternation(read_table("categories.toml")["stages"]["words"]))


def names_a_stage(heading: str) -> bool:
    """`今年工作进展`, `下步打算`, `资金筹集`: a heading over a part of a report or a stage of
    the work, whose items are each about their own subject."""
    return _stages_pattern().search(heading) is not None


@lru_cache(maxsize=1)
def _list_names():
    return regex.compile(alternation(read_table("categories.toml")["projects_themselves"]["list_names"]))


def names_the_list(text: str) -> bool:
    """`民生实事`, `民心工程`: the text names the list of projects, not one matter."""
    return _list_names().search(text) is not None


def list_names_in(text: str) -> list[tuple[int, int]]:
    """Where the text names the list of projects (`民生实事`, `民心工程`), in order."""
    return [m.span() for m in _list_names().finditer(text)]


def names_the_projects(indicator: str | None) -> bool:
    """`赞成票率`, `群众满意度`, `民生实事项目`: the figure is about the projects themselves."""
    return bool(indicator) and _projects_pattern().search(indicator) is not None


@lru_cache(maxsize=1)
def _list_reference() -> tuple[re.Pattern, regex.Pattern]:
    """The words that refer to the list (`上述项目`), and a count of its items: apart, the
    words are scanned by `re` (literal words) and the count's look-behind no longer holds
    up the scan for the words, a third faster than the two joined."""
    data = read_table("categories.toml")["projects_themselves"]
    return word_pattern(data["list_words"]), regex.compile(f"(?<!{data['share_of']})(?:{data['list_count']})")


@lru_cache(maxsize=1)
def _field_count() -> regex.Pattern:
    return regex.compile(read_table("categories.toml")["projects_themselves"]["field_count"])


def _refers_to_the_list(text: str) -> bool:
    words, count = _list_reference()
    return words.search(text) is not None or count.search(text) is not None or _field_count().search(text) is not None


@lru_cache(maxsize=1)
def _summary_label():
    labels = alternation(read_table("categories.toml")["projects_themselves"]["summary_labels"])
    return regex.compile(rf"^\s*(?:{labels})\s*[:：，,]")


def sums_up_the_list(sentence: str) -> bool:
    """`小结：13项指标中10项已完成…全年完成投资5.06亿元`: a sentence that opens with a
    summary label speaks of the list as a whole, not of the item above it."""
    return _summary_label().match(sentence) is not None


@lru_cache(maxsize=1)
def _list_partition():
    return regex.compile(read_table("categories.toml")["projects_themselves"]["list_partition"])


#: Where a clause goes on from the one before it (`…资金23.8亿元，其中市级财政承担9.5亿元`)
_GOES_ON = ("其中",)


def speaks_of_the_list(clause: str, sentence: str = "") -> bool:
    """`上述项目所需资金约2亿元`, `10件30项任务已完成27项`: the clause (or, for a clause
    that goes on with `其中`, the one before it in `sentence`) speaks of the list as a whole."""
    if _refers_to_the_list(clause) or sums_up_the_list(sentence):
        return True
    goes_on = clause.lstrip().startswith(_GOES_ON)
    return goes_on and _refers_to_the_list(_clause_before(sentence, clause))


def parts_the_list(sentence: str, start: int, unit: str | None) -> bool:
    """`8个项目中，执行率达到95%以上的有6个，…`: the figure at `start` is in a sentence, or a
    part of one, that opens by parting the list; its counts and rates count or measure
    those parts. Money there is a part's own (`…低于90%的1个（公共就业服务），涉及资金88万元`)
    and keeps its part's topic."""
    if unit == MONEY:
        return False
    part_start = max(sentence.rfind("；", 0, start), sentence.rfind(";", 0, start), 0)
    return _list_partition().match(sentence, part_start) is not None


def goes_on_about_the_projects(clause: str, sentence: str) -> bool:
    """`满意度达97%，较上年提升0.8个百分点`: a clause naming no topic goes on about the
    projects themselves where the clause before it gives a figure about them (not where
    it only mentions them: `将农贸市场改造纳入民生实事，目前已完成14家`)."""
    # the clause before first: it rarely names the projects, and the topic scan of the clause costs more
    before = _clause_before(sentence, clause)
    if not (names_the_projects(before) and _DIGIT.search(before)):
        return False
    # `民生实事安排改造供热管网120公里，惠及居民4.6万户`: the figure before is the work's
    return not _names_a_topic(clause) and not _names_a_topic(before)


_DIGIT = regex.compile(r"\d")
#: the canonical unit of money (units.csv)
MONEY = "元"


@dataclass(frozen=True, slots=True)
class _Beside:
    court: "regex.Pattern"
    parties: "regex.Pattern"
    survey: "regex.Pattern"
    survey_units: frozenset[str]
    assessment: "regex.Pattern"
    assessment_units: frozenset[str]
    contract: "regex.Pattern"
    contract_units: frozenset[str]
    roll_call: "regex.Pattern"
    roll_call_units: frozenset[str]
    consultation: "regex.Pattern"
    consultation_columns: "regex.Pattern"


@lru_cache(maxsize=1)
def _beside() -> _Beside:
    data = read_table("categories.toml")["beside_the_projects"]
    return _Beside(regex.compile(alternation(data["court"])), regex.compile(alternation(data["parties"])),
                   regex.compile(alternation(data["survey"])), frozenset(data["survey_units"]),
                   regex.compile(data["assessment"]), frozenset(data["assessment_units"]),
                   regex.compile(alternation(data["contract"])), frozenset(data["contract_units"]),
                   regex.compile(data["roll_call"]), frozenset(data["roll_call_units"]),
                   regex.compile(alternation(data["consultation"])), regex.compile(data["consultation_columns"]))


def beside_the_projects(sentence: str, clause: str, unit: str | None, of_the_list: bool = True) -> bool:
    """The figure is about what goes on around the projects, not their work: a court
    case, the bidders or panel of a procurement, a survey's shares and the opinions it
    counts (what the public sends in otherwise: `counts_what_the_public_sent_in`), the
    steps of an assessment's points (`每少完成1%扣0.5分`), a contract's payment shares,
    the head counts of a meeting's roll call (`[beside_the_projects]` in categories.toml).
    `of_the_list`: False where a survey would be of the one matter the document is about,
    not of the projects."""
    beside = _beside()
    if beside.court.search(sentence):
        return True
    if unit != MONEY and (beside.parties.search(clause) or _among_the_parties(sentence, clause)):
        return True
    if unit in beside.assessment_units and beside.assessment.search(clause):
        return True
    if unit in beside.contract_units and beside.contract.search(sentence):
        return True
    if unit in beside.roll_call_units and beside.roll_call.match(sentence):
        return True
    if (unit != MONEY and (beside.consultation.search(clause) or unit in _BALLOT_UNITS and beside.consultation.search(sentence))
            and not _SATISFIED.search(clause)):
        return True         # 共发出表决票628张，收回571张: the vote's, in a document about one matter too
    return of_the_list and unit in beside.survey_units and beside.survey.search(sentence) is not None


#: how satisfied people are, which a survey of one matter measures of that matter
_SATISFIED = regex.compile("满意")
#: what ballots are counted in (`收回571张` after `发出表决票628张`)
_BALLOT_UNITS = frozenset({"张", "票", "份"})


def counts_the_votes(headers: Iterable[str]) -> bool:
    """A table of a vote's or a consultation's counts: one of its columns is (`同意（户）`, `支持率（%）`),
    and so are the others beside it (`占总户数（%）`, `同意面积（平方米）`)."""
    return any(_beside().consultation_columns.search(header) for header in headers)


@dataclass(frozen=True, slots=True)
class _Tally:
    """One kind of an office's workload: what it counts (`words`) and the measures it is counted in."""
    words: "regex.Pattern"
    units: frozenset[str]
    count: "regex.Pattern"          # a figure in one of `units`
    counted: "regex.Pattern"        # one of `words`, then a figure in one of `units` in its clause


def _tally(words: list[str], units: list[str]) -> _Tally:
    count = rf"\d[\d,，.]*[ \t]*万?(?:{alternation(units)})"
    return _Tally(regex.compile(alternation(words)), frozenset(units), regex.compile(count),
                  regex.compile(rf"(?:{alternation(words)})[^，,；;。]*?{count}"))


@dataclass(frozen=True, slots=True)
class _SentIn:
    requests: _Tally                # what the public sent in (`工单8642件`)
    cases: _Tally                   # the cases an oversight body handled (`查处…问题126个`)
    share_units: frozenset[str]
    request_units: frozenset[str]   # the measure the requests themselves are counted in
    breakdown_lead: "regex.Pattern"  # `从问题类型看，`: what the sentence's counts are broken down by
    enforced_rules: "regex.Pattern"  # `交通违法`: a rule the police enforce, whose cases keep their topic


@lru_cache(maxsize=1)
def _sent_in() -> _SentIn:
    data = read_table("categories.toml")["sent_in"]
    return _SentIn(_tally(data["words"], data["count_units"]), _tally(data["case_words"], data["case_units"]),
                   frozenset(data["share_units"]), frozenset(data["request_units"]),
                   regex.compile(data["breakdown_lead"]), regex.compile(alternation(data["enforced_rules"])))


def counts_what_the_public_sent_in(sentence: str, clause: str, start: int, heading: str | None,
                                   unit: str | None, lead: str | None = None) -> bool:
    """A count of the opinions, complaints, messages or requests the public sent in
    (`收集意见建议4200余条`, `受理群众诉求9.6万件`, `工单8642件`, `教育类702件` under
    `诉求分类情况`), or of the cases an oversight body handled (`查处侵害群众利益问题126个`,
    `处理187人`, `从问题类型看，社会救助领域44个`), a part of one after `其中`, or a share or change
    of one given before it in its sentence (`占8.1%`, `环比增加12件`): the office's workload, not a
    project's work, whatever project it is about (`[sent_in]` in categories.toml). `start`: where
    the figure opens in `sentence`. Words only before the clause and counting nothing
    (`根据群众意见，…改造背街小巷5条`) leave the figure its own topic. `lead`: the lead line of the
    figure's list (`从反映的问题看，居前五位的是：` over `1．劳资纠纷461件，占14.0%`), which names
    what its items count as a heading would; so does the sentence's own opening (`从问题类型看，`).
    A heading speaks for the requests only: a bulletin's title over its cases (`…典型问题的通报`)
    is over the cases' own figures too, which keep their fund's topic."""
    spec = _sent_in()
    opening = spec.breakdown_lead.match(sentence)
    leads = (lead, opening.group() if opening else None)
    requests_above = any(spec.requests.words.search(above or "") is not None for above in (heading, *leads))
    cases_above = any(spec.cases.words.search(above or "") is not None for above in leads)
    # a heading alone speaks for a count in another measure than the requests' only where its clause
    # names no work (`以诉促治` over `新开公交线路2条`: the lines opened)
    requests_count = requests_above and (unit in spec.request_units or not topic_scores(clause))
    # the police's cases of the road rules (`查处交通违法行为1265起，其中…不戴头盔712起`) are traffic control's
    enforced = spec.enforced_rules.search(sentence[:start] + clause) is not None
    return (_counts_of(spec.requests, spec.share_units, sentence, clause, start, unit,
                       requests_count if unit in spec.requests.units else requests_above)
            or not enforced and _counts_of(spec.cases, spec.share_units, sentence, clause, start, unit, cases_above))


def _counts_of(tally: _Tally, share_units: frozenset[str], sentence: str, clause: str, start: int,
               unit: str | None, named_above: bool) -> bool:
    """The figure at `start` counts what `tally` counts: its clause names it, a count of it comes
    before it in its sentence, it is a part of one after `其中`, or it is a share of one before it;
    `named_above`: a heading or lead over it names what is counted."""
    before = sentence[:start]
    if unit in share_units:
        return tally.count.search(before) is not None and (named_above or tally.words.search(before) is not None)
    if unit not in tally.units:
        return False
    return (named_above or tally.words.search(clause) is not None or _among(tally.words, sentence, clause)
            or tally.counted.search(before) is not None)


#: A list's lead line: the first line of its paragraph, closed by a colon (`…居前五位的是：`)
_LEAD_LINE = regex.compile(r"^[^\n]{2,40}[：:][ \t\u3000]*\n")


def lead_of_list(paragraph: str, sentence: str) -> str | None:
    """The lead line that opens `paragraph` (`从反映的问题看，居前五位的是：`) where `sentence` is one
    of the items below it, not the lead itself; None where the paragraph opens with no such line."""
    found = _LEAD_LINE.match(paragraph)
    return found.group().strip() if found and not found.group().startswith(sentence.strip()) else None


def is_a_balance_column(header: str) -> bool:
    """A ledger's balance column (`余额`, `余额（元）`, a card's `卡内余额（元）`): the account's money after
    each entry, of no topic."""
    bare = ROUND_ASIDE.sub("", "".join(header.split()))
    headers, endings = _balance_columns()
    return bare in headers or bare.endswith(endings)


@lru_cache(maxsize=1)
def _balance_columns() -> tuple[frozenset[str], tuple[str, ...]]:
    spec = read_table("categories.toml")["balance_columns"]
    return frozenset(spec["headers"]), tuple(spec["endings"])


def tallies_what_the_public_sent_in(heading: str | None, unit: str | None) -> bool:
    """A table cell under a heading that names what the public sent in (`【诉求分类前五位】` over
    `类别 | 件数（件） | 占比`), a count or a share: a tally of the requests by class, not the
    work of the class its row names (`教育`, `医疗卫生`), as in prose (`教育类702件，占8.1%`)."""
    spec = _sent_in()
    return ((unit in spec.requests.units or unit in spec.share_units)
            and spec.requests.words.search(heading or "") is not None)


@lru_cache(maxsize=1)
def _owner_label() -> "regex.Pattern":
    return regex.compile(read_table("categories.toml")["beside_the_projects"]["owner_label"])


def counts_the_owners(sentence: str, start: int) -> bool:
    """`配合：17个镇街`: the figure at `start` opens the value of a field naming who does the
    work (`[beside_the_projects]` owner_label): it counts the units responsible."""
    return _owner_label().search(sentence, max(0, start - _OWNER_REACH), start) is not None


#: How far before a figure its owner field's label is looked for
_OWNER_REACH = 12


def _among_the_parties(sentence: str, clause: str) -> bool:
    """`参加人共25名，其中：…人大代表和政协委员3名`: a part counted after `其中` of a count
    of the parties is of the parties too."""
    return _among(_beside().parties, sentence, clause)


def _among(words: "regex.Pattern", sentence: str, clause: str) -> bool:
    """The clause counts a part, after `其中`, of what the sentence before `其中` names
    by one of `words`."""
    head, among, _ = sentence.partition(_GOES_ON[0])
    # the clause may open with `其中` itself (`其中经济、技术专家4名`)
    return bool(among) and sentence.find(clause) >= len(head) and words.search(head) is not None


@lru_cache(maxsize=1)
def _economy():
    return regex.compile(alternation(read_table("categories.toml")["economy"]["words"]))


def names_the_economy(indicator: str | None) -> bool:
    """`居民人均可支配收入`, `地区生产总值增长`: a figure of the economy as a whole."""
    return bool(indicator) and _economy().search(indicator) is not None


@lru_cache(maxsize=1)
def _party() -> tuple["regex.Pattern", "regex.Pattern", "regex.Pattern"]:
    data = read_table("categories.toml")["party"]
    return tuple(regex.compile(alternation(data[key])) for key in ("members", "campaigns", "acts"))


#: the marks that end the part of a sentence a campaign of the Party governs (`…专题宣讲46场；街道…`)
_PART_BREAKS = regex.compile("[；;。！？!?]", flags=regex.REVERSE)


def of_the_party(indicator: str | None, text: str, start: int) -> bool:
    """`基层党组织38个`, `党员1,236名`, `…干部占比`: the Party's organisation and the office's cadres;
    `学习宣传贯彻党的二十大精神，开展专题宣讲46场`: an act of a Party study campaign (the campaign named
    in the part of sentence `text` before the figure at `start`)."""
    members, campaigns, acts = _party()
    if not indicator:
        return False
    if members.search(indicator):
        return True
    part_start = _PART_BREAKS.search(text, 0, start)
    return (acts.search(indicator) is not None
            and campaigns.search(text, part_start.end() if part_start else 0, start) is not None)


@lru_cache(maxsize=1)
def _population():
    return regex.compile(read_table("categories.toml")["population"]["whole"])


def counts_the_population(indicator: str | None) -> bool:
    """`户籍人口`, `农户`: a place's population or households as a whole, the base it starts from."""
    return bool(indicator) and _population().match(indicator) is not None


def counts_the_list(text: str, start: int = 0) -> bool:
    """`3项任务（…）`, `10件30项任务`, `项目调整为12件`: the figure at `start` counts the list's items (not
    where it is the whole of a share, `占全年32个任务的87.5%`: the year's task of the item,
    nor where its item names the thing it counts before it: `新增学位4500个任务之一` counts
    places, its measure word is the places')."""
    words, count = _list_reference()
    if words.match(text, start) is None and count.match(text, start) is None and not _set_to_a_count(text, start):
        return False
    return not names_a_topic(_item_before(text, start))


@lru_cache(maxsize=1)
def _set_count() -> tuple[regex.Pattern, regex.Pattern]:
    data = read_table("categories.toml")["projects_themselves"]
    return regex.compile(data["set_count"]), regex.compile(data["set_count_figure"])


def _set_to_a_count(text: str, start: int) -> bool:
    """`项目调整为12件`: the list's noun before the figure, set to the count of its items."""
    said, figure = _set_count()
    return figure.match(text, start) is not None and said.search(_item_before(text, start)) is not None


#: What opens the item a figure stands in, looking back from it: a clause mark or `、`
_ITEM_OPENS = regex.compile("[" + regex.escape(CLAUSE_MARKS + SENTENCE_ENDS + COLONS + "、") + "]", flags=regex.REVERSE)


def _item_before(text: str, start: int) -> str:
    """The words of the figure's item before it (`新增学位` of `…2所、新增学位4500个`)."""
    mark = _ITEM_OPENS.search(text, 0, start)
    return text[mark.end() if mark else 0:start]


@lru_cache(maxsize=1)
def _heading_count():
    data = read_table("categories.toml")["projects_themselves"]
    return regex.compile(data["heading_count"]), frozenset(data["heading_count_units"])


def counts_the_projects(heading: str, start: int, unit: str) -> bool:
    """`（3项）` at `start` in a group heading: the number of projects under it."""
    before, units = _heading_count()
    return unit in units and before.search(heading[:start]) is not None


@lru_cache(maxsize=1)
def _route_ends() -> regex.Pattern:
    return regex.compile(read_table("categories.toml")["route_ends"]["pattern"])


@lru_cache(maxsize=1)
def _reader_note() -> regex.Pattern:
    return regex.compile(read_table("categories.toml")["reader_note"]["pattern"])


@lru_cache(maxsize=1)
def _no_work_words() -> "regex.Pattern":
    """A contract's cost items, a room's fittings, a web page's controls, a facility's terms
    of use, a programme's or page's address to its audience and the places a drive goes into
    ([cost_items], [fittings], [page_controls], [terms_of_use], [medium_words], [campaign_venues],
    [straddles], [animals], [divisions], [greetings]): words that hold a topic word but name no work (`安全文明施工费`,
    `卫生间`, `【无障碍浏览】`, `公益时段`, `观众朋友`, `进校园`, `集中学习`, `流浪犬`, `老年组`, `阖家平安`)."""
    table = read_table("categories.toml")
    return regex.compile(alternation((*table["cost_items"]["words"], *table["fittings"]["words"],
                                      *table["page_controls"]["words"], *table["terms_of_use"]["words"],
                                      *table["medium_words"]["words"], *table["campaign_venues"]["words"],
                                      *table["straddles"]["words"], *table["animals"]["words"],
                                      *table["divisions"]["words"], *table["greetings"]["words"])))


def _names_of_no_work(text: str) -> list[tuple[int, int]]:
    """The spans whose topic words name no work of the figures around them: a route's two ends
    in brackets (`公交89路（火车站—湿地公园）`, its stops' place names), a contract's cost items
    (`安全文明施工费`, a line of every construction price), a room's fittings (`带独立卫生间`), a web
    page's controls (`【无障碍浏览】`), a facility's terms of use (`公益时段`), a programme's
    address to its audience (`观众朋友`) and a work's listing among the projects (`列入十大民生实事`)."""
    spans = [m.span() for m in _no_work_words().finditer(text)]
    if "（" in text or "(" in text:         # most texts: no bracket, no scan for routes
        spans += [m.span() for m in _route_ends().finditer(text)]
    listed_among, cue = _listed_among()
    if any(c in text for c in cue):         # …nor for a listing among the projects
        spans += [m.span() for m in listed_among.finditer(text)]
    return spans


#: The work a sentence puts on the list, before the verb, after a 将 or 把 that takes it (`建议将“嵌入式托育点”列入…`,
#: `既有住宅加装电梯列入…`)
_WORK_LISTED = regex.compile(r"(?:^|.*[将把])[“\"「]?(?P<work>[^，,。；;：:\s“”\"「」将把]{2,16})[”\"」]?$")
_CLAUSE_MARK = regex.compile(r"[，,。；;：:]", flags=regex.REVERSE)


def work_put_on_the_list(sentence: str, before: int) -> str | None:
    """The work the last clause before `before` puts on the list (`建议将“嵌入式托育点”列入2028年县级
    民生实事，新建8个`: 嵌入式托育点), else None."""
    listed_among, cue = _listed_among()
    if not any(c in sentence[:before] for c in cue):
        return None
    found = list(listed_among.finditer(sentence, 0, before))
    if not found:
        return None
    mark = _CLAUSE_MARK.search(sentence, 0, found[-1].start())
    work = _WORK_LISTED.match(sentence, mark.end() if mark else 0, found[-1].start())
    return work.group("work") if work else None


@lru_cache(maxsize=1)
def _listed_among() -> tuple["regex.Pattern", str]:
    """`列入市政府十大民生实事` after a work's name, and the characters one of its verbs starts
    with (data/categories.toml [listed_among])."""
    spec = read_table("categories.toml")["listed_among"]
    return regex.compile(spec["pattern"]), spec["first_characters"]


def category_of_heading(text: str) -> str | None:
    """A heading assigns the category it names, or the category of the one topic it
    names (`民生保障：…` → 常有众扶). A heading over several topics (`教育和托育`,
    `一老一小`) assigns none: its figures go by their own topics, as under a group name
    over several categories standing alone (`城市更新`; joined to a topic, as in
    `住房和城市更新`, the parts decide as above, and `own_work_beside_a_broad_group` lets
    a figure naming another work go by it). Where two topics meet in a heading, a boundary rule
    between them decides. `其他` is never assigned by a heading, nor by a route's ends in brackets (`K12路（北站—湿地公园）`: the stops' place names),
    nor by a heading of the front or back matter (`【展览前言】`)."""
    if (names_a_lesson_part(text) or _agency_heading().match(text) or _breakdown_heading().match(text)
            or _front_matter_heading().search(text)):
        return None
    text = without_sender(text)         # `县卫生健康局关于托育机构备案的公告`: the notice's matter, not its sender's
    text = _reader_note().sub("", _route_ends().sub("", text))
    if _names_a_broad_group(text) and _JOINED.search(_broad_group().sub("", text)) is None:
        return None
    pieces = _JOINED.split(text)
    named = [category_by_alias(part) or _one_topic(part) for part in pieces]
    parts = set(named) - {None}
    if len(parts) > 1:       # `就业和社会保障`, `就业和文体`: topics joined, each its own category
        return None
    if parts and any(said is None and len(set(topic_scores(piece)) - {OTHER}) > 1 for piece, said in zip(pieces, named)):
        return None          # `生态宜居·文化惠民`: a part naming topics of its own, though of more than one
    if any(_run_together(piece) or _brand_over_two_topics(piece) for piece in pieces):
        return None
    if parts and _joins_an_unknown_matter(text):
        return None
    if (alias := category_by_alias(text)) is not None:
        return alias
    if _one_topic(_without_free_matches(_broad_alone(), text)) is None or (topic := _one_topic(text)) is None:
        return None
    # where two topics meet in it, the boundary between them decides, as for a figure's own words
    # (`老旧小区燃气管道更新改造工程`: gas safety inside estates, not the estates); where the boundary
    # gives 其他 (`紫菜养殖台风指数保险理赔清单`: the farmers' insurance, not the typhoon), none
    won = boundary_winner(text) or topic
    return None if won == OTHER else won


def _joins_an_unknown_matter(text: str) -> bool:
    """A heading joining a matter the lexicon knows to one no topic word names (`山路和河道`, `钱袋子和安全`): it is
    over two matters, and the one unknown may be any topic; its figures go by their own words."""
    for joined in _JOINED_PAIR.finditer(text):
        unknown = [joined.group(side) for side in ("left", "right") if not topic_scores(joined.group(side))]
        if len(unknown) == 1 and not any(kind in unknown[0] for kind in _work_kinds()):
            return True
    return False


@lru_cache(maxsize=1)
def _work_kinds() -> tuple[str, ...]:
    """Words naming the kind of work done on a matter (`保障`, `服务`; categories.toml [joined_matters])."""
    return tuple(read_table("categories.toml")["joined_matters"]["work_kinds"])


#: two words joined as a heading's two matters (`山路和河道`)
_JOINED_PAIR = regex.compile(r"(?<!\p{Han})(?P<left>\p{Han}{2,4})[和与及](?P<right>\p{Han}{2,4})(?!\p{Han})")


@lru_cache(maxsize=1)
def _broad_alone():
    return regex.compile(alternation(read_table("categories.toml")["broad_groups"]["alone"]))


@lru_cache(maxsize=1)
def _agency_heading():
    return regex.compile(read_table("categories.toml")["agency"]["heading"])


@lru_cache(maxsize=1)
def _breakdown_heading():
    return regex.compile(read_table("categories.toml")["agency"]["breakdown"])


@lru_cache(maxsize=1)
def _front_matter_heading():
    return regex.compile(read_table("categories.toml")["agency"]["front_matter"])


@lru_cache(maxsize=1)
def _agency_name():
    return regex.compile(read_table("categories.toml")["agency"]["name"])


def _without_agencies(text: str) -> str:
    """The text with the departments it lists blanked out (`县发改委、县住建局、县交通运输局…负责同志`:
    who came, not a topic). One department alone may be the work's own (`县交通运输局…召开项目调度会11次`)."""
    agency = _agency_name()
    if not text or len(agency.findall(text)) < 2:
        return text
    return "".join(agency.sub(lambda m: "\u3000" * len(m.group()), part) if len(agency.findall(part)) >= 2 else part
                   for part in _SENTENCE_PARTS.split(text))


def without_sender(title: str) -> str:
    """A title without the department that opens it as its sender (`某旗应急管理局救灾物资调拨签收单`:
    the bureau sends the receipt, its words, 应急, are not what the receipt is about); only a place's
    name may stand before the department, and the title must go on after it."""
    match = _agency_name().search(title or "")
    if match is None or not title[match.end():].strip() or not _PLACE_BEFORE.fullmatch(title[:match.start()]):
        return title
    return title[match.end():]


#: what may stand before a title's sending department: the rest of its place's name (`阿拉善右`)
_PLACE_BEFORE = regex.compile(r"\p{Han}{0,10}")


#: the parts of a sentence that list departments each on their own (`县民政局…；县交通运输局…`)
_SENTENCE_PARTS = regex.compile(r"(?<=[；;。])")


@lru_cache(maxsize=1)
def _audience():
    return regex.compile(alternation(read_table("categories.toml")["audience"]["words"]))


def without_audience(title: str) -> str:
    """A title naming the year's list without who its page is for or by (`…民生实事影像展观众留言簿` →
    `…民生实事影像展留言簿`): the visitors of an exhibition on the list are no topic of it; a title of one
    matter keeps them (`…公益电影放映观众人次统计`)."""
    return _audience().sub("", title) if names_the_list(title) else title


@lru_cache(maxsize=1)
def _lesson_parts():
    return regex.compile(alternation(read_table("categories.toml")["lesson_parts"]["words"]))


def names_a_lesson_part(heading: str) -> bool:
    """`四、教学过程`, `《道德与法治》…教学设计`: a heading framing a school lesson names a teaching
    activity, not a topic; the figures a lesson quotes go by their own topics."""
    return _lesson_parts().search(heading) is not None


def own_work_beside_a_broad_group(heading: str | None, indicator: str | None) -> str | None:
    """Under a heading joining a topic to a group name over several categories
    (`住房和城市更新`: housing, and urban renewal's parking, parks and pipes), a figure
    whose own words name the work of another category goes by it (`公共停车泊位` →
    交通畅行, held-out 4's 410 and 14's 1402); None where it names none or the heading's
    own (the group's money, `惠及居民`, lifts keep the heading's category)."""
    if not heading or not indicator or _broad_group().search(heading) is None:
        return None
    own = _one_topic(indicator, work=True)
    return own if own is not None and own != category_of_heading(heading) else None


@lru_cache(maxsize=1)
def _facility_makeup():
    return regex.compile(alternation(read_table("categories.toml")["facility_makeup"]["words"]))


def without_the_facility_makeup(text: str) -> str:
    """`绿地率35.6%` → `35.6%`: the words for a facility's own make-up taken out (its plot,
    areas, green ratio, car park), which in a document about one facility are that facility's."""
    return _facility_makeup().sub(" ", text)


def own_work_in_a_part_of_its_own(sentence: str, start: int, indicator: str | None, subject: str,
                                  unit: str | None = None) -> str | None:
    """In a document about one facility, a sentence about it combined with another (its other
    parts name the facility's work): a figure in a part (between `；`) that names none of the
    facility's work, whose own words name another, goes by it: a combined centre's
    `新建综合养老服务中心1处，…；同步配建普惠托育园1所，设托位90个` is childcare there, and so
    is a part a word for a facility built alongside opens (`…，配套建设幼儿园1所`). None
    where the part names the subject's work too, in a sentence of one part (an item of the
    project, `修建排水边沟820米`, is the project's), and for the facility's own make-up
    (`…；机动车停车位86个`: its car park). A sum there is the facility's money, split by its
    source or item (`…；省级福彩公益金126万元`, `…；适老化补贴3000元`), not another work's."""
    if unit == MONEY:
        return None
    own = _one_topic(without_the_facility_makeup(indicator), work=True) if indicator else None
    if own is None or own in (subject, OTHER):
        return None
    parts = _parts_of_a_sentence() if subject in _ancillary_subjects() else _PARTS
    part_start = max((m.start() if m.group() not in "；;" else m.end() for m in parts.finditer(sentence, 0, start)),
                     default=0)
    part_end = next((m.start() for m in parts.finditer(sentence, start)), len(sentence))
    elsewhere = sentence[:part_start] + sentence[part_end:]
    if subject in _scores(sentence[part_start:part_end], work=True) or subject not in _scores(elsewhere, work=True):
        return None
    return own


@lru_cache(maxsize=1)
def _post_label():
    return regex.compile(read_table("categories.toml")["post_duties"]["label"])


def duties_of_a_post(sentence: str, start: int) -> str | None:
    """`1.社区助老员90名：配合全区28个社区老年食堂做好送餐…`: the duties after the label of a
    post listed with its head count, where the figure at `start` stands in them, else None."""
    label = _post_label().match(sentence)
    return sentence[label.end():] if label is not None and start >= label.end() else None


#: The longest heading read for two names run together with no joiner (`就业文体`)
_MAX_RUN_TOGETHER = 6
#: what parts a sentence into items (`…加装电梯60部；新增停车泊位1500个`)
_PARTS = regex.compile(r"[；;]")


@lru_cache(maxsize=1)
def _ancillary_subjects() -> frozenset[str]:
    return frozenset(read_table("categories.toml")["ancillary_facility"]["subjects"])


@lru_cache(maxsize=1)
def _parts_of_a_sentence() -> "regex.Pattern":
    """What parts a sentence into items of their own: a `；`, or the word that opens a facility
    built alongside the subject's (`…，配套建设幼儿园1所`), which starts its part."""
    return regex.compile("[；;]|" + alternation(read_table("categories.toml")["ancillary_facility"]["opens"]))


def _run_together(text: str) -> bool:
    """`就业文体`, `安居颐养`, the `善育优学` of `幸福某区·善育优学`: a short heading (or a
    part of one after its place) of two names with no joiner between them, the alias of one
    category beside a topic of another; each figure under it goes by its own topic. (A brand
    with a subtitle, `常有颐养：老年人体检`, is longer or set off.)"""
    text = text.strip()
    named = category_by_alias(text)
    if named is None or len(text) > _MAX_RUN_TOGETHER or not all_han(text):
        return False
    alias = next(a for a, name in _aliases_longest_first() if a in text)
    rest = text.replace(alias, "", 1)
    other = category_by_alias(rest) or _one_topic(rest)
    return other is not None and other != named


@lru_cache(maxsize=1)
def _two_topic_words():
    return regex.compile(alternation(read_table("categories.toml")["two_topics"]["words"]))


def _brand_over_two_topics(name: str) -> bool:
    """`康养某区`, `某城·康养`, `宜居某县`: a brand built on a word that names two categories
    (`康养`: health and elderly care; `宜居`: housing and the environment) and nothing else
    but its place; each figure under it goes by its own topic. A brand alias decides first
    (`住有宜居` is housing), and a name with a topic word beside it is read by its words
    (`宜居住房保障`)."""
    if category_by_alias(name) is not None:
        return False
    found = _two_topic_words().search(name)
    return found is not None and not _names_a_topic(name[:found.start()] + " " + name[found.end():])


@lru_cache(maxsize=1)
def _broad_group():
    return regex.compile(alternation(read_table("categories.toml")["broad_groups"]["words"]))


def _names_a_broad_group(text: str) -> bool:
    """The text names a broad group (`城市建设`), not as part of a topic word that runs across its
    edge (`新时代城市建设者管理者之家`: a home for the city's workers, housing)."""
    return bool(_free_matches(_broad_group(), text))


def _without_free_matches(pattern: regex.Pattern, text: str) -> str:
    for start, end in reversed(_free_matches(pattern, text)):
        text = text[:start] + text[end:]
    return text


def _free_matches(pattern: regex.Pattern, text: str) -> list[tuple[int, int]]:
    """The spans of the matches of `pattern` that stand free: not those a topic word holds or runs
    across (`帮扶` inside `帮扶车间`, `城市建设` across `建设者管理者之家`), which are that word's."""
    found = [match.span() for match in pattern.finditer(text)]
    if not found:
        return []        # (most headings name no such word: no scan for topic words)
    topic_words = [match.span() for match in _topic_pattern()[0].finditer(text)]
    return [(start, end) for start, end in found
            if not any(s < end and start < e and not (start <= s and e <= end) for s, e in topic_words)]


def work_of_heading(heading: str | None) -> str | None:
    """The one category a heading's work words name (`老年人免费体检`: the check-up, not
    the elderly), its joined parts agreeing; None where they name none or several, or where the heading
    frames a lesson (`三、教学重点和难点`: the teaching's, not schooling work)."""
    if heading and names_a_lesson_part(heading):
        return None
    parts = {_one_topic(part, work=True) for part in _JOINED.split(heading or "")} - {None}
    return parts.pop() if len(parts) == 1 else None


#: Where a heading joins topics (`就业和社会保障`, `城市环境和交通`, a group of two brands
#: `幼有所育·学有优教`, `教育／托育`, `燃气安全 + 文化惠民`, two quoted brands side by side `“禾润幼育”“某区优学”`,
#: two phrases set apart by a space, as a WeChat article's section head `住有所居 出行更畅`)
_JOINED = regex.compile(r"[和与及、·・/／|｜+＋]|[”」』](?=[“「『])|(?<=\p{Han})[ \u3000]+(?=\p{Han})")
#: …of which the words alone join the topics of a title (a `·` there sets off its place or series)
_JOINED_WORDS = regex.compile(r"[和与及、]")


@lru_cache(maxsize=1)
def _several_categories() -> "regex.Pattern":
    return regex.compile(alternation(read_table("categories.toml")["several_categories"]["words"]))


def names_several_categories(name: str | None) -> bool:
    """A group named over the works of several categories: a name of such a group
    (`“一老一小”服务`, `[several_categories]`), or names of two or more categories joined
    (`就业与兜底`, `交通、环境与安全`). Its own money is a sum over them (`其他`)."""
    if not name:
        return False
    if _several_categories().search(name):
        return True
    return len({category_by_alias(part) or _one_topic(part) for part in _JOINED.split(name)} - {None}) > 1


def names_a_topic(text: str) -> bool:
    """A brand or group alias, or a topic word of some category other than `其他`."""
    return _names_a_topic(text)


def category_of_item(text: str) -> str | None:
    """The category a list item is about by its topic words, `其他` and none left out."""
    found = category_by_topic(text)
    return None if found == OTHER else found


def _one_topic(text: str, work: bool | None = None) -> str | None:
    """The category whose topic words (`work`: as in `_scores`) outweigh all the others'
    in `text`, if one does."""
    scores = _scores(text, work)
    scores.pop(OTHER, None)
    if not scores:
        return None
    best = max(scores, key=scores.get)
    return best if scores[best] > sum(scores.values()) - scores[best] else None


@lru_cache(maxsize=1)
def _topic_pattern():
    owner: dict[str, list[tuple[str, bool]]] = {}
    for c in category_table():
        for w in c.topics:
            owner.setdefault(w, []).append((c.name, True))
        for w in c.groups:
            owner.setdefault(w, []).append((c.name, False))
    return word_pattern(owner), owner


def title_word_shortened(heading: str, title: str) -> str | None:
    """The category of the title's topic word that a heading names by a part of it alone (`体检结果`
    under `…住宅房屋体检报告`: the house's check-up, not a medical one), where every topic word of
    the heading is such a part and the title's words settle on one category; else None."""
    pattern, owner = _topic_pattern()
    title_words = [m.group() for m in pattern.finditer(title)]
    heading_words = [m.group() for m in pattern.finditer(heading)]
    if not heading_words:
        return None
    found: set[str] = set()
    for word in heading_words:
        longer = [w for w in title_words if word in w and word != w]
        if not longer:
            return None
        found |= {name for w in longer for name, _ in owner[w]}
    return found.pop() if len(found) == 1 else None


def _scores(text: str, work: bool | None = None) -> dict[str, int]:
    """Characters of matched words per category: words for the work (`work=True`), for
    the people served (`False`), or both (`None`)."""
    return dict(_scored(text)[work])


#: Texts whose scores and boundary winners are kept: a figure whose sentence names no topic
#: reads its whole paragraph, and so does every other figure of that paragraph (without
#: the cache, a long paragraph was scanned once per figure: quadratic).
#: 4,096: a document's figures read them again after its other sentences (the bench archive: 9,679 → 5,858 scorings).
_CACHED_TEXTS = 4096


@lru_cache(maxsize=_CACHED_TEXTS)
def _scored(text: str) -> dict[bool | None, tuple[tuple[str, int], ...]]:
    """The scores of `text` for each `work` (True, False, None): one scan for the three,
    since a figure's texts are asked for work words, then people's words, then both."""
    pattern, owner = _topic_pattern()
    scores: dict[bool | None, dict[str, int]] = {None: {}, True: {}, False: {}}
    no_work = _names_of_no_work(text)
    for match in pattern.finditer(text):
        word = match.group()
        if (in_a_street_name(text, match.start(), match.end()) or in_a_building_address(text, word, match.end())
                or names_a_place(text, match.start(), match.end()) or any(s <= match.start() < e for s, e in no_work)):
            continue
        for name, is_work in owner[word]:
            for kind in (None, is_work):
                scores[kind][name] = scores[kind].get(name, 0) + len(word)
    return {kind: tuple(found.items()) for kind, found in scores.items()}


@lru_cache(maxsize=1)
def _place_names() -> tuple[frozenset[str], str, frozenset[str]]:
    data = read_table("categories.toml")["place_names"]
    return frozenset(data["words"]), data["suffixes"], frozenset(data["not_suffixes"])


def names_a_place(text: str, start: int, end: int) -> bool:
    """Is the word at `start:end` a topic word that names places (`平安`) as the name of an
    administrative unit, its suffix right after it (`平安区`, `安居镇`), not a word that starts
    with the suffix's character (`平安乡村`)?"""
    words, suffixes, not_suffixes = _place_names()
    return (end < len(text) and text[end] in suffixes and text[end:end + 2] not in not_suffixes
            and text[start:end] in words)


@lru_cache(maxsize=1)
def _street_names() -> tuple[regex.Pattern, regex.Pattern]:
    data = read_table("categories.toml")["street_names"]
    road, named = data["road"], data["named"]
    return regex.compile(f"{road}{named}"), regex.compile(f"(?:{road})$")


def in_a_street_name(text: str, start: int, end: int) -> bool:
    """Is the word at `start:end` part of a street's name, before the street's house number
    or a place named after it (`文化路88号`, `健康路社区`; `人民大街57号` for `大街`)?"""
    named_street, road_end = _street_names()
    if named_street.match(text, end):
        return True
    road = road_end.search(text, start, end)
    return road is not None and named_street.match(text, road.start()) is not None


@lru_cache(maxsize=1)
def _building_addresses() -> tuple[frozenset[str], regex.Pattern]:
    estates = read_table("quantities.toml")["exclude"]["address"]["estates"]
    return frozenset(estates), regex.compile(read_table("categories.toml")["building_addresses"]["number"])


def in_a_building_address(text: str, word: str, end: int) -> bool:
    """Is `word`, ending at `end`, an estate's name before a building's number (`向阳小区3栋`,
    `某小区12号楼`): a household's address, no housing work?"""
    estates, number = _building_addresses()
    return word in estates and number.match(text, end) is not None


@lru_cache(maxsize=1)
def _sound_bite_lead() -> "regex.Pattern":
    return regex.compile(read_table("categories.toml")["sound_bites"]["lead"])


def speaks_to_the_report_before(line: str) -> bool:
    """`【同期声】某区居民 某某：…`: a news script's sound bite, which goes on about the report before
    it; not one about the projects themselves (`12项工程里已经完成了9项`: a project word)."""
    return _sound_bite_lead().match(line) is not None and _project_word().search(line) is None


def topic_scores(text: str) -> dict[str, int]:
    """Topic-word evidence per category: characters of matched topic and group words."""
    return _scores(text)


def work_scores(text: str) -> dict[str, int]:
    """Topic-word evidence of the work done alone (`贮藏窖`, `林道`), not of the people served
    (`脱贫户`, `烈士`): characters of matched topic words per category."""
    return _scores(text, work=True)


@dataclass(frozen=True, slots=True)
class Boundary:
    """Where two definitions meet: a text holding a word of `words` and one of `with_`, and none of
    `unless`, goes to `wins` (categories.toml [[boundary]])."""
    words: tuple[str, ...]
    with_: tuple[str, ...]
    wins: str
    #: the rule decides also under a heading that only names a topic (`over_topic_headings`)
    over_headings: bool = False
    #: words that keep the rule from holding (`安全培训` of pen farmers is safety training, not their trade's)
    unless: tuple[str, ...] = ()
    # one search per list instead of one `in` per word: every figure's texts are tried on every rule
    _words: re.Pattern = field(init=False, repr=False, compare=False)
    _with: re.Pattern = field(init=False, repr=False, compare=False)
    _unless: re.Pattern = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_words", _any_word(self.words))
        object.__setattr__(self, "_with", _any_word(self.with_))
        object.__setattr__(self, "_unless", _any_word(self.unless))

    def holds(self, text: str) -> bool:
        return (self._words.search(text) is not None and self._with.search(text) is not None
                and self._unless.search(text) is None)

    def mentions(self, text: str) -> bool:
        return any(w in text for w in (*self.words, *self.with_))

    def holds_in_setting(self, setting: str, text: str) -> bool:
        """The text holds a word of `words` and none of `with_`, which the setting (a title) holds
        with a word of `words` too: the setting is where the two meet (`大巴12辆` in a plan of buses
        taking migrant workers back to work, `新增餐位80个` in a school's notice of its pupils' meals).
        Not the other way round: `全民健身中心` under a title naming a games and its new fitness centre
        is the centre's, not the games'."""
        return (self._words.search(text) is not None and self._with.search(text) is None
                and self._unless.search(text) is None and self.holds(setting))

    def holds_under(self, heading: str, text: str) -> bool:
        """The text holds a word of `words` and it or its heading one of `with_` (`新装路灯120盏`
        under `亮化工程`): the heading says what the text's thing is part of."""
        return (self._words.search(text) is not None and self._with.search(f"{heading} {text}") is not None
                and self._unless.search(text) is None)


def _any_word(words: tuple[str, ...]) -> re.Pattern:
    """Finds a text holding any of `words` (none: no text)."""
    return word_pattern(words) if words else _NOTHING


_NOTHING = re.compile(r"(?!)")


@lru_cache(maxsize=1)
def boundaries() -> tuple[Boundary, ...]:
    return parse_boundaries(read_table("categories.toml"))


def parse_boundaries(data: dict) -> tuple[Boundary, ...]:
    """The [[boundary]] rules of a categories table, `@name` expanded from [word_sets]."""
    sets = data.get("word_sets", {})
    names = {c["name"] for c in data.get("category", ())}
    rules = tuple(Boundary(_expand(b["words"], sets), _expand(b["with"], sets), b["wins"],
                           b.get("over_topic_headings", False), tuple(b.get("unless", ())))
                  for b in data.get("boundary", ()))
    unknown = [b.wins for b in rules if b.wins not in names]
    if unknown:
        raise ValueError(f"categories.toml: [[boundary]] wins {unknown[0]!r}, which is not a category")
    return rules


def _expand(words: list[str], sets: dict[str, list[str]]) -> tuple[str, ...]:
    """`@name` stands for the list `name` of [word_sets]."""
    missing = [w for w in words if w.startswith("@") and w[1:] not in sets]
    if missing:
        raise ValueError(f"categories.toml: [[boundary]] names {missing[0]!r}, which is not in [word_sets]")
    return tuple(x for w in words for x in (sets[w[1:]] if w.startswith("@") else (w,)))


@lru_cache(maxsize=_CACHED_TEXTS)
def boundary_winner(text: str, about: str | None = None) -> str | None:
    """The category of the first boundary rule holding on `text`; with `about`, only of a
    rule that is about it too (a word of the rule is in `about`)."""
    return next((b.wins for b in boundaries() if b.holds(text) and (about is None or b.mentions(about))), None)


@dataclass(frozen=True, slots=True)
class SentenceBoundary:
    """A figure whose own words hold a word of `words` and none of `unless`, in a sentence
    holding a word of `with_`, goes to `wins` (categories.toml [[sentence_boundary]]):
    what the sentence is about decides an item that names no setting of its own."""
    words: re.Pattern
    with_: re.Pattern
    unless: re.Pattern
    wins: str

    def holds(self, own: str, sentence: str) -> bool:
        return (self.words.search(own) is not None and self.unless.search(own) is None
                and self.with_.search(sentence) is not None)


@lru_cache(maxsize=1)
def sentence_boundaries() -> tuple[SentenceBoundary, ...]:
    data = read_table("categories.toml")
    names = {c["name"] for c in data.get("category", ())}
    rules = tuple(SentenceBoundary(_any_word(tuple(b["words"])), _any_word(tuple(b["with"])),
                                   _any_word(tuple(b.get("unless", ()))), b["wins"])
                  for b in data.get("sentence_boundary", ()))
    unknown = [b.wins for b in rules if b.wins not in names]
    if unknown:
        raise ValueError(f"categories.toml: [[sentence_boundary]] wins {unknown[0]!r}, which is not a category")
    return rules


def _sentence_boundary_winner(own: str, sentence: str) -> str | None:
    """The rule holding on the figure's own words and the part of the sentence (between
    `；`) they sit in: a part after `；` (`…加装电梯60部；新增停车泊位1500个`) is an item of its own."""
    if not own:
        return None
    part = next((p for p in _PARTS.split(sentence) if own.split(" ")[0] in p), sentence)
    return next((b.wins for b in sentence_boundaries() if b.holds(own, part)), None)


@lru_cache(maxsize=4096)      # asked for every block under a heading, with the same title
def heading_in_setting(heading: str, setting: str) -> str | None:
    """The category a boundary rule gives a heading's topic words read with the document's title:
    one side in the heading, both in the title (`食堂改造和下学期安排` in a school's notice of its pupils'
    meals: the school's canteen, 常有优学), or a [[sentence_boundary]] on the title (`安置点汇总表` in
    `…汛期避险转移安置人员花名册`: people sheltered from a flood, 公共安全, not housing's 安置); else None."""
    return (next((b.wins for b in boundaries() if b.holds_in_setting(setting, heading)), None)
            or next((b.wins for b in sentence_boundaries() if b.holds(heading, f"{setting}\n{heading}")), None))


@dataclass(frozen=True, slots=True)
class _Sequel:
    opens: "regex.Pattern"
    refers: "regex.Pattern"
    estates: re.Pattern
    works: re.Pattern
    reach: int
    wins: str


@lru_cache(maxsize=1)
def _sequel() -> _Sequel:
    data = read_table("categories.toml")["renovation_sequel"]
    return _Sequel(regex.compile(data["opens"]), regex.compile(data["refers"]), _any_word(tuple(data["estates"])),
                   _any_word(tuple(data["works"])), data["reach"], data["wins"])


def renovation_sequel(text: str, start: int, end: int, item_start: int | None = None) -> str | None:
    """The category of the renovation that the sentence `text[start:end]` goes on about,
    naming it without what it renovates (`改造后小区居民满意度达到96.2%`, `对其实施综合改造，…`):
    the estates' where the text before it names housing estates ([renovation_sequel]);
    None where the sentence is no such sequel. A sentence on a ledger item's outcome line
    (`整改结果：已整改。完成雨污分流管网改造4.8公里`) goes on about its item, which starts at
    `item_start` (its paragraph): the estates' where the item names them."""
    spec = _sequel()
    sentence = text[start:end]
    if item_start is not None and opens_a_result_field(text[text.rfind("\n", 0, start) + 1:end]):
        return spec.wins if spec.estates.search(text, item_start, end) else None
    if spec.opens.match(sentence) is None and spec.refers.search(sentence) is None:
        return None
    return spec.wins if spec.estates.search(text, max(0, start - spec.reach), end) else None


@lru_cache(maxsize=1)
def _list_lead() -> tuple["regex.Pattern", "regex.Pattern"]:
    data = read_table("categories.toml")["list_lead"]
    bullet = rf"^\s*(?:{data['dash_bullet']}|{char_class(BULLETS)}\s*)"
    return regex.compile(bullet), regex.compile(data["goes_on"])


def what_an_item_goes_on_about(lines: Sequence[str], k: int) -> str:
    """For line `k` of a paragraph, a bulleted item (`[list_lead]`): the line of the item before
    it where it opens by referring back (`- 涉及楼栋186栋`), and the paragraph's lead line (the
    line above its run of items, itself no item: `10:40 某社区 托育点`); "" for a line that is
    no item or has no lead."""
    bullet, goes_on = _list_lead()
    item = bullet.match(lines[k])
    if item is None:
        return ""
    first = k
    while first > 0 and bullet.match(lines[first - 1]):
        first -= 1
    lead = lines[first - 1] if first > 0 else ""
    before = lines[k - 1] if k > first and goes_on.match(lines[k], item.end()) else ""
    return "\n".join(t for t in (before, lead) if t)


def goes_on_from_the_row_above(row: str) -> bool:
    """`其中：惠及居民\t08\t户\t9600`: a table row that opens by referring back (`[list_lead]
    goes_on`) and names no work of its own is a part of the row above: the same project."""
    _, goes_on = _list_lead()
    return goes_on.match(row) is not None and not set(_scores(row, work=True)) - {OTHER}


def keeps_its_own_topic(indicator: str | None, renovated: str) -> bool:
    """In a sentence about a renovation, a figure whose own words name the work of another
    topic (`社区老年食堂`) keeps it; the renovation's own works (parking, pipes, lifts), its
    money and the residents' appraisal (`满意度`, `意见建议`) do not."""
    if not indicator or _sequel().works.search(indicator):
        return False
    own = _one_topic(indicator, work=True)
    return own is not None and own != renovated


def category_by_topic(text: str, focus: str = "") -> str:
    """Where the document assigns no category: the category of the figure's own words,
    else of the clause before them (`完成年度目标的36.6%` goes on from it), else of the
    sentence (`text`); `其他` when nothing matches.

    `focus` is the figure's indicator, then after `，` its clause (as run.py builds it).
    A boundary rule holding on the indicator, or on its list item (or, for an indicator
    naming only people, the clause before) and about the indicator (`在居住社区建设电动汽车充电桩` for `电动汽车充电桩`), decides first; then the
    indicator, its item and its clause are tried in that order. Boundary rules read the
    figure's own words only (a sentence lists many figures); where there are none, the
    sentence."""
    text, focus = _without_agencies(text), _without_agencies(focus)
    indicator, item, clause = _figure_words(focus)
    if _joins_categories(indicator) or _spans_categories(indicator, clause, text):
        return OTHER
    own = [t for t in (indicator, item, clause) if t]
    return (boundary_winner(indicator) or boundary_winner(item, about=indicator)
            or _sentence_boundary_winner(f"{indicator} {item}".strip(), text)
            or _people_of_the_work_before(indicator, _clause_before(text, clause))
            or _money_of_the_work_before(indicator, clause, _clauses_before(text, clause))
            or _money_of_the_work_it_names(indicator, clause)
            or _money_of_the_work_it_funds(indicator, clause)
            or _share_of_the_money_before(own, _clauses_before(text, clause))
            or _share_put_to_a_work(indicator, _clause_before(text, clause))
            or _by_words(own, [text], ruled=True)
            or _by_words(_clauses_before(text, clause), [text], ruled=False)
            or _by_words([text], [], ruled=not own)
            or OTHER)


def boundary_under(setting: str | None, text: str) -> str | None:
    """The category of the first boundary rule whose words `text` holds and whose other side it or
    the setting (a document's title) names: a column `交通补助（元）` in a table of women waiting to give birth."""
    return next((b.wins for b in boundaries() if setting and b.holds_under(setting, text)), None)


def boundary_in_setting(setting: str, indicator: str | None, clause: str) -> str | None:
    """The category of a boundary rule whose one side the figure's own words name and whose
    other side the document's title names, the figure's words naming none of it (`大巴12辆，计划乘车540人`
    in `春节后务工人员返岗包车发车计划`: the buses of a jobs service); None where no rule meets so."""
    own = f"{indicator or ''} {clause}"
    return next((b.wins for b in boundaries() if b.holds_in_setting(setting, own)), None)


def over_a_topic_heading(text: str, focus: str, heading: str | None = None) -> str | None:
    """The category of a boundary rule that decides also under a heading naming only a
    topic (`over_topic_headings`: `对城乡低保户…减免水费5立方米，全年惠及困难家庭3650户` under
    `提升供水服务品质` is relief, 常有众扶), holding on the figure's own words (its indicator,
    its item, or for people alone the clause before: as `category_by_topic` reads them), or
    on its indicator with the heading (`新装太阳能路灯120盏` under `亮化工程`: a lighting
    scheme's lamps)."""
    indicator, item, clause = _figure_words(focus)
    if not indicator:
        return None
    before = "" if _scores(indicator, work=True) else _clause_before(text, clause)
    return next((b.wins for b in boundaries() if b.over_headings
                 and (b.holds(indicator) or any(b.holds(t) and b.mentions(indicator) for t in (item, before) if t)
                      or (heading and b.holds_under(heading, indicator)))),
                None)


@lru_cache(maxsize=1)
def _item_money_words() -> frozenset[str]:
    return frozenset(read_table("categories.toml")["item_money"]["words"])


def names_only_money(indicator: str | None) -> bool:
    """`计划投资`, `总投资`: the figure is named only as money, naming no work (its words are `其他`'s, as the
    projects' money is, until the work it pays for is known)."""
    return indicator in _item_money_words()


def _money_of_the_work_before(indicator: str, clause: str, before: list[str]) -> str | None:
    """`硬化某村道2.3公里，路面宽4.5米，投资92万元`: a sum named only as money (`投资`), in a clause
    that opens with it and names no topic, is the money of the work the clauses before it
    name, where they name one topic and none names the projects themselves
    (`继续办好10件民生实事，总投资约58亿元`: 其他; `其中托育和助餐两项的投资…` names its own)."""
    if indicator not in _item_money_words() or not clause.strip().startswith(indicator):
        return None
    if set(_scores(clause, work=True)) - {OTHER}:
        return None
    topics: set[str] = set()
    for earlier in before:
        scores = _scores(earlier, work=True)
        if OTHER in scores:
            return None
        topics |= set(scores)
    return next(iter(topics)) if len(topics) == 1 else None


def _money_of_the_work_it_names(indicator: str, clause: str) -> str | None:
    """`全年河湖治理投入资金4.26亿元`: a sum named only as money (`投入资金`, a word of `其他` for the
    projects' money) after the work it is put into, in its own clause, is that work's money: the
    category of the words before it, where they name the work of one topic and nothing of the
    projects themselves (`民生实事投入资金` stays 其他)."""
    if indicator not in _item_money_words() or (at := clause.find(indicator)) <= 0:
        return None
    return _one_work(clause[:at])


def _money_of_the_work_it_funds(indicator: str, clause: str) -> str | None:
    """`县里投资860万元新建的学生宿舍楼`: a sum named only as money, by whoever gives it, that its
    clause goes on to put into a work (`新建`, `用于`) is that work's money, where the words after
    the verb name the work of one topic."""
    if not indicator.endswith(tuple(_item_money_words())) or (at := clause.find(indicator)) < 0:
        return None
    funds = _funds().match(clause, at + len(indicator))
    return _one_work(funds.group("work")) if funds else None


@lru_cache(maxsize=1)
def _funds() -> regex.Pattern:
    return regex.compile(read_table("categories.toml")["item_money"]["funds"])


def _share_of_the_money_before(own: list[str], before: list[str]) -> str | None:
    """`…投入资金4.26亿元，其中中央和省级资金2.71亿元，市县配套1.55亿元`: a figure whose own words
    name no topic (a share by its source) after a clause of a work's money goes with that work:
    the nearest clause before naming anything, where it is such money."""
    if any(_scores(text) for text in own):
        return None
    earlier = next((text for text in before if _scores(text)), "")
    money = _item_money_word().search(earlier)
    return _one_work(earlier[:money.start()]) if money is not None and money.start() > 0 else None


@lru_cache(maxsize=1)
def _item_money_word() -> "regex.Pattern":
    return regex.compile(alternation(_item_money_words()))


@lru_cache(maxsize=1)
def _share_put_to() -> regex.Pattern:
    return regex.compile(read_table("categories.toml")["item_money"]["share_put_to"])


def _share_put_to_a_work(indicator: str, before: str) -> str | None:
    """`福彩公益金用于养老服务的比例`: the share of a sum put to one work is that work's, and so
    is the bound the clause after it sets that share (`…的比例达到55%，高于不低于50%的规定`)."""
    put_to = _share_put_to().search(indicator) or (None if _scores(indicator, work=True)
                                                   else _share_put_to().search(before))
    return _one_work(put_to.group("work")) if put_to else None


def _one_work(text: str) -> str | None:
    """The one category whose work words `text` holds, where it holds no word of `其他`."""
    works = set(_scores(text, work=True))
    return works.pop() if len(works) == 1 and OTHER not in works else None


def _people_of_the_work_before(indicator: str, before: str) -> str | None:
    """`暑期托管服务覆盖中小学312所，参加学生4.6万人次`: an indicator naming only people
    (`参加学生`) counts them for the work of the clause before, where a boundary rule
    holding there is about them."""
    if not indicator or _scores(indicator, work=True):
        return None
    return boundary_winner(before, about=indicator)


#: What joins two works into one figure (`社会保障和就业支出`, `托育、助餐项目不低于60%`: inside
#: one indicator `、` joins too; between figures it lists items, which the indicator splits)
_JOINED_WORKS = regex.compile(r"[和与及、]")


def money_of_the_list(sentence: str, clause: str, indicator: str | None) -> bool:
    """`计划投入资金3.1亿元，拟新增学位2000个、新建长者饭堂8个`: a sum that names no work of its
    own, in a part of a sentence (between `；`) whose works are of several categories, is the
    money of them all (`其他`, as a budget line over several topics), not of the one that
    happens to weigh most. (A sum per head or household is an item's standard: the caller
    leaves rates out.) A part that names no work at all (`…；开裂路面已修复2.1公里；拨付尾款780万元`)
    is read with the whole sentence: its sum is of the works the sentence lists."""
    if names_a_topic(indicator or "") or names_a_topic(clause):
        return False
    part = next((p for p in _PARTS.split(sentence) if clause in p), sentence)
    works = set(_scores(part, work=True)) - {OTHER} or set(_scores(sentence, work=True)) - {OTHER}
    return len(works) > 1


def _joins_categories(indicator: str) -> bool:
    """`社会保障和就业支出`, `托育和助餐投资`: one figure over the works of two categories
    belongs to neither (`其他`, as a budget line over several topics)."""
    parts = {_one_topic(part, work=True) for part in _JOINED_WORKS.split(indicator)} if indicator else set()
    return len(parts - {None}) > 1


def _spans_categories(indicator: str, clause: str, sentence: str) -> bool:
    """A figure that names no work of its own, in a clause (or, where the clause names none
    either, a sentence) that names the works of several categories (`对城乡低保、特困供养、高龄补贴、
    就业补助等5类资金进行审计`, `组织2个审计组`): a total across them, filed with none (`其他`),
    as a 合计 row is. data/categories.toml [across_categories]."""
    if _scores(indicator, work=True):
        return False
    widest = clause if _scores(clause, work=True) else sentence
    return any(len({_one_topic(item, work=True) for item in _LISTED.split(part)} - {None}) >= _across_categories()
               for part in _CLAUSE_PARTS.split(widest) if _LISTED.search(part))


#: The items of a list inside a clause, and the clauses of a sentence
_LISTED = regex.compile(r"[、]")
_CLAUSE_PARTS = regex.compile(char_class(CLAUSE_MARKS, SENTENCE_ENDS))


@lru_cache(maxsize=1)
def _across_categories() -> int:
    return read_table("categories.toml")["across_categories"]["at_least"]


def _figure_words(focus: str) -> tuple[str, str, str]:
    """(indicator, its list item, clause): the item is the piece of the clause between
    `、` that holds the indicator, or the clause itself where it lists nothing."""
    indicator, _, clause = focus.partition("，")
    indicator = indicator.strip()
    pieces = clause.split("、")
    item = next((p for p in pieces if indicator and indicator in p), "") if len(pieces) > 1 else clause
    return indicator, item, clause


_CLAUSE_END = CLAUSE_MARKS


def _clause_before(sentence: str, clause: str) -> str:
    """The clause just before `clause` in the sentence ("" where there is none)."""
    at = sentence.find(clause) if clause else -1
    if at <= 0:
        return ""
    head = sentence[:at].rstrip(_CLAUSE_END)
    mark = _LAST_CLAUSE_MARK.search(head)      # the nearest mark: one scan back, not one per mark
    return head[mark.end() if mark else 0:]


_LAST_CLAUSE_MARK = regex.compile("[" + regex.escape(_CLAUSE_END + "。") + "]", flags=regex.REVERSE)


#: The most clauses a figure with no work of its own looks back over for one
_MAX_CLAUSES_BACK = 3
#: What ends the run of clauses that goes on about one work: a sentence's end, `；` (an item
#: of its own) or `：` (a lead over the items: `冬季民生保障就绪：改造供热管网62公里，…`)
_PART_END = regex.compile("[" + regex.escape(SENTENCE_ENDS + COLONS + "；;") + "]", flags=regex.REVERSE)
#: Where a clause ends, or an item of a list that closes its bracket (`加装电梯（完成44%）、燃气安全
#: 改造（完成2100户，42%）`: the 42% goes on about the gas works, not the lifts before them)
_CLAUSE_OR_ITEM = regex.compile("[" + regex.escape(COMMAS) + "]|(?<=[）)])、")


def _clauses_before(sentence: str, clause: str) -> list[str]:
    """The clauses before `clause` in its part of the sentence, nearest first (at most
    `_MAX_CLAUSES_BACK`): `改造供热管网62公里，完成年度计划的103.3%，惠及居民4.1万户` — the
    rate and the households go on about the pipes, the nearest clause naming a work; a lead
    before `：` is no clause of the part."""
    at = sentence.find(clause) if clause else -1
    if at <= 0:
        return []
    head = sentence[:at].rstrip(_CLAUSE_END)
    end = _PART_END.search(head)
    pieces = [p for p in _CLAUSE_OR_ITEM.split(head[end.end() if end else 0:]) if p]
    return pieces[::-1][:_MAX_CLAUSES_BACK]


def _by_words(texts: list[str], tiebreak: list[str], ruled: bool) -> str | None:
    """The first text that names a work decides: by a boundary rule, else by the most
    characters of topic words, the texts after it breaking ties. Where no text names a
    work, the first that names the people served decides. `ruled`: boundary rules apply."""
    for i, part in enumerate(texts):
        winner = boundary_winner(part) if ruled else None
        if winner or _scores(part, work=True):
            return winner or _best(texts[i:] + tiebreak, work=True)
    for i, part in enumerate(texts):
        if _scores(part, work=False):
            return _best(texts[i:] + tiebreak, work=False)
    return None


def _best(texts: list[str], work: bool) -> str:
    """The category scoring most in the first text, later texts breaking ties, then the table order."""
    scored = [_scores(t, work) for t in texts]
    order = category_names()
    return max(scored[0], key=lambda name: (*(s.get(name, 0) for s in scored), -order.index(name)))
