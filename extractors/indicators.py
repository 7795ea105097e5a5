"""Indicator: the shortest noun phrase that names what a figure counts.

Chinese puts the counted noun either after the figure (`为3万名儿童开展…`,
`建成10个儿童友好社区`) or before it, as the object of the clause's predicate
(`新增托位数3400个`, `托位数达4个`). `find_indicator` tries the phrase after the
figure, then the one before it, and cleans it the way gold/README.md says:
predicates, scope words and quotation marks dropped, the `数` suffix dropped.

jieba segments only the clause around a figure; its dictionary tags are looked up
per word (its full POS tagger is too slow for whole archives).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import regex

from .categories import category_of_heading, list_names_in, names_the_list, work_put_on_the_list
from .clause_marks import DELIMITER as _DELIMITER
from .clause_marks import clause_start as _start_of_clause
from .clause_marks import phrase_end as _phrase_end
from .place import admin_units, is_generic
from .punctuation import BRACKET_CLOSES, BRACKET_OPENS, CLAUSE_BREAKS, COLONS, QUOTE_CLOSES, QUOTE_OPENS, char_class
from .quantities import find_quantities, rate_denominator_pattern, read_digits
from .segment import tag, word_crosses, words
from .tables import alternation, read_table
from .units import lookup


#: Phrases whose cleaning, object, confidence and stripped ends are kept. Each is a function
#: of the phrase alone (the tables and jieba's dictionary do not change during a run), and
#: the same phrases come back: a sentence's figures ask for its clauses one after another,
#: and a document's rows and paragraphs repeat their nouns. Over the eighteen gold sets the
#: cleaning was asked 9,753 times for 2,970 phrases, the confidence 2,334 times for 798.
_CACHED_PHRASES = 4096

#: What is stripped from the edges of a phrase: spaces, punctuation, and the dashes that
#: open a budget line (`——教育支出`)
_EDGE = " \t\u3000、，,。；;：:—–【】[]{}<>"
#: Markup around a figure in an export (`<target>40个</target>`, `"目标": "3000个"`): no words
_MARKUP_TAG = regex.compile(r"</?[A-Za-z][^<>]{0,40}>")
#: Markdown's struck-out words (`已开~~7个~~ 8个`, `楼栋 ~~180~~ 186栋`: a note's correction) and an
#: arrow a shorthand note writes for its verb (`托位↑300`): neither names what is counted
_STRUCK_OUT_OR_ARROW = regex.compile(r"~~[^~\n]*~~|[\u2190-\u21ff]")
#: …and what closes a figure's field in one (`3000个"}`, `40个</target>`, `1.2万个】`)
_FIELD_END = regex.compile(r"[\"'”]?\s*(?:[,，}\]:]|$)|[}\]>】〉]|</")
#: marks dropped from a phrase: quotes, emphasis and a blank left to fill in (`新建“______就业服务站”`, a crossword's clue)
_QUOTES = regex.compile(r"[“”‘’「」『』《》〈〉\"*_＿]")
#: a field's colon: no phrase that names what is counted holds one (no gold indicator does)
_COLON = regex.compile(r"[：:]")
#: a full-width clause mark: a name never holds one (the ASCII marks stand in figures and codes)
_CLAUSE_MARK_INSIDE = regex.compile(char_class("".join(mark for mark in CLAUSE_BREAKS if not mark.isascii())))
_QUOTED = regex.compile(r"“[^“”]*”|「[^「」]*」|（[^（）]{1,8}）|\([^()]{1,8}\)")
#: the 约 of 签约, 预约, 节约 is no qualifier
_QUALIFIER_END = regex.compile(
    r"(?:(?<![签预节合公条契])[约約]|大[约約]|近|将近|將近|接近|超过|超過|超|逾|不低[于於]|不少[于於]|不小[于於]|至少|不超[过過]|不高[于於]|不大[于於])$")
_QUALIFIER_AFTER = regex.compile(r"及以上|以上|以下|以内|左右|上下")   # used with match(text, pos)
_LEADING_TIME = regex.compile(r"^(?:(?:19|20)\d\d年(?:度|底|内)?|[日年月]均)")
#: A time inside a phrase: when, not what (`年末城市低保对象`, `老年助餐服务1—8月累计`,
#: `加装电梯8月当月新增`); the judge rejects a phrase with one, so it goes.
_TIME_IN_PHRASE = regex.compile(
    r"(?:截至|截止)?(?:(?:(?:19|20)\d\d年)?(?:[\d０-９]{1,2}\s*[—–\-~至到]\s*)?[\d０-９]{1,2}\s*月"
    r"(?:份|底|末|中旬|下旬|上旬)?(?:当月)?|(?:(?:19|20)\d\d\s*)?年(?:末|底)|当月"
    # a quarter (`2023年第四季度高龄津贴`, a payment notice's)
    r"|(?:(?:19|20)\d\d\s*年)?第?[一二三四1-4]\s*季度)前?")
#: The spelled-out name after an abbreviation (`AED（自动体外除颤器）`) explains it; not part of the name.
_GLOSS = regex.compile(r"(?<=[A-Za-z]{2,})\s*[（(]\p{Han}[^（）()]*[）)]$")
#: An English gloss in brackets (`长者饭堂（Senior Canteens）`) translates the name before it.
_LATIN_GLOSS = regex.compile(r"\s*[（(][^（）()\p{Han}]*[A-Za-z]{2}[^（）()\p{Han}]*[）)]")
#: What parts the places of a list at the head of a phrase (`甲区、乙区试点…`, `甲区　完成率`)
_PLACE_JOINER = regex.compile(r"[、和及与\s]*")
#: `集日间照料、康复护理…于一体的`: what a facility brings together, before its name
_ALL_IN_ONE = regex.compile(r"集[^，,。；;]{1,40}?于一体的?")
_ALL_IN_ONE_TAIL = regex.compile(r"^[^，,。；;]*?于一体的?(?=\p{Han}{2})")
#: `精神障碍社区康复服务点—“德康驿站”`: a kind, a dash, then the quoted name the figure counts
#: (a dash inside a title, `健康家庭—科学育儿进社区活动`, stays)
_APPOSITION = regex.compile(r"^\p{Han}{2,}[—–]+(?=[“「])")
#: A place in a ranking after the field ranked (`位列6个县（市、区）第1` → 县（市、区）): the
#: figure counts the field, the rank names nothing of it
_RANK_END = regex.compile(r"第[\d一二三四五六七八九十]{1,3}(?:位|名)?$")
#: A list marker at the head of an item: `17.`, `②`, `▸`, `三是`, `（二）`, a Markdown `- `, an
#: outline's number of three levels or four (`4.1.1`), or of two set off by a space (`3.2 新增…`,
#: not the figure of `1.5倍`); it numbers the item and names nothing.
_LIST_MARKER = regex.compile(
    r"^\s*(?:[\d０-９]{1,2}(?:[.．][\d０-９]{1,2}){2,3}(?![\d０-９])|[\d０-９]{1,2}[.．][\d０-９]{1,2}\s+(?=\p{Han})"
    r"|[\d０-９]{1,2}\s*[.．、](?![\d０-９])|[\p{No}]|[▸►▪•·●◆■□※]|-(?=\s)|[（(][一二三四五六七八九十\d]{1,3}[）)]"
    r"|[一二三四五六七八九十]{1,2}(?:是|、))\s*")
#: A space inside a run of single characters spaced out (`城 镇 新 增 就 业`, three at least): a
#: scan's letter spacing, closed up as a page break inside a word is. A space between words
#: (`鼓楼区　完成率`) separates them. Not the clean view's letter spacing
#: (pipeline/document.py), on purpose: that one rewrites the text every extractor reads, so it
#: closes only long runs (five characters, figures among them) that no spaced date could be;
#: this one closes a name's own short all-Han runs it left (`新 建 社 区`), where no date is.
_HAN_GAP = regex.compile(r"(?<=\p{Han}) (?=\p{Han} \p{Han})|(?<=\p{Han} \p{Han}) (?=\p{Han})")
#: Pictographs and marks that open a line of a post (`🚌 新开…`, `▲`): decoration, not a name
_LEADING_SYMBOLS = regex.compile(r"^[\p{So}\p{Sk}\p{Cf}\s]+")
#: …and a status tag in square brackets before a project's name (`【绿灯】社区卫生服务站：已建成6个`,
#: a supervision notice's light; `【已完成】`): it says how the project stands, not what is counted
_STATUS_TAG = regex.compile(r"^【?[^【】]{1,6}】(?=\S)")
_ENUMERATION_COMMA = regex.compile(r"、")
_HAN = regex.compile(r"\p{Han}")
_LIST_JOINER = regex.compile(r"、|和|及|与|以及")
#: (`环比增长` whole: 环 is no subject)
_COMPARISON = regex.compile(r"(?:环比|与|同|较|比).*?(?:相比|同期|相较)?$")
_COPULA_AFTER_SHARE = regex.compile(r"(?<=占.+)(?:为|是|达到|达)$")
_TRAILING_NUMBER = regex.compile(r"[\d０-９.．]+$")
_NUMERAL_CHARS = regex.compile(r"[\d０-９.．,，万亿余多一二两三四五六七八九十百千〇零—–\-~]")
_FIGURE_IN_TEXT = regex.compile(r"[\d０-９]+(?:\.\d+)?[万亿]?[余多]?\S?")
#: jieba dictionary tags that end a noun phrase after a figure: idioms, set phrases,
#: prepositions, conjunctions, particles, pronouns. The coordinators 和/及/与 do not
#: (`孤儿和事实无人抚养、重病重残儿童`).
_NON_NOUN_TAGS = frozenset({"i", "l", "p", "c", "u", "uj", "ul", "ud", "uz", "r"})
#: Function words: a phrase of nothing else names nothing (jieba tags verbs that are
#: also nouns, `补助`, as verbs, so verbs count only when listed: change verbs, copulas).
_FUNCTION_TAGS = frozenset({"d", "p", "c", "u", "uj", "ul", "ud", "uz", "r", "m"})
_NOUN_COORDINATORS = frozenset({"和", "及", "与", "以及", "、"})
_MAX_AFTER = 16


@dataclass(frozen=True)
class _Lexicon:
    amount_words: frozenset[str]     # an amount of what the verb before names (`服务总量`)
    predicates: frozenset[str]
    pivot_verbs: frozenset[str]      # verbs that set an agent to the work counted (`组织…开展`)
    facility_heads: frozenset[str]   # heads that make the verb before them a noun (`服务点`)
    change_verbs: frozenset[str]
    growth_verbs: frozenset[str]
    comparison: regex.Pattern
    person_end: regex.Pattern
    service_measures: frozenset[str]
    service_verbs: frozenset[str]
    completion_end: regex.Pattern
    copulas: tuple[str, ...]
    copula_end: regex.Pattern
    copula_prefixes: frozenset[str]
    change_end: regex.Pattern
    fixed_end: regex.Pattern
    households_lead: regex.Pattern
    insured: regex.Pattern
    insured_name: str
    suffix_ends: tuple[regex.Pattern, ...]
    stops_after: frozenset[str]
    resultative_complements: frozenset[str]   # 完 of 装完, 到 of 发到
    lead: regex.Pattern
    lead_words: frozenset[str]
    fixed_terms: tuple[str, ...]
    count_suffixes: tuple[str, ...]
    measure_counts: frozenset[str]
    generic_suffixes: tuple[str, ...]
    ratio_words: tuple[str, ...]
    bracket_yardsticks: regex.Pattern
    bracket_rate: regex.Pattern
    bracket_lead: regex.Pattern
    verb_alternative: regex.Pattern
    rate_end: regex.Pattern
    per_phrase: regex.Pattern
    share: regex.Pattern
    investment_words: tuple[str, ...]
    target_words: frozenset[str]
    target_end: regex.Pattern
    lead_verbs: tuple[str, ...]
    lead_verbs_by_first: dict[str, tuple[str, ...]]
    trailing_end: regex.Pattern
    dangling_ends: tuple[str, ...]
    stage_direction: regex.Pattern     # `（唱）` opening a script's line: how it is delivered
    locative_ends: frozenset[str]
    reached_stage: regex.Pattern
    action_end: regex.Pattern
    reported: regex.Pattern
    reported_end: regex.Pattern         # who reports and the verb alone (`区卫健委公布`): no thing
    fixed_before_verbs: regex.Pattern
    subsidy_end: regex.Pattern
    currencies: frozenset[str]
    points_after: regex.Pattern
    roll_words: tuple[str, ...]
    requests_of: regex.Pattern
    ballot_nouns: tuple[str, ...]
    ballot_stages: tuple[str, ...]
    not_adverbs: frozenset[str]
    urban_rural: tuple[tuple[str, tuple[str, str]], ...]
    paid_after: regex.Pattern
    action_kept_measures: tuple[str, ...]
    replacement_end: regex.Pattern       # the replacing of a line at a phrase's end (`更换`)…
    replacement_measures: frozenset[str]  # …which goes before a length of the line
    period_end: regex.Pattern
    period_lead: regex.Pattern
    plan_lead: regex.Pattern
    done_verb_end: regex.Pattern
    opinion: regex.Pattern
    project_money: regex.Pattern     # the writer's `项目` before the money (`项目总投资`)
    person_measures: frozenset[str]
    named_completion_targets: tuple[str, ...]
    destination_verbs: tuple[str, ...]
    done_words: frozenset[str]
    step_before: regex.Pattern
    stage_words: frozenset[str]
    subsidy_words: frozenset[str]
    per_unit_services: tuple[tuple[str, str], ...]
    completion_rate_names: tuple[str, ...]       # longest first
    levels_of_before: frozenset[str]
    reach_verbs: frozenset[str]
    measured_nouns: dict[str, str]      # measure + one-character noun → its name (`栋楼` → 楼栋)
    reached_household_measures: frozenset[str]   # a count of households a work reaches (`户`)…
    reached_households: str                      # …names them so (居民)
    household_ends: tuple[str, ...]              # a name of households (`低保户`, `困难家庭`)
    distributive: regex.Pattern
    group_measures: frozenset[str]
    item_measures: frozenset[str]
    fixed_aliases: tuple[tuple[str, str], ...]
    share_end: regex.Pattern
    have_words: frozenset[str]
    status_after: regex.Pattern
    status_before: regex.Pattern
    item_noun: regex.Pattern
    item_default_noun: str
    items_whole_after: regex.Pattern      # `中` after the whole a list's counts split (`24项中22项完成`)
    item_status_whole: tuple[str, ...]
    figure_closers: frozenset[str]
    list_heads: tuple[str, ...]
    bare_list_nouns: tuple[str, ...]
    stage_adverbs: frozenset[str]
    event_heads: frozenset[str]
    eligible_age: regex.Pattern
    eligible_band: regex.Pattern      # an age band of two bounds, dropped before any people
    restatement: regex.Pattern
    restatement_signs: tuple[str, ...]
    bare_restatement: regex.Pattern         # the bracket alone, before a currency sign
    framed_growth_end: regex.Pattern      # `同比增长`, `环比下降` at a clause's end


def _ends_with(words_: list[str]) -> regex.Pattern:
    """One search for whichever of the words a text ends with (longest first)."""
    return regex.compile(rf"(?:{alternation(words_)})$")


def _by_first_character(words_: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The words grouped by their first character, each group in the order of `words_`:
    a phrase can start only with the words of its own first character."""
    groups: dict[str, list[str]] = {}
    for word in words_:
        groups.setdefault(word[:1], []).append(word)
    return {first: tuple(group) for first, group in groups.items()}


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    data = read_table("indicators.toml")
    predicates = frozenset(data["predicates"])
    return _Lexicon(
        amount_words=frozenset(data["amount_words"]),
        predicates=predicates,
        pivot_verbs=frozenset(data["pivot_verbs"]),
        facility_heads=frozenset(data["facility_heads"]),
        change_verbs=frozenset(data["change_verbs"]),
        growth_verbs=frozenset(data["growth_verbs"]),
        comparison=regex.compile(
            rf"(?:{alternation(data['comparison_words'])})(?:{alternation(data['comparison_bases'])}|(?:19|20)\d\d年(?:底|末)?)"
            rf"(?:相比|相较)?|{alternation(data['comparison_frames'])}"
            rf"|(?:{alternation(data['bare_comparison_words'])})(?=(?:{alternation(data['change_verbs'])}))"
            rf"|{data['from_comparison']}"
            # (not the bound `不低于年度计划`, `不超过目标`: a qualifier of the figure)
            rf"|(?<!不)(?:{alternation(data['exceed_words'])})(?:{alternation(data['exceed_bases'])})"),
        person_end=_ends_with(data["person_endings"]),
        service_measures=frozenset(data["service_measures"]),
        service_verbs=frozenset(data["service_verbs"]),
        completion_end=regex.compile(
            rf"(?:{alternation(data['completion_verbs'])})(?:{alternation(data['completion_scopes'])})?"
            rf"(?:{alternation(data['completion_targets'])})+(?:{alternation(data['investment_words'])})?的?$"),
        copulas=tuple(sorted(data["copulas"], key=len, reverse=True)),
        copula_end=_ends_with(data["copulas"]),
        copula_prefixes=frozenset(c[:i] for c in data["copulas"] for i in range(1, len(c) + 1)),
        change_end=_ends_with(data["change_verbs"]),
        framed_growth_end=regex.compile(
            rf"(?:{alternation(data['comparison_frames'])})(?:{alternation(data['growth_verbs'])})$"),
        # a fixed name keeps a `…性` modifier that narrows its kind (补贴性职业技能培训),
        # a `年度` that says which year's figure it is (年度计划投资) and the households or
        # place of its work (居家适老化改造)
        fixed_end=regex.compile(rf"(?:\p{{Han}}{{2}}性|年度|(?:{data['fixed_households']})?(?:{data['fixed_places']})?)?"
                                rf"(?:{alternation(data['fixed_terms'])})$"),
        households_lead=regex.compile(rf"^(?:{data['fixed_households']})(?=.)"),
        insured=regex.compile(data["insured"]),
        insured_name=data["insured_name"],
        # a suffix is dropped only when more than one character stays before it
        suffix_ends=tuple(regex.compile(rf"(?<=..)(?:{alternation(data[key])})$")
                          for key in ("generic_suffixes", "count_suffixes")),
        stops_after=frozenset(data["stops_after"]),
        resultative_complements=frozenset(data["resultative_complements"]),
        # a lead word may close with a colon: a table's sub-row (`其中：新增学位`)
        lead=regex.compile(rf"^(?!{alternation(data['lead_keeps'])})(?:{alternation(data['lead_words'])}){char_class(COLONS)}?(?=.)"),
        lead_words=frozenset(data["lead_words"]),
        fixed_terms=tuple(sorted(data["fixed_terms"], key=len, reverse=True)),
        count_suffixes=tuple(data["count_suffixes"]),
        generic_suffixes=tuple(data["generic_suffixes"]),
        measure_counts=frozenset(data["measure_counts"]),
        ratio_words=tuple(data["ratio_words"]),
        bracket_yardsticks=regex.compile(data["bracket_yardsticks"]),
        bracket_rate=regex.compile(data["bracket_rate"]),
        bracket_lead=regex.compile(data["bracket_lead"]),
        # `新（改）建`, `新开工（筹集）`: a bracketed alternative verb
        verb_alternative=regex.compile(rf"[（(](?:{alternation(predicates | set(data['verb_chars']))})[）)]"),
        # `提高到每人每月`: the rate words between the phrase and the figure
        # and `由每托位`, `按每个`: a per phrase of any unit after 由/按 (`补贴标准将由每托位每月300元`,
        # `服务费按每生每学期600元`)
        rate_end=regex.compile(rf"(?:每{rate_denominator_pattern()})+$|[日年月]?[日年月人户]均$"
                               rf"|[由按](?:每\p{{Han}}{{1,2}}){{1,3}}$"),
        # the `per` of the record, not part of what is counted: `每千人口托位` → 托位
        per_phrase=regex.compile(rf"(?:每{rate_denominator_pattern()})+"),
        # `，占21.3%`, `占一般公共预算支出的78.6%`: a share of a whole (not `占比`)
        share=regex.compile(r"占(?!比)(?P<whole>[^，。；]*?)的?(?:比重|比例)?"),
        investment_words=tuple(data["investment_words"]),
        target_words=frozenset(data["target_words"]),
        # `年度目标` itself stays whole (and is then no indicator): two characters before at
        # least, and not a goal word itself (`托位目标` → 托位); a plan word before the verb
        # it plans (`…服务中心计划建设12个`) (not a verb of reach: `营养改善计划惠及` is the
        # programme's name and its reach)
        target_end=regex.compile(rf"(?<=..)(?<!^{alternation(data['target_words'])})(?:{alternation(data['target_words'])})"
                                 rf"(?:{alternation(predicates - set(data['reach_verbs']))})?$"),
        lead_verbs=(lead_verbs := tuple(sorted(predicates | set(data["lead_verbs"]), key=len, reverse=True))),
        lead_verbs_by_first=_by_first_character(lead_verbs),
        done_verb_end=regex.compile(data["done_verb_end"]),
        plan_lead=regex.compile(rf"^(?:{alternation(data['plan_words'])})(?=(?:{alternation(lead_verbs)}))"),
        trailing_end=_ends_with(data["trailing_words"]),
        dangling_ends=tuple(data["dangling_ends"]),
        stage_direction=regex.compile(rf"^[（(](?:{alternation(data['stage_directions'])})[）)]\s*"),
        locative_ends=frozenset(data["locative_ends"]),
        reached_stage=regex.compile(rf"^(?P<thing>.{{2,}}?)(?:{alternation(data['reached_adverbs'])})(?P<stage>\p{{Han}}{{1,8}})$"),
        # (not after a word of the work's standard, `村卫生室标准化建设`, `农村公路提质改造`: the
        # phrase names a kind of work; nor in a programme's name, `农村危房改造`)
        action_end=regex.compile(rf"(?<=..)(?<!{alternation(data['action_manners'])})"
                                 rf"(?<!{alternation(data['action_programmes'])})"
                                 rf"(?:{alternation(data['action_suffixes'])})$"),
        action_kept_measures=tuple(data["action_kept_measures"]),
        replacement_end=regex.compile(rf"(?<=..)(?:{alternation(data['replacement_suffixes'])})$"),
        replacement_measures=frozenset(data["replacement_measures"]),
        # a fixed name and the stage it reached (`加装电梯新开工186台`, `加装电梯仅开工9部`:
        # the adverb is how far, not what)
        fixed_before_verbs=regex.compile(
            rf"(?P<name>{alternation(data['fixed_terms'])})(?:已|均|仅|只)?(?P<stage>(?:{alternation(predicates)}|签约)+)$"),
        reported=regex.compile(rf"^.*?(?:{alternation(data['reporting_verbs'])})(?=.{{2}})"),
        reported_end=regex.compile(rf"(?:{alternation(data['reporting_verbs'])})$"),
        subsidy_end=regex.compile(rf"(?:{alternation(data['subsidy_kinds'])})?(?:{alternation(data['subsidy_words'])})(?:标准)?$"),
        # the subsidy named after its amount: `每人每餐2元的标准给予运营补贴`
        currencies=frozenset(data["currencies"]),
        points_after=regex.compile(data["points_after"]),
        roll_words=tuple(data["roll_words"]),
        requests_of=regex.compile(data["requests_of"]),
        ballot_nouns=tuple(data["ballot_nouns"]),
        ballot_stages=tuple(data["ballot_stages"]),
        not_adverbs=frozenset(data["not_adverbs"]),
        urban_rural=tuple((pair["joint"], tuple(pair["parts"])) for pair in data["urban_rural"]),
        paid_after=regex.compile(rf"(?:的标准)?(?:给予|发放)(?P<subsidy>(?:{alternation(data['subsidy_kinds'])})?"
                                 rf"(?:{alternation(data['subsidy_words'])}))"),
        period_end=regex.compile(rf"(?:{data['period']})$"),
        period_lead=regex.compile(rf"^(?:{data['period']})"),
        opinion=regex.compile(data["opinion"]),
        project_money=regex.compile(data["project_money"]),
        person_measures=frozenset(data["person_measures"]),
        named_completion_targets=tuple(data["named_completion_targets"]),
        destination_verbs=tuple(data["destination_verbs"]),
        done_words=frozenset(data["done_words"]),
        step_before=regex.compile(data["step_before"]),
        stage_words=frozenset(data["stage_words"]),
        subsidy_words=frozenset(data["subsidy_words"]),
        per_unit_services=tuple(data["per_unit_services"].items()),
        completion_rate_names=tuple(sorted(data["completion_rate_names"], key=len, reverse=True)),
        levels_of_before=frozenset(data["levels_of_before"]),
        reach_verbs=frozenset(data["reach_verbs"]),
        measured_nouns=dict(data["measured_nouns"]),
        reached_household_measures=frozenset(data["reached_household_measures"]),
        reached_households=data["reached_households"],
        household_ends=tuple(data["household_ends"]),
        distributive=regex.compile(data["distributive"]),
        group_measures=frozenset(data["group_measures"]),
        item_measures=frozenset(data["item_measures"]),
        fixed_aliases=tuple(data["fixed_aliases"].items()),
        # (`分解到本镇的`: the place it goes to may follow the verb)
        have_words=frozenset(data["have_words"]),
        share_end=regex.compile(rf"(?:{alternation(data['share_verbs'])})(?:\p{{Han}}{{0,4}}的)?$"),
        status_after=regex.compile(rf"(?P<status>{data['item_status']})(?=[，,；;。、（(）)\s]|$)"),
        status_before=regex.compile(rf"(?<={data['item_status_opening']})(?P<status>{data['item_status']})"
                                    rf"{data['item_status_joint']}$"),
        # the whole the items are part of, with the noun it gives them (`22项指标中`, `28个子项`)
        item_noun=regex.compile(rf"[\d一二三四五六七八九十]+(?:{alternation(data['item_measures'])}|个)"
                                rf"(?P<noun>{alternation(data['item_nouns'])})"),
        item_default_noun=data["item_default_noun"],
        items_whole_after=regex.compile(data["items_whole_after"]),
        item_status_whole=tuple(data["item_status_whole"]),
        figure_closers=frozenset(data["figure_closers"]),
        list_heads=tuple(data["list_heads"]),
        bare_list_nouns=tuple(data["bare_list_nouns"]),
        stage_adverbs=frozenset(data["stage_adverbs"]),
        event_heads=frozenset(data["event_heads"]),
        eligible_age=regex.compile(data["eligible_age"]),
        eligible_band=regex.compile(data["eligible_band"]),
        # `壹佰万元整（小写：1000000元）`: the bracket's opening after the figure it restates
        restatement=regex.compile(rf"(?:{alternation(data['figure_closers'])})?\s*[（(]\s*"
                                  rf"(?:{alternation(data['restatement_labels'])})\s*(?:[：:]\s*)?$"),
        restatement_signs=tuple(data["restatement_signs"]),
        bare_restatement=regex.compile(rf"(?:{alternation(data['figure_closers'])})?\s*[（(]\s*$"),
    )


#: What the indicator of a figure is read from: this many characters on each side of it at
#: most (a sentence is shorter; a longer "sentence", a 1 MB line, would make each figure's
#: reading as long as the text).
WINDOW = 1000


def find_indicator(sentence: str, start: int, end: int, figures: list[tuple[int, int]],
                   item: str | None = None) -> str | None:
    """The indicator of the figure at [start, end) of `sentence`; `figures` are the
    spans of all figures in the sentence; `item` the title of the list item the sentence
    opens (`1.普惠托位：` over `目标2500个，完成1860个`), which names what its figures
    count where the sentence says only goal and stage."""
    found = _without_stage_reached(without_loose_ends(_indicator_in_sentence(sentence, start, end, figures, item)))
    if found and names_the_list(found):
        # `将“嵌入式托育点”列入2028年县级民生实事，新建8个`: the list is where the work stands, not what is counted
        return work_put_on_the_list(sentence, start) or found
    return found


#: What `indicator_confidence` gives a phrase headed by a noun at least
_NOUN_CONFIDENCE = 0.7


def _without_stage_reached(phrase: str | None) -> str | None:
    """`断头路已打通` → 断头路: a thing and the stage it has reached, the stage a verb of its
    own at the end (`已按新标准发放`); not an object after the verb (`托育点已收托婴幼儿`
    counts the children), a service (`已经累计服务`) or a subject that names nothing (`问题`)."""
    reached = _lexicon().reached_stage.match(phrase or "")
    if reached is None or indicator_confidence(reached.group("thing")) < _NOUN_CONFIDENCE:
        return phrase
    return reached.group("thing") if tag(words(reached.group("stage"))[-1]) == "v" else phrase


#: A closing bracket opening a phrase, with the space after it (`）改造面积`): its pair was cut off
_LOOSE_CLOSE = regex.compile(rf"^{char_class(BRACKET_CLOSES)}+\s*")
#: A double dash after a name and what follows it (`长者食堂——不对`, a speaker correcting himself,
#: `助餐点——其中`): a break in the sentence, never inside a name (a single dash is: `0—6岁`)
_ASIDE = regex.compile(r"(?<=\p{Han}{2})\s*(?:——|--|－－).*$")
#: A leader of dots between a line's label and its figure (`供水工程……………………486.3`)
_LEADER = regex.compile(r"[…⋯.．·]{2,}\s*$")
#: An opening bracket whose pair the phrase does not reach, with what follows it (`老年助餐点（含`)
_LOOSE_OPEN = regex.compile(rf"\s*{char_class(BRACKET_OPENS)}{char_class(BRACKET_CLOSES, negated=True)}*$")


def without_loose_ends(indicator: str | None) -> str | None:
    """What a phrase cut out of running text keeps at its edges and no name has: a leader
    of dots before the figure (`供水工程……`), a script's stage direction (`（唱）中心幼儿园托班`), half a pair of
    brackets (`）改造面积`, `老年助餐点（含`), an aside after a double dash (`长者食堂——不对`)
    the particle of a relative clause the figure cut off (`农村改厕的`, see `dangling_ends`) and
    the locative of a whole a part is picked from (`新建学校中`, see `locative_ends`); while two
    characters stay."""
    if not indicator:
        return indicator
    indicator = _LEADER.sub("", indicator)      # a leader is never part of a name, however short what stays
    if not indicator:
        return None
    shorter = _lexicon().stage_direction.sub("", indicator)
    shorter = _ASIDE.sub("", _LOOSE_OPEN.sub("", _LOOSE_CLOSE.sub("", shorter), count=1), count=1)
    particle = next((p for p in _lexicon().dangling_ends if shorter.endswith(p)), "")
    shorter = shorter[:len(shorter) - len(particle)]
    last = words(shorter)[-1] if shorter else ""
    if last in _lexicon().locative_ends:
        shorter = shorter[:-len(last)]
    return shorter if len(shorter) >= 2 else indicator


def _indicator_in_sentence(sentence: str, start: int, end: int, figures: list[tuple[int, int]],
                           item: str | None) -> str | None:
    first = _figure_first(sentence, start, end, figures)
    found = _find_indicator(*first) if first else None
    found = found or _find_indicator(sentence, start, end, figures)
    if _names_only_the_money(found):            # `人民币（大写）` under `（1）安全文明施工费：`
        return indicator_of_label(_lexicon().copula_end.sub("", item.strip(), count=1)) if item else None   # `签约合同价为：`
    if item and (found is None or _goal_or_stage(found, _lexicon())) and _says_only_goal_or_stage(
            sentence, start, figures):
        return indicator_of_label(item) or found     # `打通6条` under `☑ 断头路`: the item's name
    return found


@lru_cache(maxsize=1)
def _money_label() -> regex.Pattern:
    data = read_table("indicators.toml")
    return regex.compile(rf"(?:{alternation(data['currencies'])})?\s*(?:[（(]?\s*(?:{alternation(data['restatement_labels'])})"
                         rf"\s*[）)]?)?\s*[：:]?")


def _names_only_the_money(phrase: str | None) -> bool:
    """Is the phrase only a currency and the label of a sum's numerals (`人民币（大写）`)?"""
    return bool(phrase) and _money_label().fullmatch(phrase.strip()) is not None


#: The most characters of bullets, spaces and a size word before a figure that opens its line
_MAX_BULLETS = 8


@dataclass(frozen=True, slots=True)
class _FigureFirst:
    bullets: regex.Pattern
    separator: regex.Pattern
    description_end: regex.Pattern


@lru_cache(maxsize=1)
def _figure_first_spec() -> _FigureFirst:
    data = read_table("indicators.toml")
    return _FigureFirst(regex.compile(data["figure_first_bullets"]), regex.compile(data["figure_first_separator"]),
                        regex.compile(char_class(CLAUSE_BREAKS, "\n")))


def _figure_first(sentence: str, start: int, end: int,
                  figures: list[tuple[int, int]]) -> tuple[str, int, int, list[tuple[int, int]]] | None:
    """A figure that opens its line and is set off from what it counts by a separator
    (a 数说 column: `5600个 —— 全年新增公办中小学学位`, `98.6% | 村卫生室医保结算覆盖率`):
    its description, put before the figure as prose writes it (`全年新增公办中小学学位5600个`),
    with the figure's span in that text and the figures inside it, so that the rules read
    the line as they read prose; None for any other figure."""
    spec = _figure_first_spec()
    # only a few characters back: a long line has many figures, each looking back (linear time)
    reach = max(0, start - _MAX_BULLETS)
    newline = sentence.rfind("\n", reach, start)
    if (newline < 0 and reach > 0) or spec.bullets.fullmatch(sentence, newline + 1, start) is None:
        return None
    separator = spec.separator.match(sentence, end)
    if separator is None or separator.end() == end:
        return None
    at = separator.end()
    stop = spec.description_end.search(sentence, at)
    description_end = stop.start() if stop else len(sentence)
    description = sentence[at:description_end]
    if not _HAN.search(description):
        return None                     # `3.2% —— 15%`: no words to name it
    inside = [(s - at, e - at) for s, e in figures if at <= s and e <= description_end]
    return _before_the_figure(description, sentence[start:end], inside)


def _before_the_figure(words_: str, figure: str,
                       inside: list[tuple[int, int]]) -> tuple[str, int, int, list[tuple[int, int]]]:
    """`words_` with `figure` after them, as prose writes a figure after what it counts: the
    text, the figure's span in it, and the spans of all its figures (`inside`: those of
    `words_`)."""
    start, end = len(words_), len(words_) + len(figure)
    return words_ + figure, start, end, [*inside, (start, end)]


def indicator_of_caption(caption: str, figure: str) -> str | None:
    """What a figure standing alone on its line counts, read from the line of words that
    captions it (a figure box: `5600个` over `全年新增公办中小学学位`) as prose would read
    those words before it."""
    return _find_indicator(*_before_the_figure(caption, figure, []))


#: The longest run of goal and stage words with their figures an item's body opens with.
_MAX_ITEM_HEAD = 48


def _says_only_goal_or_stage(sentence: str, start: int, figures: list[tuple[int, int]]) -> bool:
    """Is all before the figure at `start` goal and stage words (`目标2500个，完成`), perhaps
    with the year and the per phrase of a rate (`每人每月`, `2026年计划改造`)?"""
    if start > _MAX_ITEM_HEAD or _measure_word(sentence, start, figures) == "%":
        return False                                      # a rate names itself (完成率)
    lex = _lexicon()
    pieces = _DELIMITER.split(_without_figures(sentence, 0, start, figures))
    return all(_goal_or_stage(lex.period_lead.sub("", lex.per_phrase.sub("", piece.strip())), lex) for piece in pieces)


def _goal_or_stage(piece: str, lex: _Lexicon) -> bool:
    """Nothing, or only goal and stage words (`目标`, `已完工`, `新建改造`, `实际新增`)."""
    known = (lex.target_words, lex.predicates, lex.done_words, lex.stage_words)
    if not piece or any(piece.removeprefix("已") in words_ for words_ in known):
        return True
    said = [w for w in words(piece) if w.strip()]
    return all(any(w in words_ for words_ in known) for w in said)


def _find_indicator(sentence: str, start: int, end: int, figures: list[tuple[int, int]],
                    ranks_back: int = 0) -> str | None:
    sentence, start, end, figures = _window(sentence, start, end, figures)
    sentence = read_digits(sentence)                      # `完成年度目标的1O7.5%`: a percentage
    restated = _restated_figure(sentence, start, figures)
    if restated is not None:                              # `…万元整（小写：3200000元）`: the same sum
        return _find_indicator(sentence, *restated, figures, ranks_back)
    keyed = (_key_of_value(sentence, start, end, figures) or _name_before_bracket(sentence, start, end)
             or _items_by_status(sentence, start, end) or _whole_of_items(sentence, start, end, figures)
             or _label_of_worked_sum(sentence, start))
    if keyed:
        return keyed
    measure = _measure_word(sentence, start, figures)
    paid = _lexicon().paid_after.match(sentence, _after_spaces(sentence, end)) if _is_money(measure) else None
    if paid:                                              # …按每个1万元给予一次性建设补助
        return _subsidy(paid.group("subsidy"), sentence, start, figures)
    after = _phrase_after(sentence, _after_its_items(sentence, start, end, figures), figures)
    counts_items = _measure_of(sentence, start, end) in _lexicon().item_measures    # `30项任务`: tasks are counted
    if after and _measure_of(sentence, start, end) in _lexicon().group_measures | _lexicon().item_measures:
        after = _list_head(after)                         # 十二项民生实事稳步推进 → 民生实事
    if not after or (after in _lexicon().target_words and not counts_items) or after in _lexicon().currencies \
            or _PUNCTUATION_ONLY.match(after) or _lexicon().points_after.match(after) \
            or _judge().time.fullmatch(after.strip()):
        # `低于80%的目标要求`, `约68.5亿元人民币`, `"/>`, `扣0.5分`, `捐赠了 ¥100 3分钟前`: not a thing
        after = None
    elif measure in _lexicon().person_measures:
        after = _people_of(after)
    elif measure in _lexicon().replacement_measures:
        after = _lexicon().replacement_end.sub("", after)     # 120公里老化燃气管网换新: the pipe's length
    if after and _like_the_figure_before().phrase.fullmatch(after):
        return _counts_like_the_figure_before(after, sentence, start, figures, ranks_back)     # 乙市以4100个位列第二
    if after and (_rate_before(sentence, start) or _is_points(sentence, start, end)):
        # 满意率低于85%的项目, 进度滞后10个百分点以上的项目: the rate, not the projects it sorts
        after = None
    compared = _compared_right_after(sentence, end)
    if compared:
        after = None                                      # 原定5000个偏低: no phrase of its own after it
    phrase = after or _without_action(_without_target(_phrase_before(sentence, start, figures)), measure)
    if compared and not _names_a_thing(phrase):
        # 甲市75个最少, 余32张转入: no phrase of its own; the figure before it names it
        return _counts_like_the_figure_before(None, sentence, start, figures, ranks_back)
    phrase = _without_trailing(_part_of_whole(phrase, sentence, start, figures, measure))
    phrase = _one_of_listed(_urban_or_rural(phrase, sentence, start, figures), sentence, start, figures)
    phrase = _of_the_thing_before(phrase, sentence, start, figures)
    phrase = _rank_of_the_kind_before(phrase, sentence, start, figures, ranks_back)
    if not after and measure in _lexicon().person_measures:
        phrase = _people_without_their_act(phrase)
    phrase = _without_eligible_age(phrase)
    if phrase and _like_the_figure_before().phrase.fullmatch(phrase):
        return _counts_like_the_figure_before(phrase, sentence, start, figures, ranks_back)
    phrase = _roll_or_ballot(phrase, sentence, start, figures, ranks_back)
    if phrase and (asked := _lexicon().requests_of.match(phrase)):
        phrase = asked.group("topic") + asked.group("kind")      # 托育的诉求 → 托育诉求
    # a subsidy reads its 每 (`每张床位一次性补助`: paid per bed) before the distributive goes
    named = _without_distributive(_subsidy(phrase, sentence, start, figures) if _is_money(measure) else phrase)
    return _lexicon().measured_nouns.get(measure + named, named) if named else named


def _people_without_their_act(phrase: str | None) -> str | None:
    """`教师到岗` → 教师: before a count of people, people and then only the stage they
    reached are named by the people (ANNOTATION: people counted, the people). Not where what
    they do or get follows them (`就业困难人员就业`, `残疾人托养`, `老年人购买意外伤害保险`),
    which the gold sets keep, nor a work stage (`家庭医生签约120人` counts the residents who
    signed, not the doctors): only `stage_words` go."""
    if not phrase:
        return phrase
    lex = _lexicon()
    people = _people_of(phrase)
    if people == phrase or len(people) < 2 or not lex.person_end.search(people):
        return phrase
    stage = phrase[len(people):].strip()
    return people if stage in lex.stage_words else phrase


def _without_eligible_age(phrase: str | None) -> str | None:
    """`65岁以上老年人免费体检` → 老年人免费体检: the age that makes the people eligible goes
    where a service for them follows; the people alone (`60岁以上户籍老年人`) and a rate
    (`65岁以上老年人健康管理率`) keep it (see `eligible_age`)."""
    lex = _lexicon()
    band = lex.eligible_band.match(phrase or "")
    if band is not None:
        return phrase[band.end():]                        # 0—6岁残疾儿童: eligibility, not a group
    age = lex.eligible_age.match(phrase or "")
    if age is None or phrase.endswith(lex.ratio_words) or "占" in phrase:
        return phrase
    rest = phrase[age.end():]
    people = _people_of(rest)
    # a service is two characters at least (`老人户` is the people's households, not a service)
    if len(rest) - len(people) < 2 or not lex.person_end.search(people) or not rest.startswith(people):
        return phrase
    return rest


#: The longest opening of a restating bracket (`整（小写：`)
_RESTATEMENT_REACH = 12


def _restated_figure(sentence: str, start: int, figures: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The figure that the figure at `start` writes again in other numerals (a sum in words
    and its `（小写：3200000元）`): it counts what that figure counts. None for any other figure."""
    lex = _lexicon()
    opening = lex.restatement.search(sentence, max(0, start - _RESTATEMENT_REACH), start)
    if opening is None and sentence.startswith(lex.restatement_signs, start):
        opening = lex.bare_restatement.search(sentence, max(0, start - _RESTATEMENT_REACH), start)
    if opening is None:
        return None
    return next(((s, e) for s, e in figures if e == opening.start()), None)


#: A figure alone in brackets right after a name (`老年助餐服务（96.5%）`, `托育机构(12家)`)
#: (read backwards from the figure: a search anchored at its end would try every start)
_BRACKETED_OPEN = regex.compile(r"[（(]\s*", flags=regex.REVERSE)
_BRACKETED_CLOSE = regex.compile(r"\s*(?:(?:及以上|以上|以下|以内|左右)\s*)?[）)]")
#: …whose name starts after the item before it (and after the words that open the list:
#: `bracket_lead` in data/indicators.toml)
_BRACKETED_NAME = regex.compile(char_class(CLAUSE_BREAKS, COLONS, "\n（(）)、", negated=True) + "*", flags=regex.REVERSE)


def _name_before_bracket(sentence: str, start: int, end: int) -> str | None:
    """The name a bracketed figure stands after, which names what it measures; None where
    the figure has no bracket of its own or no name before it."""
    opened = _BRACKETED_OPEN.match(sentence, 0, start)
    if opened is None or not _BRACKETED_CLOSE.match(sentence, end):
        return None
    lex = _lexicon()
    name = _BRACKETED_NAME.match(sentence, 0, opened.start()).group()
    name = lex.bracket_lead.sub("", name)
    if not name or lex.bracket_yardsticks.search(name):
        return None
    rate = _measure_of(sentence, start, end) == "%"
    # a rate measures the project as named (`新建改扩建学校（97.2%）`); a count, the thing (`托育机构`)
    cleaned = _clean(name, strip_verbs=not rate)
    if not cleaned or indicator_confidence(cleaned) == 0:
        return None
    named_rate = lex.bracket_rate.search(sentence, 0, opened.start()) if rate else None
    if named_rate and not cleaned.endswith(lex.ratio_words):
        return cleaned + named_rate.group()
    return cleaned


def _items_by_status(sentence: str, start: int, end: int) -> str | None:
    """A count of a list's items by where they stand (`其中26项超额完成`, `已完成6项`): the
    status and the noun the sentence gives the items (超额完成项目); None for any other figure."""
    lex = _lexicon()
    if _measure_of(sentence, start, end) not in lex.item_measures:
        return None
    found = lex.status_after.match(sentence, _after_spaces(sentence, end))
    if found is not None and found.group("status").startswith(lex.item_status_whole):
        return None
    found = found or lex.status_before.search(sentence, max(0, start - _STATUS_REACH), start)
    if found is None:
        return None
    status = found.group("status")
    nouns = [m.group("noun") for m in lex.item_noun.finditer(sentence, 0, start)]
    noun = nouns[-1] if nouns else lex.item_default_noun
    return status + ("的" if status.endswith(tuple(lex.target_words)) else "") + noun


def _whole_of_items(sentence: str, start: int, end: int, figures: list[tuple[int, int]]) -> str | None:
    """The whole a list's counts by status split (`24项中22项完成，1项取消`), where the count
    opens its clause and so names nothing itself: the items, with the noun the sentence gives
    them (项目 where it gives none, as `_items_by_status` names the parts); None otherwise."""
    lex = _lexicon()
    if _measure_of(sentence, start, end) not in lex.item_measures:
        return None
    split = lex.items_whole_after.match(sentence, end)
    reach = _DELIMITER.search(sentence, end, end + _STATUS_REACH)
    reach = reach.start() if reach else end + _STATUS_REACH
    if split is None or not any(split.end() <= s < reach and _measure_of(sentence, s, e) in lex.item_measures
                                for s, e in figures):
        return None                                       # a part's count follows in the clause
    clause_start, _ = _clause_start(sentence, start, figures)
    if indicator_confidence(_clean(_strip_end(sentence[clause_start:start]))) > 0:
        return None                                       # `十件实事10件28项中`: the clause names it
    nouns = [m.group("noun") for m in lex.item_noun.finditer(sentence, 0, start)]
    return nouns[-1] if nouns else lex.item_default_noun


#: How far before a count its status may start (the longest status and its joint)
_STATUS_REACH = 24


def _after_its_items(sentence: str, start: int, end: int, figures: list[tuple[int, int]]) -> int:
    """Where the phrase after a figure starts: after the items it groups where they follow
    straight on (`12件32项为民办实事`: the 件 count names the same list as the 项 one)."""
    lex = _lexicon()
    if _measure_of(sentence, start, end) not in lex.group_measures:
        return end
    following = next(((s, e) for s, e in figures if s == _after_spaces(sentence, end)), None)
    if following is None or _measure_of(sentence, *following) not in lex.item_measures:
        return end
    return following[1]


#: jieba's tags of the words that start a predicate after a list's noun (`稳步推进`, `办得好`)
_PREDICATE_TAGS = frozenset({"v", "vn", "vd", "d", "ad", "a", "t"})


def _list_head(phrase: str) -> str:
    """The noun a count of a list's items names, without the predicate that follows it in
    the same phrase (`民生实事稳步推进` → 民生实事, `实事交出年度答卷` → 实事); the phrase as it
    is where no noun of `list_heads` is followed by one (`民生实事项目`)."""
    pieces = words(phrase)
    head = ""
    for i, piece in enumerate(pieces[:-1]):
        head += piece
        if head.endswith(_lexicon().list_heads) and tag(pieces[i + 1]) in _PREDICATE_TAGS:
            return head
    return phrase


def names_the_list_barely(indicator: str | None, unit: str | None) -> bool:
    """`项目` for `10件`: a count of the list's items named by the bare noun of projects."""
    lex = _lexicon()
    return indicator in lex.bare_list_nouns and unit in lex.item_measures | lex.group_measures


def list_names_of(text: str) -> list[tuple[int, str]]:
    """Each place the text names the list, as (where the name ends, the name), with the bare
    noun where it follows the name (`民生实事项目`): what a bare count of the list is named."""
    named = []
    for start, end in list_names_in(text):
        noun = next((n for n in _lexicon().bare_list_nouns if text.startswith(n, end)), "")
        named.append((end, text[start:end] + noun))
    return named


def _without_distributive(phrase: str | None) -> str | None:
    """`每个饭堂面积` → 饭堂面积: each one of the things is not what is measured."""
    distributive = _lexicon().distributive.match(phrase or "")
    return phrase[distributive.end():] if distributive and len(phrase) - distributive.end() >= 2 else phrase


def _is_money(measure: str) -> bool:
    """Is the figure's measure word money: `元`, `万元`, or a spoken one (`块钱`, units.csv)?"""
    unit = lookup(measure)
    return measure.endswith("元") or (unit is not None and unit.kind == "money")


def _is_points(sentence: str, start: int, end: int) -> bool:
    """A difference of rates (`10个百分点`) measures the rate, never a thing after it."""
    return sentence[start:end].endswith("百分点")


def _rate_before(sentence: str, start: int) -> bool:
    """Does a rate end the clause before the figure (`满意率低于85%的项目`)? Then the figure
    is that rate's, and the phrase after it what the rate sorts."""
    before = _strip_end(sentence[_start_of_clause(sentence, start):start])
    return before.endswith(_lexicon().ratio_words)


#: How many clauses of other measures (`总长…，宽…，`) a bare measure looks back past: a few,
#: since a run of them may be as long as the text
_MAX_MEASURES_BACK = 3


def _of_the_thing_before(phrase: str | None, sentence: str, start: int, figures: list[tuple[int, int]]) -> str | None:
    """A bare level or measure (`标准`, `总长`, `宽`) is the level of what the clause before
    names: `发放护理补贴，标准由每人每月200元提高到300元` → 护理补贴标准."""
    levels = _lexicon().levels_of_before
    if phrase not in levels:
        return phrase
    bound = _start_of_clause(sentence, start)
    base = _named_before(sentence, bound, figures, measure=None)
    for _ in range(_MAX_MEASURES_BACK):               # 总长1260米，宽4.5米: past the other measures
        if base not in levels or bound == 0:
            break
        bound = _start_of_clause(sentence, bound - 1)
        base = _named_before(sentence, bound, figures, measure=None)
    return base + phrase if base and not base.endswith(phrase) else phrase


def _roll_or_ballot(phrase: str | None, sentence: str, start: int, figures: list[tuple[int, int]],
                    ranks_back: int) -> str | None:
    """The roll of a sitting opens at its word (`会议应到委员` → 应到委员); a ballot keeps the
    stage written before it (`发出测评表`), and a stage alone counts the ballot of the figure
    before (`收回33份` after `发出测评表33份` → 收回测评表)."""
    lex = _lexicon()
    if not phrase:
        return phrase
    roll = min((i for i in (phrase.find(w) for w in lex.roll_words) if i > 0), default=None)
    if roll is not None:
        return phrase[roll:]
    if phrase in lex.ballot_stages:
        previous = next(((s, e) for s, e in reversed(figures) if e <= start), None)
        if previous is None or ranks_back >= _MAX_RANKS_BACK:
            return phrase
        before = _find_indicator(sentence, previous[0], previous[1], figures, ranks_back + 1) or ""
        noun = next((n for n in lex.ballot_nouns if before.endswith(n)), None)
        return phrase + noun if noun else phrase
    if phrase in lex.ballot_nouns:        # a bare ballot (not `有效表决票`, which names its kind)
        at = sentence.rfind(phrase, 0, start)
        stage = next((w for w in lex.ballot_stages if at > 0 and sentence.endswith(w, 0, at)), None)
        return stage + phrase if stage else phrase
    return phrase


@lru_cache(maxsize=1)
def _remainder_end() -> regex.Pattern:
    return regex.compile(f"(?:{alternation(read_table('indicators.toml')['remainder']['words'])})\\s*$")


def is_a_remainder(text_before: str) -> bool:
    """`…剩余` right before a figure (`剩余4部于4月底前完成`): the rest of a work counted before."""
    return _remainder_end().search(text_before) is not None


def _counts_like_the_figure_before(phrase: str | None, sentence: str, start: int, figures: list[tuple[int, int]],
                                   ranks_back: int) -> str | None:
    """A figure named only by a comparison, a rank or a comment (`高出平均水平51.8%`, `以2100个
    位列第二`, `2.8万户差距较大`, `余32张转入2025年`) counts what a figure before it in the
    sentence counts: the last one of its own unit (`茂名新增托位3200个，…；自贡以2100个位列第二`
    → 托位; `建成268张，完成率89.3%，余32张转入` → not the rate), else the one right before it,
    of any unit (`茂名新增托位3200个，…，高出平均水平51.8%` → 托位); `phrase` where none comes
    before. The one route for such figures: pipeline/run.py borrows only for figures with no
    words at all."""
    before = [(s, e) for s, e in figures if e <= start]
    if not before or ranks_back >= _MAX_RANKS_BACK:
        return phrase
    own = _unit_at(sentence, start, figures)
    previous = next(((s, e) for s, e in reversed(before) if own and _unit_at(sentence, s, figures) == own), before[-1])
    return _find_indicator(sentence, previous[0], previous[1], figures, ranks_back + 1) or phrase


def _unit_at(sentence: str, start: int, figures: list[tuple[int, int]]) -> str | None:
    """The canonical unit of the figure at `start` (`2.37万户` and `2.8万户`: 户)."""
    end = next(e for s, e in figures if s == start)
    found = find_quantities(sentence[start:end])
    return found[0].unit if found else None


#: A rank that a phrase is only made of (`二级`, `三档`, `四类`)
_RANK_ONLY = regex.compile(r"[一二三四五六七八九十\d]{1,2}(?:级|档|类|星级?)")
#: How many ranked items back a bare rank looks for the kind they share
_MAX_RANKS_BACK = 3


def _rank_of_the_kind_before(phrase: str | None, sentence: str, start: int, figures: list[tuple[int, int]],
                             ranks_back: int) -> str | None:
    """Items listed by rank name their kind once, on the first: in `一级重度残疾人6200人、
    二级9400人` the bare `二级` counts 二级重度残疾人. A bare rank takes the kind of the
    figure before it where that figure's phrase opens with a rank too."""
    if not phrase or not _RANK_ONLY.fullmatch(phrase) or ranks_back >= _MAX_RANKS_BACK:
        return phrase
    previous = next(((s, e) for s, e in reversed(figures) if e <= start), None)
    if previous is None:
        return phrase
    before = _find_indicator(sentence, previous[0], previous[1], figures, ranks_back + 1)
    rank = _RANK_ONLY.match(before or "")
    if rank is None or rank.end() == len(before):
        return phrase
    return phrase + before[rank.end():]


#: `完成进度="81.7%"`, `"完成率":"95%"`: a key and the opening of its quoted value
_KEY_OPEN = regex.compile(r'(?P<key>\p{Han}[\p{Han}（）()]{1,15})["”]?\s*[=:：]\s*["“]', flags=regex.REVERSE)
_VALUE_CLOSE = regex.compile(r'["”]')
#: what may stand between the figures of one value (`86.7%；87.3%`)
_VALUE_SEPARATORS = regex.compile(r"^[\s；;、，,/]*$")
#: how far back a key is looked for: a key and a value of a few figures
_KEY_REACH = 64


def _key_of_value(sentence: str, start: int, end: int, figures: list[tuple[int, int]]) -> str | None:
    """A figure that is the whole quoted value of a key (`完成进度="81.7%"`, an attribute
    or a JSON field; several figures of one value share it) counts what the key names,
    kept as written where it names a rate (完成进度, not 进度). None where the value is
    a phrase (`年度目标="新增托位3500个"`: the phrase names it); '' where the key names
    only a goal or a stage (`已完成="2860"`: the phrase before it names what it counts)."""
    key = _KEY_OPEN.search(sentence, max(0, start - _KEY_REACH), start)
    close = _VALUE_CLOSE.search(sentence, end, min(len(sentence), end + _KEY_REACH))
    if key is None or close is None:
        return None
    inside = [(s, e) for s, e in figures if key.end() <= s and e <= close.start()]
    if not _VALUE_SEPARATORS.match(_without_figures(sentence, key.end(), close.start(), inside)):
        return None
    name = key.group("key")
    lex = _lexicon()
    label = _clean(name, strip_verbs=not name.endswith((*lex.ratio_words, *lex.not_adverbs)))
    if not label or label in lex.target_words or label in lex.predicates or indicator_confidence(label) == 0:
        return ""
    return label


#: How far before a figure the label of the list it is in may stand (`每户分摊金额约为：二层2万元，…，六层`)
_LIST_LABEL_REACH = 80


@dataclass(frozen=True, slots=True)
class _ListLabel:
    label: regex.Pattern        # the label before the colon
    part: regex.Pattern         # an item's words that say only which part it is


@lru_cache(maxsize=1)
def _list_label() -> _ListLabel:
    data = read_table("indicators.toml")["listed_under_label"]
    return _ListLabel(regex.compile(data["label"]), regex.compile(data["part"]))


def label_of_list(sentence: str, start: int, own: str | None) -> str | None:
    """What a figure of a list under a label counts where its own words (`own`, as the rules
    read them) name only which part it is for (`每户分摊金额约为：二层2万元，三层4万元`:
    分摊金额): the label before the last colon before it in its sentence, cleaned as a
    column header is. None where its own words name a thing, or nothing (a figure with no
    words borrows from the figure before it, pipeline/run.py), and after a speaker's name."""
    if not _list_label().part.fullmatch(own or ""):
        return None
    reach = max(0, start - _LIST_LABEL_REACH)
    colon = max(sentence.rfind(mark, reach, start) for mark in COLONS)
    if colon < 0:
        return None
    opening = max((sentence.rfind(mark, reach, colon) for mark in f"{CLAUSE_BREAKS}\n"), default=-1) + 1
    found = _list_label().label.fullmatch(sentence, max(opening, reach), colon + 1)
    if found is None or _judge().speaker.search(found.group("label")):
        return None
    label = indicator_of_label(found.group("label"))
    return label if indicator_confidence(label) > 0 else None


#: The longest worked sum read back from its result (`本期应缴：38立方米 × 3.45元/立方米 ＝ `)
_WORKED_SUM_REACH = 60


@lru_cache(maxsize=1)
def _worked_sum() -> regex.Pattern:
    data = read_table("indicators.toml")["worked_sum"]
    return regex.compile(rf"{data['label']}(?:{data['operand']})+{data['last']}")


def _label_of_worked_sum(sentence: str, start: int) -> str | None:
    """The result of a worked sum (`基础补贴 85 × 200 = 17000元`, `本期应缴：38立方米 × 3.45元/立方米
    ＝ 131.10元`) counts what the sum's label names, the words its clause opens with before
    the first operand: the operands are the sum's factors, not what it comes to."""
    reach = sentence[max(0, start - _WORKED_SUM_REACH):start]
    if "=" not in reach and "＝" not in reach:
        return None                                       # a sum is worked up to its `=` (most figures have none)
    clause = reach[max((reach.rfind(mark) for mark in f"{CLAUSE_BREAKS}\n"), default=-1) + 1:]
    found = _worked_sum().match(clause.lstrip())
    if found is None:
        return None
    label = found.group("label")
    # kept as the form prints it: `本期应缴` is not `应缴` (the period says which sum of the bill)
    return label if indicator_confidence(label) > 0 else None


def _people_of(phrase: str) -> str:
    """The people a phrase after a count of people names, without what is done for them:
    its longest opening run of words that ends in a noun of people (`残疾人适配辅助器具`
    → 残疾人); the phrase itself where none does."""
    pieces = words(phrase)
    heads = ("".join(pieces[:k]) for k in range(len(pieces), 0, -1))
    return next((head for head in heads if _lexicon().person_end.search(head)), phrase)


def _urban_or_rural(phrase: str | None, sentence: str, start: int, figures: list[tuple[int, int]]) -> str | None:
    """`城乡低保标准分别提高到每人每月720元和520元`: 720元 is the urban standard
    (城市低保标准), 520元 the rural one (see `urban_rural`)."""
    respectively = sentence.rfind("分别", 0, start)
    if not phrase or respectively < 0:
        return phrase
    split = next((pair for pair in _lexicon().urban_rural if phrase.startswith(pair[0])), None)
    ordinal = sum(1 for s, _ in figures if respectively < s < start)
    if split is None or ordinal > 1:
        return phrase
    return split[1][ordinal] + phrase[len(split[0]):]


def _one_of_listed(phrase: str | None, sentence: str, start: int, figures: list[tuple[int, int]]) -> str | None:
    """`甲、乙患者管理率分别为70%和60%`: as many items listed as figures after 分别, and
    the words after the last item are shared: 70% is 甲患者管理率, 60% 乙患者管理率."""
    respectively = sentence.rfind("分别", 0, start)
    if not phrase or respectively < 0 or "、" not in phrase:
        return phrase
    items = phrase.split("、")
    clause_end = _DELIMITER.search(sentence, start)
    following = [s for s, _ in figures if respectively < s < (clause_end.start() if clause_end else len(sentence))]
    last, width = words(items[-1]), len(words(items[0]))
    if len(following) != len(items) or len(last) <= width or start not in following:
        return phrase
    ordinal = following.index(start)
    return items[ordinal] + "".join(last[width:]) if ordinal < len(items) - 1 else items[-1]


#: `28项指标中`: a whole counted, its parts to follow (not 中心, 中学, 中国…)
_PARTITIVE = regex.compile(r"(?P<whole>\p{Han}{2,8}?)中(?![心学小国间医药华央标])")
_RELATIVE_END = regex.compile(r"的有?$")


def _part_of_whole(phrase: str | None, sentence: str, start: int, figures: list[tuple[int, int]],
                   measure: str) -> str | None:
    """A part of a counted whole named before (`28项指标中，…进度滞后的4项`): a relative
    clause names the part with the whole's noun (进度滞后的指标); no phrase, or only
    the whole with its 中, is the whole (`15项民心工程中，12项…` → 民心工程)."""
    whole = None
    for s, e in figures:
        if e <= start and _measure_of(sentence, s, e) == measure:
            m = _PARTITIVE.match(sentence, e, start)
            whole = m.group("whole") if m else whole
    if whole is None:
        return phrase
    if phrase and phrase.startswith(whole):
        return whole                                      # 22个街道中的20个
    if phrase and _RELATIVE_END.search(phrase):
        return _RELATIVE_END.sub("的", phrase) + whole
    if not phrase or phrase in (whole, whole + "中"):
        return whole
    return phrase

def _is_adverb(word: str) -> bool:
    # jieba's dictionary tags a few nouns as adverbs (`进度`)
    return tag(word) == "d" and word not in _lexicon().not_adverbs


@lru_cache(maxsize=_CACHED_PHRASES)
def _without_trailing(phrase: str | None) -> str | None:
    """An adverb or a word of manner left at the end once the per phrase has gone
    (`基础养老金每人每月再提高` → 基础养老金)."""
    while phrase:
        trailing = _lexicon().trailing_end.search(phrase)
        last = words(phrase)[-1]
        cut = trailing.start() if trailing and not word_crosses(phrase, trailing.start()) else (
            len(phrase) - len(last) if _is_adverb(last) and len(last) == 1 else len(phrase))
        if cut == len(phrase) or cut < 2 or indicator_confidence(phrase[:cut]) == 0:
            return phrase                                 # not down to a word that names nothing (全部)
        phrase = phrase[:cut]
    return phrase


#: A bound on a subsidy (`每人每年最高补助2万元`) says how much at most, not what for
_SUBSIDY_BOUNDS = frozenset({"最高", "最低", "最多", "最少"})
#: …written after it (`每户补助上限5000元`)
_SUBSIDY_BOUND_AFTER = regex.compile(r"(?:上限|下限|封顶|最高|最低)$")


def _subsidy_words(phrase: str) -> regex.Match | None:
    return _lexicon().subsidy_end.search(phrase)


def _subsidy(phrase: str | None, sentence: str, start: int, figures: list[tuple[int, int]]) -> str | None:
    """A subsidy per unit named by what it pays for: `新建家庭养老床位300张，每张床位一次性
    补助1200元` → 家庭养老床位一次性补助. Only a bare subsidy or one after a per phrase
    (`每…`, `户均`); `低保补贴标准` names its own."""
    unbounded = _SUBSIDY_BOUND_AFTER.sub("", phrase or "")
    subsidy = _subsidy_words(unbounded)
    if subsidy is None:
        return phrase
    phrase = unbounded
    head = phrase[:subsidy.start()]
    if head and "每" not in head and not head.endswith("均") and head not in _SUBSIDY_BOUNDS:
        return phrase
    paid_for = _paid_for(sentence[_start_of_clause(sentence, start):start])
    if paid_for and subsidy.group() in _lexicon().subsidy_words:
        return paid_for + subsidy.group()                 # 每餐补贴3元 → 助餐补贴: the meal, not the canteen
    base = _named_before(sentence, _start_of_clause(sentence, start), figures, measure=None)
    if not base or _subsidy_words(base):
        return subsidy.group()                            # …给予运营补助，比去年提高了100元: the same subsidy
    # the households a subsidy is paid per are its `per`, not what it pays for
    return _lexicon().households_lead.sub("", base) + subsidy.group()


def _paid_for(clause: str) -> str | None:
    """What a subsidy per unit pays for where the unit is the service itself (`每餐` → 助餐;
    table per_unit_services), else None: a subsidy per bed or per home is named by the
    thing named before."""
    return next((name for unit, name in _lexicon().per_unit_services if f"每{unit}" in clause), None)


def _without_target(phrase: str | None) -> str | None:
    """`公共停车泊位计划2000个` → 公共停车泊位: the plan word right before the figure."""
    if not phrase:
        return phrase
    lex = _lexicon()
    shorter = lex.target_end.sub("", phrase)
    # `完成目标1200个`: the goal of a verb, not of a thing (the thing is named before);
    # `重点任务`: a word that names nothing without its goal word
    if shorter == phrase or shorter in lex.predicates or shorter in lex.done_words or indicator_confidence(shorter) == 0:
        return phrase
    return shorter


def _without_action(phrase: str | None, measure: str) -> str | None:
    """`老旧小区改造` counted in 个 → 老旧小区 (see `action_suffixes`)."""
    lex = _lexicon()
    if not phrase or measure.endswith(lex.action_kept_measures) or lex.fixed_end.search(phrase):
        return phrase
    if measure in lex.replacement_measures:
        phrase = lex.replacement_end.sub("", phrase)     # 老化燃气管道更换46公里: the pipe's length
    return lex.action_end.sub("", phrase).rstrip()     # (`公益岗 新开发`: no space left at the end)


#: The longest indicator that is a bare head noun a line's label may name in full (托位, 幼儿园)
_BARE_HEAD = 3


def fuller_name_in_label(indicator: str | None, label: str | None) -> str | None:
    """`【绿灯】普惠托位：已新增托位436个` → 普惠托位: a bare head noun counted on a line whose label
    names the same thing in full (the label cleaned as a phrase, its work dropped:
    `老旧小区改造：21个小区全部完工` → 老旧小区); None where the label names another thing."""
    if not indicator or len(indicator) > _BARE_HEAD or not label:
        return None
    return fuller_name_before(indicator, _without_action(_clean(label), ""))


def fuller_name_before(indicator: str | None, before: str | None) -> str | None:
    """`新增普惠托位540个，…剩余60个托位` → 普惠托位: a bare head noun for the thing a figure
    before named in full; None where that figure named another thing."""
    if not indicator or len(indicator) > _BARE_HEAD or not before:
        return None
    return before if before != indicator and before.endswith(indicator) else None


def indicator_of_label(label: str) -> str | None:
    """A label that names what a figure counts (a table's column header) cleaned the
    way a phrase of running text is: `新增学位` → `学位`, `惠及居民` → `居民`."""
    return _clean(label)


def _window(sentence: str, start: int, end: int,
            figures: list[tuple[int, int]]) -> tuple[str, int, int, list[tuple[int, int]]]:
    left, right = max(0, start - WINDOW), min(len(sentence), end + WINDOW)
    if (left, right) == (0, len(sentence)):
        return sentence, start, end, figures
    inside = [(s - left, e - left) for s, e in figures if left <= s and e <= right]
    return sentence[left:right], start - left, end - left, inside


# ---------------------------------------------------------------- after the figure

def _phrase_after(sentence: str, end: int, figures: list[tuple[int, int]]) -> str | None:
    """`为3万名儿童开展…` → 儿童. A phrase that runs into the next figure belongs to it
    (`培训1000人普及性培训8000人`): then there is none."""
    lex = _lexicon()
    position = _after_spaces(sentence, end)             # typeset `为 2.4万名 0—6岁儿童`, `3.2% 以内`
    qualifier = _QUALIFIER_AFTER.match(sentence, position)
    position = _after_spaces(sentence, qualifier.end()) if qualifier else position
    closer = words(sentence[position:position + _CLOSER_REACH])[:1]
    if closer and closer[0] in lex.figure_closers:
        position = _after_spaces(sentence, position + len(closer[0]))    # 三所整, 壹佰万元整
    all_in_one = _ALL_IN_ONE.match(sentence, position)
    position = all_in_one.end() if all_in_one else position
    if modifier := _modifiers_after().match(sentence, position):
        position = modifier.end()
    if _tag_after().match(sentence, position):
        return None                                       # 200张 [优先级3]: a mark of the item, no noun
    if sentence.startswith(lex.destination_verbs, position):
        return None                                       # 98条增至156条: the subject before names both
    if sentence.startswith("的", position):
        position += 1
    if sentence[position:position + 1] in ("为", "是") and not sentence.startswith(("为其", "为民"), position):
        position += 1                                     # 78%为护理型床位
    if sentence.startswith(("／", "/"), position) or _FIELD_END.match(sentence, position):
        return None                                       # 145个／2.9万户, "3000个"}: no noun after
    limit = _phrase_end(sentence, position)
    if (sentence[end:end + 1].isspace() and limit < len(sentence) and sentence[limit] in COLONS
            and _HAN.search(sentence, position, limit)):
        return None                                       # 上期结余：0.00元  违约金：0.00元: the next field's key
    next_figure = min((s for s, _ in figures if s >= position), default=len(sentence))
    phrase, cursor = "", position
    units = _units(sentence[position:min(limit, position + _MAX_AFTER + 8)])
    for i, unit in enumerate(units):
        if cursor >= next_figure:
            if _has_noun_after(sentence, figures, next_figure):
                break                                     # 22条街1300余家商户: each has its noun
            return None                                   # 培训1000人普及性培训8000人: the next figure's
        if unit in _NOUN_COORDINATORS and _next_item_has_figure(sentence, cursor + len(unit), limit, next_figure):
            break                                         # 建成10个儿童友好社区、50个标准化母婴设施
        first = cursor == position
        if unit.startswith(("（", "(")) and cursor + len(unit) > next_figure:
            break                                         # 10件民生实事（共26个子项目）: a note of its own figures
        if not unit.startswith(("“", "「", "（", "(")) and (_ends_phrase(unit, first, lex)
                                                          or (not first and _split_stop(units, i, lex))):
            break
        if phrase and _starts_predicate(units, i):
            break                                         # 10件民生实事稳步推进, 3个小区建于…
        phrase += unit
        cursor += len(unit)
        if len(phrase) >= _MAX_AFTER:
            break
    if cursor >= next_figure and next_figure < limit and not _has_noun_after(sentence, figures, next_figure):
        return None
    if phrase and all(_is_not_a_noun(w, lex) for w in words(phrase)):
        return None                                       # 35项全部完成, 42种扩大至50种: no noun
    return _clean(phrase, strip_verbs=False)


#: How much text after a figure is segmented to see whether a closing word (`整`) stands alone
_CLOSER_REACH = 4


@lru_cache(maxsize=1)
def _modifiers_after() -> regex.Pattern:
    return regex.compile(read_table("indicators.toml")["modifiers_after"])


@lru_cache(maxsize=1)
def _tag_after() -> regex.Pattern:
    return regex.compile(read_table("indicators.toml")["tag_after"])


#: The word that ties a verb to its complement (`办得好`, `办得怎么样`)
_COMPLEMENT_MARK = "得"
#: Aspect particles: a verb they follow is said of the noun before it (`30个托位收了27个娃娃`,
#: `给12户独居老人装了烟感`), not part of a compound noun
_ASPECT_PARTICLES = ("了", "着", "过")


def _starts_predicate(units: list[str], i: int) -> bool:
    """Does the word at `i`, after the noun the figure counts, start what is said of it: an
    adverb (`民生实事稳步推进`) or a verb with its complement (`民生实事办得好`)? The noun is
    then the subject, not a compound's head (`污水治理工程`: a verb inside a noun has no
    complement). Not after a coordinator: `…及单独支付药品` lists another noun."""
    unit, following = units[i], units[i + 1] if i + 1 < len(units) else ""
    if tag(unit) == "v" and following in _ASPECT_PARTICLES and units[i - 1] not in _NOUN_COORDINATORS:
        return True                                       # jieba may cut the noun (托|位) and tag it no noun
    if not any((tag(w) or "").startswith("n") for w in units[:i]) or units[i - 1] in _NOUN_COORDINATORS:
        return False
    if _is_adverb(unit) and len(unit) > 1:
        return True
    return tag(unit) == "v" and (_COMPLEMENT_MARK in unit[1:] or following == _COMPLEMENT_MARK)


def _split_stop(units: list[str], i: int, lex: _Lexicon) -> bool:
    """Do the words from `i` on spell a stop word that jieba cut in two (`新校投用` → 新|校|投|用)?"""
    joined = units[i]
    for unit in units[i + 1:i + _MAX_STOP_PIECES]:
        joined += unit
        if joined in lex.stops_after:
            return True
    return False


#: the most pieces jieba cuts a stop word of the list into (`投入使用` → 投入|使用)
_MAX_STOP_PIECES = 4


def _after_spaces(text: str, position: int) -> int:
    while text[position:position + 1] in (" ", "\u3000", "\u00a0"):
        position += 1
    return position


def _is_not_a_noun(word: str, lex: _Lexicon) -> bool:
    return (tag(word) in _FUNCTION_TAGS or word in lex.change_verbs or word in lex.stops_after
            or word in lex.copula_prefixes or _is_resultative(word, lex))


def _is_resultative(word: str, lex: _Lexicon) -> bool:
    """A verb with the complement of its result (`消火栓24个装完`, `灭火器300具发到各院`): it tells
    what was done to the figure's noun, which stands before the figure."""
    return len(word) == 2 and tag(word) == "v" and word[1] in lex.resultative_complements


def _has_noun_after(sentence: str, figures: list[tuple[int, int]], figure_start: int) -> bool:
    """Does the figure starting at `figure_start` have a noun of its own after it?"""
    end = next(e for s, e in figures if s == figure_start)
    following = words(sentence[end:end + 6])
    return bool(following) and _HAN.match(following[0]) is not None and not _ends_phrase(following[0], True, _lexicon())


def _next_item_has_figure(sentence: str, item_start: int, limit: int, next_figure: int) -> bool:
    following = _LIST_JOINER.search(sentence, item_start, limit)
    return next_figure < (following.start() if following else limit)


def _units(text: str) -> list[str]:
    """Words, with a quoted name kept whole (`“关爱之家”`)."""
    units, position = [], 0
    for quoted in _QUOTED.finditer(text):
        units.extend(words(text[position:quoted.start()]))
        units.append(quoted.group())
        position = quoted.end()
    units.extend(words(text[position:]))
    return units


def _ends_phrase(word: str, first: bool, lex: _Lexicon) -> bool:
    if word in _NOUN_COORDINATORS:
        return False
    word_tag = tag(word)
    if first:
        # right after the measure word a verb is part of a compound noun (`98个改造项目`), but
        # an adverb of a stop list starts a predicate (`还有4个正在装修`), and so does one of
        # how far a stage went, whatever jieba tags it (`校车20辆全部到位`: 全部 is `n` to it)
        return (word_tag in {"p", "c", "u", "uj", "ul", "ud", "uz", "r"} or not word.strip()
                or (word_tag in ("d", "t") and word in lex.stops_after) or word in lex.stage_adverbs)
    if len(word) > 1 and word_tag == "l" and lex.person_end.search(word):
        return False                                      # jieba tags `从业人员` as a set phrase
    return word in lex.stops_after or word_tag in _NON_NOUN_TAGS or not word.strip()


# --------------------------------------------------------------- before the figure

#: How many figures in a row a figure looks back through for what it counts (由…提高到…: one).
_MAX_FIGURES_BACK = 3


def _phrase_before(sentence: str, start: int, figures: list[tuple[int, int]]) -> str | None:
    # 由1180元提高到1240元: a figure with only a figure before it counts the same thing; a few
    # steps back at most, since a run of figures (`5%5%5%…`) may be as long as the text
    for _ in range(_MAX_FIGURES_BACK + 1):
        clause_start, is_item = _clause_start(sentence, start, figures)
        clause = _strip_end(sentence[clause_start:start])
        previous = next((s for s, e in reversed(figures) if e == clause_start), None)
        if clause or previous is None:
            break
        start = previous
    lex = _lexicon()
    measure = _measure_word(sentence, start, figures)
    if measure == "%":
        ratio = _completion_or_share(sentence, start, figures)
        if ratio:
            return ratio
    framed = lex.framed_growth_end.search(clause)
    clause = lex.comparison.sub("", clause)                  # 较上年提高6.2个百分点
    clause = _without_goal_word(clause)                   # 适老化改造目标1500户: the thing, not its goal
    change_match = lex.change_end.search(clause)
    change = change_match.group() if change_match else None
    # `增长5.5%` is a growth rate, named so (`同比增长`, `环比增长` with the period it is over:
    # two rates of one thing); any other change measures what changed
    growth = change in lex.growth_verbs and measure == "%"
    rate_suffix = (framed.group() if framed else change) if growth else ""
    if change and not _clean(clause[: -len(change)]):
        # `全市实现地区生产总值20059亿元，增长5.6%`: the change of the thing named before
        base = _named_before(sentence, clause_start, figures, measure=None)
        return base + rate_suffix if base else None
    subject = clause[: -len(change)] if change else clause
    if subject.endswith(lex.ratio_words):
        phrase = _clean(subject)                          # 污水收集率提高3.5个百分点 (收集 is no predicate here)
    else:
        phrase = _clean(clause) if is_item else _object_of(clause)
    if phrase in lex.amount_words and clause.endswith(phrase):
        # `年助餐服务总量36万人次`: the amount of the service the verb names (助餐服务), not 总量
        work = _clean(clause[: -len(phrase)], strip_verbs=False)
        if work and work not in lex.predicates and indicator_confidence(work) > 0:
            phrase = work
    if measure in lex.service_measures and phrase and lex.person_end.search(phrase):
        phrase = _service(clause, sentence, clause_start, figures) or phrase
    if phrase and change and phrase.endswith(change):
        phrase = phrase[: -len(change)] + rate_suffix if len(phrase) > len(change) else phrase
    elif phrase and rate_suffix:
        phrase += rate_suffix
    if phrase in lex.target_words:
        phrase = None                                     # 年度目标40个: the goal of the thing named before
    elif phrase and lex.share_end.search(phrase) and not _is_money(measure):
        # `我们社区承担6部`: whose share, of the thing named before (a sum borne is named by who pays)
        return _named_before(sentence, clause_start, figures, measure, past_rates=True)
    if phrase is None or phrase in lex.predicates:
        label = _label_before(sentence, clause_start)
        if label:
            return label                                  # · 棚户区改造：新开工8200套
        # `新建候车亭14个、改建32个`, `推进…加装电梯工作，年内开工180部`: a bare verb
        # counts the thing named just before it
        if phrase in lex.reach_verbs:
            # 改造老旧小区163个、惠及2.6万户: whom 老旧小区 reached, counted in its own measure
            base = _named_before(sentence, clause_start, figures, measure=None)
            if base and _households_of_a_work(base, measure, sentence, clause_start, figures):
                return lex.reached_households
            return base + phrase if base else phrase
        base = _named_before(sentence, clause_start, figures, measure)
        restaged = _at_another_stage(base, clause)
        if restaged:
            return restaged                               # 加装电梯开工52台、完工投用41台 → 加装电梯完工投用
        if base and phrase:
            return phrase + base
        return phrase or base
    return phrase


def _households_of_a_work(base: str, measure: str, sentence: str, clause_start: int,
                          figures: list[tuple[int, int]]) -> bool:
    """Does a bare verb of reach before a count of households follow a work on places or
    things (`改造老旧小区62个，惠及1.3万户`), whose households are the residents? Not money
    paid (`发放低保金3.2亿元，惠及5217户`), nor a thing of people or households."""
    lex = _lexicon()
    if measure not in lex.reached_household_measures or any(
            lex.person_end.search(word) or word.endswith(lex.household_ends) for word in words(base)):
        return False                                      # `低保户、特困供养户减免水费`: its households
    before = [(s, e) for s, e in figures if e <= clause_start]
    return bool(before) and not _is_money(_measure_of(sentence, *before[-1]))


#: A line's label before its colon (`· 新增学位：`, `3. 棚户区改造：`), after any list marker
_LABEL = regex.compile(r"(?:^|\n)[^\S\n]*(?P<label>[^，,。；;：:！？!?\n]{2,16})[：:][^\S\n]*$")


def _label_before(sentence: str, clause_start: int) -> str | None:
    """A slide's or a list's line `label：figure` (perhaps `label：verb figure`) names what the
    figure counts by its label; the verb after the colon says only how far it got."""
    label = _LABEL.search(sentence, 0, clause_start)
    if label is None or _judge().speaker.search(label.group("label")):
        return None                                       # `区教育局局长 韩雪：`: who speaks
    found = _object_of(label.group("label"))
    # a status label (`· 全部完成：38项`) is no object of its verb: it names the figure whole
    return found if indicator_confidence(found) > 0 else _clean(label.group("label"), strip_verbs=False)


def _completion_or_share(sentence: str, start: int, figures: list[tuple[int, int]]) -> str | None:
    """A percentage of a plan is a completion rate (`占年度计划的56.7%` after `完成投资…` →
    投资完成率); a percentage of a whole is the share of the thing named before
    (`民生支出55.7亿元，占一般公共预算支出的81.4%` → 民生支出占一般公共预算支出比重)."""
    lex = _lexicon()
    bounds = _start_of_clause(sentence, start)
    text = _QUALIFIER_END.sub("", _without_figures(sentence, bounds, start, figures).strip())
    if lex.step_before.sub("", text) in lex.done_words or (not text and _follows_done_figure(sentence, bounds, figures)):
        return "完成率"                                   # 目标50个，建成38个，76.0%; 完成86.5%
    completion = lex.completion_end.search(text)
    if completion:
        base = _clean(text[:completion.start()]) or _named_before(sentence, bounds, figures, measure=None) or ""
        # `完成年度目标的…` is the rate of the targets; `占/为年度计划的…` after an
        # investment figure is the rate of the planned investment
        invested = not completion.group().startswith("完成") and any(
            word in completion.group() or base.endswith(word) for word in lex.investment_words)
        if invested:
            return "投资完成率"
        named = next((t for t in lex.named_completion_targets if t in completion.group()), "")
        return f"{named}完成率"
    return _share(text, sentence, bounds, figures)


#: The longest name of a rate of a goal (completion_rate_names) and then some.
_LONGEST_RATE_NAME = 8


def is_bare_completion_rate(sentence: str, start: int, figures: list[tuple[int, int]]) -> bool:
    """Is the percentage at `start` a bare one after a figure of what was done (`建成38个，
    76.0%`)? Its name is the document's word for such a rate where it writes one."""
    bounds = _start_of_clause(sentence, start)
    return (_measure_word(sentence, start, figures) == "%" and not sentence[bounds:start].strip()
            and _follows_done_figure(sentence, bounds, figures))


@dataclass(frozen=True, slots=True)
class _ProgressBar:
    before_figure: regex.Pattern     # a bar, and the label right before it, ending where a figure starts
    rate: str


@lru_cache(maxsize=1)
def _progress_bar() -> _ProgressBar:
    data = read_table("indicators.toml")
    return _ProgressBar(regex.compile(rf"(?:(?P<label>[\p{{Han}}A-Za-z]{{2,{_LONGEST_BAR_LABEL}}})[ \u3000\t:：]*)?"
                                      rf"{data['progress_bar']}[ \u3000\t]*$"),
                        data["progress_bar_rate"])


#: The longest label a progress bar has before it (`总进度`, `年度投资完成进度`)
_LONGEST_BAR_LABEL = 12


def progress_bar_name(sentence: str, start: int) -> str | None:
    """What the percentage at `start` is, where a progress bar is drawn right before it
    (`总进度 █████████░ 92.9%` → 总进度; `│ ████████░░ 83%` → 完成率); None where no bar is."""
    reach = start - _LONGEST_BAR_LABEL * 4
    found = _progress_bar().before_figure.search(sentence, max(0, reach), start)
    if found is None:
        return None
    return found.group("label") or _progress_bar().rate


@dataclass(frozen=True, slots=True)
class _RatedList:
    line: regex.Pattern         # an item's name and its percentage, alone on a line
    lead_end: regex.Pattern     # the lead line closes in a colon
    rate: regex.Pattern         # a rate's name in the lead (`满意率`)


@lru_cache(maxsize=1)
def _rated_list() -> _RatedList:
    data = read_table("indicators.toml")["rated_list"]
    return _RatedList(regex.compile(data["line"]), regex.compile(data["lead_end"]), regex.compile(data["rate"]))


def rate_of_rated_list(line: str, lines_above: list[str], own: str | None) -> str | None:
    """`老年助餐  95.1%` under `…项目满意率在90%以上。分项目看：`: the rate its lead names, of the
    item the line names (`own`, as the rules read it: 老年助餐满意率). `line`: the figure's line;
    `lines_above`: the lines of its block above it, nearest last. None where the line is not
    such an item, `own` names a rate already, or no lead naming a rate opens the run."""
    spec = _rated_list()
    if not own or own.endswith(_lexicon().ratio_words) or not spec.line.fullmatch(line):
        return None
    lead = next((above for above in reversed(lines_above) if not spec.line.fullmatch(above)), None)
    if lead is None or not spec.lead_end.search(lead):
        return None
    rates = spec.rate.findall(lead)
    return own + rates[-1] if rates else None


def written_rate_name(sentence: str, start: int) -> str | None:
    """The document's own word for the rate of a goal, written right before its figure
    (`进度71.7%`, `完成进度：80%`), or None; a name of its own (not the 进度 of `时序进度`,
    another rate). A lone 进度 is a frame elsewhere (the judge rejects it); right before a
    percentage it names one."""
    before = sentence[max(0, start - _LONGEST_RATE_NAME - 2):start].rstrip(" ：:")
    name = next((name for name in _lexicon().completion_rate_names if before.endswith(name)), None)
    return name if name and not _HAN.match(before[-len(name) - 1:-len(name)] or " ") else None


def _follows_done_figure(sentence: str, bounds: int, figures: list[tuple[int, int]]) -> bool:
    """Does the clause before the one at `bounds` state what was done, a stage verb and its
    figure (`建成38个`, `已开通6条`)? A bare percentage after it is the rate of the goal."""
    if bounds < 2 or sentence[bounds - 1] not in "，,":
        return False
    previous = _start_of_clause(sentence, bounds - 1)
    last = next((e for s, e in reversed(figures) if previous <= s and e <= bounds - 1), None)
    if last is None or sentence[last:bounds - 1].strip():
        return False
    verb = _without_figures(sentence, previous, last, figures).strip().removeprefix("已")
    return verb in _lexicon().predicates


def _share(text: str, sentence: str, bounds: int, figures: list[tuple[int, int]]) -> str | None:
    """`占一般公共预算支出的` (the clause at `bounds` with its figure cut out) after
    `民生支出55.7亿元` → 民生支出占一般公共预算支出比重; None if `text` is no share."""
    text = _COPULA_AFTER_SHARE.sub("", text)                              # 占…的比重为71.2%
    share = _lexicon().share.fullmatch(text)
    if not share:
        return _share_of_part(text) or _share_taken(text) or _share_reached(text)
    base = _named_before(sentence, bounds, figures, measure=None, keep_numbers=False)
    if not base:
        return None
    whole = _clean(share.group("whole"))
    return f"{base}占{whole}比重" if whole else f"{base}占比"


def _share_reached(text: str) -> str | None:
    """`覆盖行政村的` → 行政村覆盖率 (see `reached_share`); None for any other clause."""
    reached = _reached_share().search(text)
    return f"{_clean(reached.group('whole')) or reached.group('whole')}{reached.group('verb')}率" if reached else None


@lru_cache(maxsize=1)
def _reached_share() -> regex.Pattern:
    return regex.compile(read_table("indicators.toml")["reached_share"])


#: A share whose part is named in its own clause (`财政民生支出占一般公共预算支出的81.2%`)
#: (only where the figure follows its `的` at once: a phrase that names its own rate,
#: `…占…的比重保持在`, `…占…比例`, is read as written)
def _without_done_verb(clause: str, lex: _Lexicon) -> str:
    """`社区食堂开了` → `社区食堂`: a one-character verb of making and its 了 closing the
    clause go, where the verb is a word of its own; the second half of a two-character
    verb (`安装了`, `修建了`, `开办了`) is not one, and the rules for those verbs read it."""
    done = lex.done_verb_end.search(clause)
    if done is None or word_crosses(clause, done.start()):
        return clause
    return clause[:done.start()]


_SHARE_OF_PART = regex.compile(r"(?P<part>\p{Han}{2,}?)占(?!比)(?P<whole>[^，,。；;的]+)的")


def _share_of_part(text: str) -> str | None:
    """`全市财政民生支出占一般公共预算支出的` → 财政民生支出占一般公共预算支出比重, as a
    share of the thing named in the clause before is named; None if `text` is no share."""
    found = _SHARE_OF_PART.fullmatch(text)
    if not found:
        return None
    part, whole = _clean(found.group("part")), _clean(found.group("whole"))
    return f"{part}占{whole}比重" if part and whole else None


@dataclass(frozen=True, slots=True)
class _SharesTaken:
    part: regex.Pattern       # `<part>的占`, the whole named in a clause before
    said: regex.Pattern       # the word of saying before the part


@lru_cache(maxsize=1)
def _shares_taken() -> _SharesTaken:
    data = read_table("indicators.toml")
    return _SharesTaken(regex.compile(rf"(?P<part>.+?)的?(?:{alternation(data['share_taken_adverbs'])})?占"),
                        regex.compile(rf"^.*?(?:{alternation(data['share_taken_said'])})(?=.)"))


def _share_taken(text: str) -> str | None:
    """`表示“非常满意”的占` (after `受访者中，`) → 非常满意占比: the share the part takes of a
    whole named before; None if `text` is no such share."""
    spec = _shares_taken()
    found = spec.part.fullmatch(text)
    if not found:
        return None
    # (not judged as a name: an answer, `不满意`, is what the part is)
    part = _clean(spec.said.sub("", found.group("part")))
    return f"{part}占比" if part and _HAN.search(part) else None


def _first_predicate(units: tuple[str, ...], start: int = 0) -> int | None:
    predicates = _lexicon().predicates
    return next((i for i in range(start, len(units)) if units[i] in predicates), None)


def _service(clause: str, sentence: str, clause_start: int, figures: list[tuple[int, int]]) -> str | None:
    """The service whose users a 人次 figure counts: who provides it, with the verb
    (`长者饭堂日均服务老人` → 长者饭堂服务); the provider may be named in the clause
    before (`新建“健康小屋”15个，累计服务居民` → 健康小屋服务)."""
    lex = _lexicon()
    units = words(clause)
    verb = _first_predicate(units)
    if verb is None or units[verb] not in lex.service_verbs:
        return None
    provider = _clean(lex.rate_end.sub("", "".join(units[:verb])))
    if provider is None or provider in lex.target_words:
        provider = _named_before(sentence, clause_start, figures, measure=None)
    return provider + units[verb] if provider else None


def _clause_start(sentence: str, position: int, figures: list[tuple[int, int]]) -> tuple[int, bool]:
    """Where the phrase before the figure at `position` may start, and whether it is a
    list item (after `、`, the item before holding a figure of its own)."""
    start = _quote_still_open(sentence, _start_of_clause(sentence, position), position)
    is_item = False
    for m in _ENUMERATION_COMMA.finditer(sentence, start, position):
        if any(start <= s < m.end() for s, _ in figures):
            start, is_item = m.end(), True
    # a figure earlier in the clause (`为1100户低收入家庭免费赠电200度`) starts the phrase after it
    for s, e in figures:
        if start <= s and e <= position and e > start:
            start = e
    return start, is_item


def _quote_still_open(sentence: str, start: int, position: int) -> int:
    """After the last quotation mark opened between `start` and the figure and not closed
    before it (`还加了一句“托育点不少于6个”` → `托育点不少于`); `start` where none is open."""
    for at in range(position - 1, start - 1, -1):
        if sentence[at] in QUOTE_CLOSES:
            return start
        if sentence[at] in QUOTE_OPENS:
            return at + 1
    return start


def _measure_word(sentence: str, start: int, figures: list[tuple[int, int]]) -> str:
    end = next(e for s, e in figures if s == start)
    return _measure_of(sentence, start, end)


def _measure_of(sentence: str, start: int, end: int) -> str:
    return _measure_of_figure(sentence[start:end])


@lru_cache(maxsize=_CACHED_PHRASES)
def _measure_of_figure(figure: str) -> str:
    # kept: the rules of one figure ask for its measure word six times on average (114,473
    # times for 19,491 figures of the 1 M bench archive)
    # a full-width per cent sign is the per cent sign (`１０３．３％`), and so is a spelled-out
    # one (`百分之一百零二`, whose 百 the numeral characters would take)
    if figure.startswith("百分之"):
        return "%"
    return _NUMERAL_CHARS.sub("", figure).replace("％", "%").strip()


#: How many keys of attributes (`实际="…"`) `_named_before` passes over.
_MAX_KEYS_BACK = 2


def _named_before(sentence: str, clause_start: int, figures: list[tuple[int, int]], measure: str | None,
                  keep_numbers: bool = True, past_rates: bool = False) -> str | None:
    """The thing the clauses before name, their figures taken out (at most two back),
    if they count it with the same measure word or with none (`measure=None`: any).
    `keep_numbers=False` drops a bare number that is no figure at its end (`教育支出14.6`);
    `past_rates`: a clause of rates only is passed over (`完成41户，完成率91.1%；承担的12户`)."""
    end, keys, clauses = clause_start - 1, 0, 0
    while clauses < 2:
        if end <= 0:
            return None
        start = _start_of_clause(sentence, end)
        if sentence[end] == "=" and keys < _MAX_KEYS_BACK:
            end, keys = start - 1, keys + 1               # `实际=`: the key of the value after it
            continue
        clauses += 1
        measures = {_measure_of(sentence, s, e) for s, e in figures if start <= s < end}
        if past_rates and measure is not None and measure != "%" and measures == {"%"}:
            end = start - 1
            continue
        if measure is not None and measures - {measure}:
            return None                                   # 1座…公园建设，年均接待10000人次
        text = _strip_end(_without_figures(sentence, start, end, figures, _without_goal_word))
        if sentence[end] in "：:" and _judge().speaker.search(text):
            return None                                   # `区教育局局长 韩雪：`: who speaks, before all they say
        if not keep_numbers:
            text = _strip_end(_TRAILING_NUMBER.sub("", text))
        # a change of a share (`占…的81.4%，比上年提高1.9个百分点`) is a change of the share
        base = _share(text, sentence, start, figures) or _object_of(text)
        # not a clause of a stage alone (`已全部开工`): the thing is named further back
        if base and base not in _lexicon().predicates and base not in _lexicon().target_words \
                and not all(_is_a_stage(w) for w in words(base)):
            return base
        end = start - 1
    return None


def _without_goal_word(text: str) -> str:
    """The text before a figure without the goal word right before it (`适老化改造目标`
    → 适老化改造); kept where the word before the goal word names nothing (`具体任务`)."""
    shorter = _without_target(text)
    if shorter == text or (shorter and words(shorter)[-1] in _judge().never):
        return text
    return shorter.rstrip()                               # `育儿入户指导 目标`: the space went with it


def _is_a_stage(word: str) -> bool:
    """A word of a clause that says how far the work went, not what it counts: a function
    word, a predicate, a stage verb (`已全部开工`), a set phrase of doing (`超额完成`) or the
    goal it went against (`年度目标`)."""
    lex = _lexicon()
    return (_is_not_a_noun(word, lex) or word in lex.predicates or word in lex.target_words
            or word.endswith(tuple(lex.done_words)))


def _without_figures(sentence: str, start: int, end: int, figures: list[tuple[int, int]],
                     before_figure: Callable[[str], str] = lambda text: text) -> str:
    """sentence[start:end] with the figures in it cut out; numbers that are no figure
    stay (`为60周岁以上老年人`). `before_figure` edits the text right before each figure."""
    parts, position = [], start
    for s, e in sorted(figures):
        if s < end and e > position:
            parts.append(before_figure(sentence[position:max(s, position)]))
            position = min(e, end)
            qualifier = _QUALIFIER_AFTER.match(sentence, position, end)   # 达到60%以上: 以上 goes with it
            position = qualifier.end() if qualifier else position
    parts.append(sentence[position:end])
    return "".join(parts)


@lru_cache(maxsize=_CACHED_PHRASES)
def _strip_end(clause: str) -> str:
    """Qualifiers, copulas, `了` and adverbs between the phrase and the figure."""
    lex = _lexicon()
    while True:
        clause = clause.rstrip()
        before = clause
        clause = _QUALIFIER_END.sub("", clause)
        clause = lex.rate_end.sub("", clause)                 # 提高到每人每月1020元
        clause = _without_done_verb(clause, lex)              # 社区食堂开了12家
        # 低保标准由每人每月…; `达到7.52万元和…` with its figure cut out; the 至 of
        # `提高城乡低保标准至每人每月930元`, the verb's destination once its per phrase has gone
        # (a word of its own: not the 及 of 惠及, 涉及, the 至 of 截至)
        if clause.endswith(("了", "由", "从", "和", "及", "与", "、")) and len(words(clause)[-1]) == 1:
            clause = clause[:-1]
        elif clause.endswith("至") and _after_a_noun(clause):
            clause = clause[:-1]
        clause = lex.copula_end.sub("", clause, count=1)
        clause = _TIME_IN_PHRASE.sub("", clause) if _TIME_IN_PHRASE.search(clause[-8:]) else clause
        clause = lex.period_end.sub("", clause)               # 托位数由2019年的, 加装电梯五年累计
        trailing = lex.trailing_end.search(clause)
        if trailing and not word_crosses(clause, trailing.start()):
            clause = clause[:trailing.start()]                # 覆盖率保持, 占比要, 收入完成
        last = words(clause)[-1] if clause else ""
        if _is_adverb(last) and len(clause) > len(last):
            clause = clause[: -len(last)]                 # 占比率先达到100% → 占比
        if clause == before:
            return clause


def _after_a_noun(clause: str) -> bool:
    """Does the clause's last word, a one-character one, follow a noun (`标准至`), not a verb
    (`降至`, `提高至`, `调至`: the verb's destination, read with the verb)?"""
    units = words(clause)
    return len(units) > 1 and len(units[-1]) == 1 and (tag(units[-2]) or "").startswith("n")


@lru_cache(maxsize=_CACHED_PHRASES)
def _object_of(clause: str) -> str | None:
    """What the clause counts: its first predicate's object; the whole clause when it
    names a ratio or its only predicate ends it (`公益服务`); the subject of a change
    verb (`临时救助资金与去年同期相比增加`)."""
    lex = _lexicon()
    clause = _fixed_names(lex.verb_alternative.sub("", _HAN_GAP.sub("", clause)))
    verb = _leading_verb(clause)
    if verb and word_crosses(clause, verb):
        clause = clause[verb:]                            # jieba cut across the verb: 新|增长|者饭堂
    fixed = lex.fixed_end.search(clause)
    if fixed:
        return fixed.group()                              # 加装电梯164部, 城镇新增就业10万人
    staged = lex.fixed_before_verbs.search(clause)
    if staged:
        return staged.group("name") + staged.group("stage")    # 加装电梯新开工
    at_stage = _at_its_stage(clause)
    if at_stage:
        return at_stage                                   # 老旧小区改造已开工 → 老旧小区改造开工
    if clause.endswith(lex.ratio_words):
        return _clean(clause)                             # 老年友善医疗机构建成率
    units = words(clause)
    if "等" in units:                                     # the word 等, not 一等奖
        cut = len(units) - 1 - units[::-1].index("等")
        before, after = "".join(units[:cut]), "".join(units[cut + 1:])
        clause = after if after.strip() else before       # 助老等公益项目 → 公益项目; 送戏下乡等80场次
        units = words(clause)
    first = next((i for i, w in enumerate(units) if (w in lex.predicates or w in lex.change_verbs)
                  and not _heads_a_facility(units, i, lex)), None)
    first = _past_pivot(units, first, lex)
    if first is None:
        return _clean(_what_is_had(units, lex) or clause)
    if first == len(units) - 1:
        if units[first] in lex.change_verbs:
            return _clean(_COMPARISON.sub("", "".join(units[:first])))
        return _clean(clause)                             # 公益服务, 先进社会组织
    obj = "".join(units[first + 1:])
    if obj in lex.event_heads:
        obj = units[first] + obj                          # …等招聘活动: the verb says which events
    obj = obj.split("并", 1)[0]                           # 加装电梯并投入使用 → 加装电梯
    cleaned = _clean(obj)
    if cleaned and clause.endswith(cleaned) and (cleaned in lex.predicates or indicator_confidence(cleaned) == 0):
        # `家庭医生签约服务累计覆盖`: the first verb was part of the subject, the last one
        # is the predicate, and the subject is what is counted
        return _clean(_strip_end(clause[:-len(cleaned)])) or cleaned
    return cleaned


def _heads_a_facility(units: list[str], i: int, lex: _Lexicon) -> bool:
    """Is the verb at `i` part of a facility's name, its head right after it (`服务|点`)?"""
    return i + 1 < len(units) and units[i + 1] in lex.facility_heads


def _past_pivot(units: list[str], first: int | None, lex: _Lexicon) -> int | None:
    """`组织县乡医疗机构开展流动巡诊`: where the first predicate sets an agent to work, the
    predicate of that work (the next one after the agent, with an object after it); else `first`."""
    if first is None or units[first] not in lex.pivot_verbs:
        return first
    work = next((i for i in range(first + 2, len(units) - 1) if units[i] in lex.predicates), None)
    return first if work is None or units[work] in lex.service_verbs else work


@dataclass(frozen=True, slots=True)
class _WorkStages:
    after_name: regex.Pattern       # the stage a clause ends with (`已开工`), its adverbs before it
    alone: regex.Pattern            # a clause of a stage alone (`、完工投用`, `，已全部竣工`)
    opening: regex.Pattern          # a stage a name opens with (`完工老旧小区`)


@lru_cache(maxsize=1)
def _work_stages() -> _WorkStages:
    data = read_table("indicators.toml")
    adverbs = rf"(?:{alternation(data['stage_adverbs'])})*"
    stages = alternation(data["work_stages"])
    return _WorkStages(regex.compile(rf"{adverbs}(?P<stage>(?:{stages})+)$"),
                       regex.compile(rf"[、，,\s]*{adverbs}(?P<stage>(?:{stages}|{alternation(_lexicon().predicates)})+)"),
                       regex.compile(rf"(?:{stages})+"))


def _at_its_stage(clause: str) -> str | None:
    """What a clause names and the stage of works it reached, where the stage ends it
    (`老旧小区改造已开工` → 老旧小区改造开工: the figure after counts that thing at that stage,
    and the adverb says only how far); None where no stage ends it or nothing is named before."""
    stage = _work_stages().after_name.search(clause)
    # (`完成加装电梯并投入使用`: a second verb of what was done, not a stage reached)
    if stage is None or stage.start() == 0 or word_crosses(clause, stage.start()) \
            or clause[:stage.start()].endswith("并"):
        return None
    name = _object_of(clause[:stage.start()])
    # (`家庭医生签约服务累计签约`: a stage the name already says is its service, not works)
    if not name or len(name) < 2 or indicator_confidence(name) == 0 or stage.group("stage") in name:
        return None
    return name + stage.group("stage")


def _at_another_stage(base: str | None, clause: str) -> str | None:
    """A later item of a list of stages that says only its stage (`既有住宅加装电梯开工52台、
    完工投用41台`): the thing the item before names, at this item's stage (加装电梯完工投用),
    not at the stage before; None where the item before names no stage of works."""
    own = _work_stages().alone.fullmatch(clause.strip())
    if not base or own is None:
        return None
    before = _work_stages().after_name.search(base)
    if before is None or before.start() < 2:
        return None
    return base[:before.start()] + own.group("stage")


def without_work_stage(indicator: str | None) -> str | None:
    """`完工老旧小区`, `加装电梯完工投用` → 老旧小区, 加装电梯: the thing without the stage of works
    its name opens or ends with. A remainder (`已完工39个，其余4个将在12月中旬前完工`) has not
    reached the stage the figure before counts, so it counts the thing alone (held-out 23, 24, 27
    and 30 label it so); a name with no stage, or nothing but one, stays."""
    if not indicator:
        return indicator
    stages = _work_stages()
    ended = stages.after_name.search(indicator)
    if ended is not None and not word_crosses(indicator, ended.start()):
        thing = indicator[:ended.start()]
    elif (opened := stages.opening.match(indicator)) is not None and not word_crosses(indicator, opened.end()):
        thing = indicator[opened.end():]
    else:
        return indicator
    # (`竣工验收`: a stage and a step of works, no thing)
    return thing if len(thing) >= 2 and indicator_confidence(thing) >= _NOUN_CONFIDENCE else indicator


def _what_is_had(units: tuple[str, ...], lex: _Lexicon) -> str | None:
    """`社区普惠托育点有托位`, `辖区有持证残疾人`: what the subject has is counted, not the
    subject (None where no word of having splits the clause)."""
    at = next((i for i in range(len(units) - 1, 0, -1) if units[i] in lex.have_words), None)
    rest = "".join(units[at + 1:]) if at is not None else ""
    return rest if len(rest) >= 2 else None


# ----------------------------------------------------------------------- cleaning

def _fixed_names(text: str) -> str:
    """A standard indicator written in another order takes its fixed name (`新增城镇就业`
    → 城镇新增就业, `参加基本医疗保险人数` → 基本医疗保险参保人数), which the verb
    stripping below then leaves whole."""
    lex = _lexicon()
    for variant, name in lex.fixed_aliases:
        text = text.replace(variant, name)
    return lex.insured.sub(lex.insured_name, text) if "保险" in text else text


@lru_cache(maxsize=_CACHED_PHRASES)
def _clean(phrase: str, strip_verbs: bool = True) -> str | None:
    if not phrase:
        return None           # every step below keeps an empty phrase empty (a third of the calls)
    lex = _lexicon()
    phrase = _fixed_names(_STRUCK_OUT_OR_ARROW.sub("", _MARKUP_TAG.sub("", phrase)))
    phrase = _STATUS_TAG.sub("", _LEADING_SYMBOLS.sub("", _APPOSITION.sub("", _HAN_GAP.sub("", phrase))))
    phrase = _QUOTES.sub("", lex.verb_alternative.sub("", lex.per_phrase.sub("", _TIME_IN_PHRASE.sub("", phrase))))
    # a base year left at the end once the per phrase has gone (`低保标准从2019年的每人每月`)
    phrase = lex.period_end.sub("", _RANK_END.sub("", phrase.strip(_EDGE))).strip(_EDGE)
    phrase = _without_suffixes(phrase)
    while phrase:
        marker = _LIST_MARKER.match(phrase) or lex.reported.match(phrase) or _ALL_IN_ONE_TAIL.match(phrase)
        if marker:
            phrase = phrase[marker.end():]                # 17.…, 第三方测评显示…
            continue
        lead = _lead_of(phrase)
        if lead:
            phrase = phrase[lead.end():]
            continue
        fixed = lex.fixed_end.search(phrase)
        if fixed:
            return fixed.group()                          # 既有住宅加装电梯 → 加装电梯
        units = words(phrase)
        if len(units) == 2 and units[1] in lex.event_heads:
            break                                         # 招聘活动: 活动 alone names nothing
        # not down to one character: the verb makes the word (`完工率`, not 率); nor to a unit alone
        # (`培训课时` is the hours of training, 课时 any hours)
        if (strip_verbs and len(units) > 1 and units[0] in lex.predicates and len(phrase) - len(units[0]) > 1
                and lookup(phrase[len(units[0]):]) is None):
            phrase = phrase[len(units[0]):]
            continue
        verb = _leading_verb(phrase) if strip_verbs else 0
        # (not down to a word that names nothing alone: `发现并整改问题` keeps its verbs, not 问题;
        # nor to a unit alone)
        if verb and phrase[verb:] not in _judge().never and lookup(phrase[verb:]) is None:
            phrase = phrase[verb:]
            continue
        break
    placed = _without_places(_without_row_label(_LATIN_GLOSS.sub("", phrase)))
    while placed != phrase and (lead := _lead_of(placed)):
        placed = placed[lead.end():]                      # 东区今年把低保标准: the scope words after the place
    # once the words before have gone: the suffix of `我们力争…托位数` was judged with the speaker
    placed = _without_suffixes(placed)
    if strip_verbs and placed != phrase:
        placed = placed[_leading_verb(placed):]           # 甲区拨付援助资金: the verb after the place
    phrase = placed
    phrase = lex.opinion.sub(r"\g<who>\g<rate>", _GLOSS.sub("", phrase).strip(_EDGE))
    phrase = lex.project_money.sub("", phrase)            # 项目总投资 → 总投资
    if not phrase or phrase in lex.lead_words or _FIGURE_IN_TEXT.fullmatch(phrase):
        return None
    if lex.reported_end.search(phrase):
        return None                                       # 区卫健委公布完成563个: the thing is named before
    return phrase


def _without_suffixes(phrase: str) -> str:
    """`托位数` → 托位, `养老服务工作` → 养老服务, `加装电梯台数` → 加装电梯 (see `count_suffixes`,
    `generic_suffixes`, `measure_counts`)."""
    phrase = _without_measure_count(phrase)
    for suffix_end in _lexicon().suffix_ends:
        shorter = suffix_end.sub("", phrase, count=1)
        # not down to a word that names nothing by itself (`具体任务`, not 具体)
        if shorter != phrase and indicator_confidence(shorter) > 0:
            phrase = shorter
    return phrase


def _without_measure_count(phrase: str) -> str:
    """`加装电梯台数` → 加装电梯: a measure word and 数 as the phrase's last word count the
    thing before; segmented, so that a noun ending in a measure character stays (`平台数`)."""
    last = words(phrase)[-1] if phrase else ""
    if last in _lexicon().measure_counts and len(phrase) - len(last) >= 2:
        return phrase[:-len(last)]
    return phrase


def _lead_of(phrase: str) -> regex.Match | None:
    """The scope, time or plan words a phrase opens with (`全市`, `2025年`, `计划`), as a word
    of its own only: not the 与 of `与会代表`."""
    lex = _lexicon()
    return next((m for m in (lex.lead.match(phrase), _LEADING_TIME.match(phrase), lex.period_lead.match(phrase),
                             lex.plan_lead.match(phrase))
                 if m and m.end() > 0 and not word_crosses(phrase, m.end())), None)


def _without_places(phrase: str) -> str:
    """Named places at the head of a phrase say where, not what (`甲区、乙区试点长者食堂`,
    a ranking row's `甲区　完成率`), as the scope words `全市`, `我区` do: dropped, while
    at least two characters stay. A kind of place (`社区`, `棚户区`, `镇（街道）`) is no
    name: the first place must be one jieba knows as a name, or stand apart as a row's label
    (`甲区　`); the places listed after it go with it."""
    listed = False
    while True:
        unit = next(iter(admin_units(phrase[:_MAX_PLACE_CHARS])), None)
        if unit is None or not phrase.startswith(unit):
            return phrase
        joined = _PLACE_JOINER.match(phrase, len(unit)).end()
        apart = any(c.isspace() for c in phrase[len(unit):joined])
        rest = phrase[joined:]
        if len(rest) < 2 or not (listed or apart or _is_a_name(unit)):
            return phrase
        phrase, listed = rest, joined > len(unit)


#: A wide gap between two cells of a table flattened into a line: a full-width space, a tab or
#: two spaces and more (one space parts words of one name: `公共 停车位`)
_CELL_GAP = regex.compile(r"(?:[\u3000\t]|  )\s*")


def _without_row_label(phrase: str) -> str:
    """A row's label set off by a wide gap before the words that name the figure (`武当路街道
    助餐点`, `区人社局　培训`, `某某学校（二期）　学位`) says whose or where, not what: the words
    after the last gap, where they name something; else the phrase as it is (`老旧小区改造　目标`:
    the goal word names nothing, the label does)."""
    gaps = list(_CELL_GAP.finditer(phrase))
    if not gaps or gaps[-1].start() == 0:
        return phrase
    rest = phrase[gaps[-1].end():]
    lex = _lexicon()
    if len(rest) < 2 or _goal_or_stage(rest, lex) or indicator_confidence(rest) == 0:
        return phrase
    return rest


def _is_a_name(unit: str) -> bool:
    return tag(words(unit)[0]) in _place_parts().name_tags


#: A place's name at the head of a phrase is read in this many characters: names are short,
#: and the phrase of a long line is not segmented again for each place dropped
_MAX_PLACE_CHARS = 12


def _leading_verb(phrase: str) -> int:
    """How many characters of verbs open `phrase` (`新开、优化公交线路` → 5), 0 if none.
    jieba may fuse the verb with the noun (`建成区|级`): the verb is still dropped when
    the characters after it begin a word of their own (`区级`), not when the fused word
    is the noun (`建成区|垃圾`, `服务中心`)."""
    lex = _lexicon()
    # (not before a measure of times counted: `提出人次` names the count, the verb its work)
    verb = next((v for v in lex.lead_verbs_by_first.get(phrase[:1], ())
                 if phrase.startswith(v) and len(phrase) - len(v) >= 2
                 and phrase[len(v):] not in _judge().service_units), None)
    if verb is None or not _verb_ends_at_word(phrase, len(verb)):
        return 0
    position = len(verb)
    if phrase[position:position + 1] in _NOUN_COORDINATORS or phrase[position:position + 1] in ("或",):
        further = _leading_verb(phrase[position + 1:])        # 新建、改造社区健身设施
        if further:
            return position + 1 + further
    if phrase[position:position + 1] == _VERB_JOINER:
        # 发现并整改问题: the first verb goes with the second or not at all (no `并整改问题`);
        # the second is any verb, the pair saying what was done to the thing (`检出并转诊疑似病例`)
        further = _leading_verb(phrase[position + 1:]) or _verb_word(phrase[position + 1:])
        return position + 1 + further if further else 0
    return position


def _verb_word(phrase: str) -> int:
    """The length of the verb `phrase` opens with as a word of its own, a noun of two
    characters or more after it; 0 if it opens with no verb."""
    first = words(phrase)[0] if phrase else ""
    return len(first) if tag(first) == "v" and len(phrase) - len(first) >= 2 else 0


#: What joins two verbs on one object (`发现并整改`, `新建并投用`)
_VERB_JOINER = "并"


def _verb_ends_at_word(phrase: str, boundary: int) -> bool:
    if not word_crosses(phrase, boundary):
        return True
    fused_end = 0
    for word in words(phrase):
        fused_end += len(word)
        if fused_end > boundary:
            break
    following = words(phrase[boundary:])[0]
    return len(following) >= 2 and tag(following) is not None and boundary + len(following) > fused_end


# ------------------------------------------------------------ how sure the rules are

@dataclass(frozen=True, slots=True)
class _Judge:
    never: frozenset[str]
    weak_tags: frozenset[str]
    time: regex.Pattern
    service_units: frozenset[str]
    speaker_words: frozenset[str]
    speaker: regex.Pattern        # a speaker's title, perhaps with the name after it
    one_character_nouns: frozenset[str]
    age_only: regex.Pattern       # an age or an age band and nothing else (`80—89周岁`)
    question: regex.Pattern       # a question word (`百分之几`, `多少`)


@lru_cache(maxsize=1)
def _judge() -> _Judge:
    table = read_table("indicators.toml")
    data = table["judge"]
    speaker = regex.compile(rf"(?:{alternation(data['speaker_titles'])})(?:\s*\p{{Han}}{{2,3}})?$"
                            rf"|(?:{alternation(data['speaker_groups'])})\s+\p{{Han}}{{2,3}}$")
    # a remainder word alone (`剩下19部`) names nothing: the figure it is the rest of does
    never = frozenset(data["never"]) | frozenset(table["remainder"]["words"])
    return _Judge(never, frozenset(data["weak_tags"]), regex.compile(data["time"]),
                  frozenset(data["service_units"]), frozenset(data["speaker_words"]), speaker,
                  frozenset(data["one_character_nouns"]), regex.compile(data["age_only"]), regex.compile(data["question"]))


_PUNCTUATION_ONLY = regex.compile(r"^[\p{P}\p{S}\s]*$")
#: the end of a verb that sends something to a time (`转到`, `推迟至`), not `过半` of a stage
_TOWARD = ("到", "至")


def _unbalanced(phrase: str) -> bool:
    """A bracket opened and not closed in the phrase, or closed and not opened (`见附表）`)."""
    depth = 0
    for character in phrase:
        if character in BRACKET_OPENS:
            depth += 1
        elif character in BRACKET_CLOSES:
            depth -= 1
            if depth < 0:
                return True
    return depth != 0


@lru_cache(maxsize=_CACHED_PHRASES)
def indicator_confidence(phrase: str | None, unit: str = "") -> float:
    """How sure the rules are that `phrase` names what a figure of `unit` counts, in
    [0, 1]; 0 rejects it: punctuation, a word that names a frame or a part (`方面`,
    `其中`), function words only, a time phrase (`截至11月底`), an age band before a sum or a
    rate (`80—89周岁`: whose figure, not what it counts), a lone verb that is not
    a service counted in 人次/场 (`完工`, `低于`). A reviewer sorts by it."""
    if not phrase or _PUNCTUATION_ONLY.match(phrase):
        return 0.0
    judge = _judge()
    core = _QUOTES.sub("", phrase).strip()
    if core in judge.never or judge.time.search(core) or judge.question.search(core) or _COLON.search(core):
        return 0.0                                        # (a colon: a field's label and its value, `情况：开工`)
    if _CLAUSE_MARK_INSIDE.search(core) or _unbalanced(core):
        return 0.0                                        # `略，见附表）`: a clause and a half, no name
    if judge.age_only.fullmatch(core) and unit not in _lexicon().person_measures:
        return 0.0                                        # (`其中90周岁以上1860人`: the people are named so)
    pieces = words(core)
    tags = [tag(w) or ("eng" if w.isascii() and w.isalnum() else "x") for w in pieces]
    if all(t in judge.weak_tags for t in tags):
        # a word jieba does not know falls apart into single characters (`绿道`: 绿 a, 道 q)
        if len(pieces) == 1 or any(len(w) > 1 for w in pieces):
            return 0.0
        return 0.5
    lex = _lexicon()
    if len(pieces) == 1 and (core in lex.predicates or core in lex.stops_after or core in lex.change_verbs
                             or core in lex.copulas) and not (unit in judge.service_units and core in lex.service_verbs):
        return 0.0
    if len(core) == 1:
        return 0.3 if tags[0].startswith("n") or core in judge.one_character_nouns else 0.0
    if tags[0] in ("d", "zg", "p") and len(core) <= 3:       # `都进`, `仍有`: an adverb and a verb
        return 0.0
    noun_head = tags[-1].startswith("n") or tags[-1] == "vn"
    if judge.speaker_words.intersection(pieces) and not noun_head:
        return 0.0                                        # `我们80岁以上的只要` (not a name: 希望家长…团队)
    if len(pieces) > 1 and tags[-1] == "v" and len(pieces[-1]) == 1 and tags[-2] == "d":
        return 0.0                                        # `希望再装`, `也就花`: an adverb and a verb
    if len(pieces) > 1 and tags[0] == "v" and tags[-1] == "t" and any(w.endswith(_TOWARD) for w in pieces):
        return 0.0                                        # `转到明年春天`: the time a figure is put off to
    if core.endswith("的"):
        return 0.3                                        # `进度滞后的`: a clause without its noun
    if len(pieces) > 1 and tags[-1] == "v" and pieces[-1] in lex.stops_after and not lex.fixed_end.search(core):
        return 0.3                                        # `项目已开工`, `全面完成`: a clause, not a noun
    if noun_head:
        return 0.9 if len(core) >= 3 else 0.7
    return 0.5


@dataclass(frozen=True)
class _PlaceParts:
    suffixes: tuple[str, ...]
    name_tags: frozenset[str]
    char_tags: frozenset[str | None]
    not_places: frozenset[str]
    rest: regex.Pattern


@lru_cache(maxsize=1)
def _place_parts() -> _PlaceParts:
    data = read_table("indicators.toml")["place_part"]
    return _PlaceParts(tuple(sorted(data["suffixes"], key=len, reverse=True)), frozenset(data["name_tags"]),
                       frozenset([None, *data["char_tags"]]), frozenset(data["not_places"]), regex.compile(data["rest"]))


def place_part_head(phrase: str | None) -> str | None:
    """Where `phrase` names only the place a part of a whole falls to, the words before
    the place ("" for `甲市`, `乙县`, `其余各市（区）`; `助餐点` for `助餐点甲市`, which
    repeats the whole's noun); None where it names something else."""
    if not phrase:
        return None
    table = _place_parts()
    if table.rest.search(phrase):
        return ""
    if not phrase.endswith(table.suffixes):
        return None                         # every name tried below ends where the phrase ends
    pieces = words(phrase)
    return next(("".join(pieces[:k]) for k in range(len(pieces)) if _is_place_name(pieces[k:], table)), None)


def _names_one_place(word: str, table: _PlaceParts) -> bool:
    return tag(word) in table.name_tags and not is_generic(word) and word not in table.not_places


def _is_place_name(pieces: tuple[str, ...], table: _PlaceParts) -> bool:
    """A name ending in a unit's suffix: one place word (`甲市`), or name words and
    unknown single characters before a suffix word (`杨` `凌` `示范区`)."""
    text = "".join(pieces)
    if not any(text.endswith(s) and len(text) > len(s) for s in table.suffixes):
        return False
    if _names_one_place(pieces[-1], table):
        name = pieces
    elif pieces[-1] in table.suffixes:
        name = pieces[:-1]                        # `杨` `凌` `示范区`: the suffix a word of its own
    else:
        return False
    known = [w for w in name if _names_one_place(w, table)]
    # a name jieba does not know falls apart into single characters (`双` `井` `街道`)
    unknown = [w for w in name if w not in known and len(w) == 1 and tag(w) in table.char_tags]
    return len(known) + len(unknown) == len(name) and (bool(known) or len(unknown) >= 2)


@lru_cache(maxsize=1)
def _field_part() -> tuple[int, tuple[str, ...]]:
    data = read_table("indicators.toml")["field_part"]
    return data["max_chars"], tuple(data["measure_nouns"])


def names_only_a_field(phrase: str | None) -> bool:
    """`教育`, `医疗卫生`, `养老服务`: a short name of one topic, with no measure noun of its
    own (not `教育支出`)."""
    max_chars, measure_nouns = _field_part()
    return (bool(phrase) and len(phrase) <= max_chars and not phrase.endswith(measure_nouns)
            and category_of_heading(phrase) is not None)


@dataclass(frozen=True)
class _InstitutionAttributes:
    attribute: regex.Pattern        # an attribute alone, or with its change (`在校生增长`)
    units: frozenset[str]
    generic_head: regex.Pattern


@lru_cache(maxsize=1)
def _institution_attributes() -> _InstitutionAttributes:
    data = read_table("indicators.toml")["institution_attributes"]
    return _InstitutionAttributes(
        regex.compile(rf"(?:{alternation(data['attributes'])})(?:{alternation(data['changes'])})?"),
        frozenset(data["institution_units"]),
        regex.compile(rf"(?<=^\p{{Han}}{{2}})(?:{alternation(data['generic_heads'])})$"))


def counts_institutions(indicator: str | None, unit: str | None) -> bool:
    """A count of institutions a communiqué goes on to describe (`普通高中61所`)."""
    return bool(indicator) and unit in _institution_attributes().units


def of_institutions(indicator: str | None, institutions: str) -> str | None:
    """The indicator of an attribute of the institutions counted before it in its sentence
    (`招生` after `普通高中61所` → `普通高中招生`); None where it names more than one."""
    spec = _institution_attributes()
    if not indicator or spec.attribute.fullmatch(indicator) is None:
        return None
    return spec.generic_head.sub("", institutions) + indicator


@dataclass(frozen=True)
class _Ranking:
    words: tuple[str, ...]
    by: regex.Pattern
    ranked_units: tuple[str, ...]
    row: regex.Pattern
    max_rows: int


@lru_cache(maxsize=1)
def _ranking() -> _Ranking:
    data = read_table("indicators.toml")["ranking"]
    return _Ranking(tuple(data["words"]), regex.compile(data["by"]),
                    tuple(sorted(data["ranked_units"], key=len, reverse=True)), regex.compile(data["row"]),
                    data["max_rows"])


#: what ends a clause of a title before its ranking word
_TITLE_CLAUSE_BREAK = regex.compile(char_class(CLAUSE_BREAKS, COLONS))
#: the least confidence of the judge (indicator_confidence) in a measure: a phrase, not a
#: clause without its noun (0.3) or junk (0)
_MEASURE_CONFIDENCE = 0.5

#: the number or bullet a title line may open with (`二、`, `3.`)
_TITLE_NUMBER = regex.compile(r"^[\s\u3000]*(?:[一二三四五六七八九十]+[、.．]|\d{1,2}[、.．])?[\s\u3000]*")


def ranking_measure(title: str) -> str | None:
    """What the ranking list under `title` ranks by: `各区推进排名（按项目完成率）` →
    项目完成率, `街道项目完成率排名 TOP 6` → 项目完成率 (the kind of unit ranked goes); None
    where the line names no ranking."""
    spec = _ranking()
    at = min((i for i in (title.find(w) for w in spec.words) if i >= 0), default=-1)
    if at < 0:
        return None
    by = spec.by.search(title)
    if by is not None:
        measure = by.group("measure")
    else:
        # the clause the ranking word ends (`从类别看，排名前六位的是`: none of its own)
        clause = _TITLE_CLAUSE_BREAK.split(title[:at])[-1]
        measure = _TITLE_NUMBER.sub("", clause, count=1).strip()
        unit = next((u for u in spec.ranked_units if measure.startswith(u)), "")
        measure = measure[len(unit):]
    return measure if _HAN.search(measure) and indicator_confidence(measure) >= _MEASURE_CONFIDENCE else None


def is_ranked_row(line: str) -> bool:
    """A numbered line of a ranking list: its rank, then a name (`1　兰山街道　96.8%`)."""
    return _ranking().row.match(line) is not None


def ranked_row_name(line: str) -> str:
    """The name a ranked row opens with after its rank (`2. 晋安区　完成率92.1%` → 晋安区)."""
    m = _ranking().row.match(line)
    rest = line[m.end() - 1:] if m else line
    return regex.split(r"[\s\u3000]+", rest.strip(), maxsplit=1)[0]


def ranking_rows_reach() -> int:
    """How many lines up a ranked row looks for its list's title."""
    return _ranking().max_rows


@dataclass(frozen=True, slots=True)
class _LikeTheFigureBefore:
    """Words that only compare, rank or comment on a figure (`[like_the_figure_before]`)."""
    after: tuple[str, ...]       # right after the figure: the noun before names it, else the figure of its unit before
    phrase: regex.Pattern        # the figure's whole phrase: the figure before it names it


@lru_cache(maxsize=1)
def _like_the_figure_before() -> _LikeTheFigureBefore:
    data = read_table("indicators.toml")["like_the_figure_before"]
    return _LikeTheFigureBefore(tuple(data["after"]), regex.compile(data["phrase"]))


def _compared_right_after(sentence: str, end: int) -> bool:
    """Do words that compare, rank or comment on the figure follow it (`5000个偏低`, `以186个居首`)?"""
    position = _after_spaces(sentence, end)
    qualifier = _QUALIFIER_AFTER.match(sentence, position)
    position = _after_spaces(sentence, qualifier.end()) if qualifier else position
    return sentence.startswith(_like_the_figure_before().after, position)


def _names_a_thing(phrase: str | None) -> bool:
    """A noun phrase that names what is counted: not a frame (`较上年的`), a verb, or only a place
    (`甲市`, `保山`)."""
    if indicator_confidence(phrase) < 0.7:
        return False
    table = _place_parts()
    return place_part_head(phrase) is None and not all(_names_one_place(w, table) for w in words(phrase))


@lru_cache(maxsize=1)
def _compared_line() -> regex.Pattern:
    lex = _lexicon()
    data = read_table("indicators.toml")
    verbs = alternation([*lex.destination_verbs, *lex.change_verbs, *data["compared_line"]["amounts"]])
    return regex.compile(rf"(?:{lex.comparison.pattern})?(?:{verbs})")


def compares_only(words_before: str) -> bool:
    """Are the words before a figure only a comparison with an earlier figure (`比上年多`,
    `提高到`, `较上年增长`), naming nothing (`[compared_line]`)?"""
    return _compared_line().fullmatch(words_before.strip()) is not None


def growth_frame(words_before: str, measure: str) -> str | None:
    """The frame of a growth rate the words before a percentage write alone (`比上年增长`),
    to follow the name of what grew; None for any other figure."""
    words_ = words_before.strip()
    if measure != "%" or not compares_only(words_) or not words_.endswith(tuple(_lexicon().growth_verbs)):
        return None
    return words_

