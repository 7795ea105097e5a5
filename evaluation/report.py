"""The HTML report of `minsheng evaluate --report`: one self-contained page.

Everything is inline (CSS, a few lines of JS for the hover card, SVG for the chart), so
the file can be mailed or opened offline. Jinja2 autoescaping escapes every text that
comes from a document or a record.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from jinja2 import Environment, StrictUndefined

from pipeline.record import Record

from .evaluate import (
    MICRO_LABEL, SCORED_FIELDS, SUMMARY_COLUMNS, DocResult, Scores, field_text, metric_text, summary_rows,
)

#: Outcomes of a highlighted stretch, mildest first: where marks overlap, the worst one colours it.
OUTCOMES = ("match", "field-error", "spurious", "missed")
OUTCOME_LEGEND = {
    "match": "matched, every scored field right",
    "field-error": "matched, some field wrong (dashed: span not identical)",
    "missed": "gold record with no prediction (false negative)",
    "spurious": "prediction with no gold record (false positive)",
}
#: Rows of the hover card, in order.
CARD_FIELDS = ("text", "offsets", *SCORED_FIELDS, "per")
#: Geometry of the per-category bar chart, in SVG user units.
CHART = {"label_width": 90, "bar_width": 420, "bar_height": 12, "row_height": 34, "top": 28}


@dataclass(frozen=True)
class Mark:
    """One gold record, prediction, or matched pair drawn on the document text."""
    key: str
    start: int
    end: int
    outcome: str
    gold: Record | None
    pred: Record | None
    wrong: tuple[str, ...] = ()
    loose: bool = False          # a matched pair whose spans are not identical

    def card_rows(self) -> list[tuple[str, str, str, bool]]:
        """(field, gold, predicted, is wrong) for the hover card."""
        return [(name,
                 field_text(self.gold, name) if self.gold else "",
                 field_text(self.pred, name) if self.pred else "",
                 name in self.wrong or (self.loose and name in ("text", "offsets")))
                for name in CARD_FIELDS]


@dataclass(frozen=True)
class Segment:
    """A stretch of text covered by the same marks (none for plain text)."""
    text: str
    marks: tuple[Mark, ...]

    @property
    def outcome(self) -> str:
        return max((m.outcome for m in self.marks), key=OUTCOMES.index)

    @property
    def loose(self) -> bool:
        return any(m.loose for m in self.marks)

    @property
    def keys(self) -> str:
        return " ".join(m.key for m in self.marks)


def document_marks(doc: DocResult, prefix: str) -> list[Mark]:
    marks = []
    for pair in doc.pairs:
        marks.append(Mark(
            "", min(pair.gold.start, pair.pred.start), max(pair.gold.end, pair.pred.end),
            "field-error" if pair.wrong_fields or not pair.strict else "match",
            pair.gold, pair.pred, pair.wrong_fields, not pair.strict))
    marks += [Mark("", g.start, g.end, "missed", g, None) for g in doc.missed]
    marks += [Mark("", p.start, p.end, "spurious", None, p) for p in doc.spurious]
    marks.sort(key=lambda m: (m.start, m.end))
    return [replace(m, key=f"{prefix}-{i}") for i, m in enumerate(marks)]


def segments(text: str, marks: list[Mark]) -> list[Segment]:
    """Cut `text` at every mark boundary; each piece knows the marks that cover it."""
    cuts = sorted({0, len(text)} | {min(max(x, 0), len(text)) for m in marks for x in (m.start, m.end)})
    return [Segment(text[a:b], tuple(m for m in marks if m.start < b and m.end > a))
            for a, b in zip(cuts, cuts[1:])]


@dataclass(frozen=True)
class DocumentView:
    doc_id: str
    numbers: Mapping[str, float | int]
    marks: list[Mark]
    segments: list[Segment] | None      # None when the document text was not found


@dataclass(frozen=True)
class Bar:
    category: str
    n_gold: int
    n_pred: int
    detection_f1: float
    record_f1: float


def build_documents(scores: Scores, texts: Mapping[str, str]) -> list[DocumentView]:
    views = []
    for i, (doc_id, doc) in enumerate(scores.docs.items()):
        marks = document_marks(doc, f"d{i}")
        text = texts.get(doc_id)
        views.append(DocumentView(doc_id, scores.per_doc[doc_id], marks,
                                  segments(text, marks) if text is not None else None))
    return views


def render_report(scores: Scores, texts: Mapping[str, str]) -> str:
    bars = [Bar(c, n["n_gold"], n["n_pred"], n["detection_f1"], n["record_f1"])
            for c, n in scores.per_category.items()]
    predicted = sorted({p for row in scores.confusion.values() for p in row},
                       key=list(scores.per_category).index)
    env = Environment(autoescape=True, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["metric"] = metric_text
    return env.from_string(TEMPLATE).render(
        columns=[header for header, _ in SUMMARY_COLUMNS],
        summary=summary_rows(scores),
        micro_label=MICRO_LABEL,
        micro=scores.micro,
        fields=SCORED_FIELDS,
        bars=bars,
        chart=CHART,
        confusion=scores.confusion,
        predicted=predicted,
        confusion_max=max((n for row in scores.confusion.values() for n in row.values()), default=0),
        legend=OUTCOME_LEGEND,
        documents=build_documents(scores, texts),
        unscored=scores.unscored,
    )


def write_report(scores: Scores, texts: Mapping[str, str], path: Path) -> None:
    path.write_text(render_report(scores, texts), encoding="utf-8")


TEMPLATE = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>minsheng evaluation report</title>
<style>
  :root { --match: #b7e4c7; --field-error: #ffd166; --missed: #f4978e; --spurious: #a0c4ff;
          --ink: #1d1d1f; --muted: #6b6b70; --rule: #d9d9de; }
  body { font: 15px/1.55 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; color: var(--ink);
         margin: 0 auto; max-width: 1100px; padding: 1.5rem; }
  h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
  h2 { font-size: 1.15rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--rule); }
  .note { color: var(--muted); font-size: .9rem; }
  table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
  th, td { padding: .2rem .45rem; border-bottom: 1px solid var(--rule); text-align: right; }
  th:first-child, td:first-child { text-align: left; }
  tr.micro td { font-weight: 600; border-top: 2px solid var(--ink); }
  .scroll { overflow-x: auto; }
  .legend { display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; margin: .5rem 0 1rem; padding: 0; list-style: none; }
  .swatch { display: inline-block; width: 1.1em; height: 1.1em; vertical-align: -.2em; border-radius: 3px; }
  mark { border-radius: 2px; color: inherit; cursor: help; }
  .match { background: var(--match); } .field-error { background: var(--field-error); }
  .missed { background: var(--missed); } .spurious { background: var(--spurious); }
  mark.loose { outline: 1px dashed #8a5a00; }
  .doctext { white-space: pre-wrap; background: #fafafa; border: 1px solid var(--rule); border-radius: 6px;
             padding: .8rem 1rem; max-height: 36rem; overflow-y: auto; }
  details > summary { cursor: pointer; font-weight: 600; margin: 1rem 0 .4rem; }
  .cards { display: none; }
  #card { position: fixed; z-index: 10; background: #fff; border: 1px solid #999; border-radius: 6px;
          box-shadow: 0 4px 16px rgba(0,0,0,.18); padding: .5rem .7rem; font-size: .85rem; max-width: 30rem; }
  #card[hidden] { display: none; }
  .card + .card { margin-top: .6rem; border-top: 1px solid var(--rule); padding-top: .5rem; }
  .card h3 { font-size: .9rem; margin: 0 0 .25rem; }
  .card td, .card th { text-align: left; }
  .card tr.wrong td { background: #fff0c2; font-weight: 600; }
  .confusion td.cell { min-width: 2.5rem; text-align: center; }
  .confusion td.diagonal { outline: 2px solid #2d6a4f; outline-offset: -2px; }
  svg text { font-size: 12px; fill: var(--ink); }
</style>
</head>
<body>
<h1>minsheng evaluation report</h1>
<p class="note">{{ documents|length }} scored document(s); matching and metrics as in ANNOTATION.md “Scoring”:
one-to-one matching by span overlap, largest overlap first; micro-averaged over all documents.
{% if unscored %}Predictions for {{ unscored|length }} document(s) without gold were not scored: {{ unscored|join(", ") }}.{% endif %}</p>

<h2>Summary</h2>
<div class="scroll"><table class="summary">
  <thead><tr><th>document</th>{% for c in columns %}<th>{{ c }}</th>{% endfor %}</tr></thead>
  <tbody>
  {% for label, cells in summary %}
    <tr{% if label == micro_label %} class="micro"{% endif %}><td>{{ label }}</td>{% for cell in cells %}<td>{{ cell }}</td>{% endfor %}</tr>
  {% endfor %}
  </tbody>
</table></div>
<p class="note">Field accuracy over matched pairs (micro):
{% for f in fields %}{{ f }} {{ micro[f ~ "_acc"]|metric }}{% if not loop.last %} · {% endif %}{% endfor %}.
Indicator scores are SQuAD-style character-overlap F1; record F1 needs value, unit, year and category right.</p>

<h2>Per category</h2>
<p class="note">Gold records are grouped by their gold category, predictions by their predicted category:
detection precision is the share of a category's predictions that matched a gold record, recall the share of its
gold records that were matched; record P/R/F1 count matched pairs whose value, unit, year and category are right.</p>
{% set height = chart.top + bars|length * chart.row_height + 8 %}
<svg role="img" aria-label="Detection and record F1 per category" width="{{ chart.label_width + chart.bar_width + 60 }}" height="{{ height }}"
     viewBox="0 0 {{ chart.label_width + chart.bar_width + 60 }} {{ height }}">
  <rect x="{{ chart.label_width }}" y="4" width="12" height="12" fill="#2a6f97"/><text x="{{ chart.label_width + 16 }}" y="14">detection F1</text>
  <rect x="{{ chart.label_width + 120 }}" y="4" width="12" height="12" fill="#e76f51"/><text x="{{ chart.label_width + 136 }}" y="14">record F1</text>
  {% for tick in [0, 0.25, 0.5, 0.75, 1] %}
  <line x1="{{ chart.label_width + tick * chart.bar_width }}" x2="{{ chart.label_width + tick * chart.bar_width }}"
        y1="{{ chart.top - 6 }}" y2="{{ height - 4 }}" stroke="#ddd"/>
  {% endfor %}
  {% for bar in bars %}
  {% set y = chart.top + loop.index0 * chart.row_height %}
  <g><title>{{ bar.category }}: gold {{ bar.n_gold }}, predicted {{ bar.n_pred }}</title>
    <text x="{{ chart.label_width - 6 }}" y="{{ y + chart.bar_height + 4 }}" text-anchor="end">{{ bar.category }}</text>
    <rect x="{{ chart.label_width }}" y="{{ y }}" width="{{ bar.detection_f1 * chart.bar_width }}" height="{{ chart.bar_height }}" fill="#2a6f97"/>
    <text x="{{ chart.label_width + bar.detection_f1 * chart.bar_width + 4 }}" y="{{ y + 10 }}">{{ bar.detection_f1|metric }}</text>
    <rect x="{{ chart.label_width }}" y="{{ y + chart.bar_height + 1 }}" width="{{ bar.record_f1 * chart.bar_width }}" height="{{ chart.bar_height }}" fill="#e76f51"/>
    <text x="{{ chart.label_width + bar.record_f1 * chart.bar_width + 4 }}" y="{{ y + chart.bar_height + 11 }}">{{ bar.record_f1|metric }}</text>
  </g>
  {% endfor %}
</svg>

<h2>Category confusion (matched pairs)</h2>
{% if confusion %}
<div class="scroll"><table class="confusion">
  <thead><tr><th>gold ↓ / predicted →</th>{% for p in predicted %}<th>{{ p }}</th>{% endfor %}</tr></thead>
  <tbody>
  {% for gold, row in confusion.items() %}
    <tr><th>{{ gold }}</th>{% for p in predicted %}{% set n = row.get(p, 0) %}
      <td class="cell{% if p == gold %} diagonal{% endif %}" style="background: rgba(42,111,151,{{ '%.2f'|format(0.8 * n / confusion_max) }})">{{ n or "" }}</td>{% endfor %}</tr>
  {% endfor %}
  </tbody>
</table></div>
{% else %}<p class="note">No matched pairs.</p>{% endif %}

<h2>Documents</h2>
<ul class="legend">
{% for outcome, meaning in legend.items() %}
  <li><span class="swatch {{ outcome }}"></span> {{ outcome|replace("-", " ") }}: {{ meaning }}</li>
{% endfor %}
</ul>
<p class="note">Hover over (or focus) a highlighted span to see the gold and predicted fields.</p>
{% for doc in documents %}
<section id="{{ doc.doc_id }}">
<details open>
  <summary>{{ doc.doc_id }} — gold {{ doc.numbers.n_gold }}, predicted {{ doc.numbers.n_pred }},
    detection F1 {{ doc.numbers.detection_f1|metric }}, record F1 {{ doc.numbers.record_f1|metric }}</summary>
  {% if doc.segments is none %}
  <p class="note">The document text was not found in the corpus; its records are listed in the error listing (--errors).</p>
  {% else %}
  <div class="doctext">{% for seg in doc.segments %}{% if seg.marks %}<mark tabindex="0" class="{{ seg.outcome }}{% if seg.loose %} loose{% endif %}" data-cards="{{ seg.keys }}">{{ seg.text }}</mark>{% else %}{{ seg.text }}{% endif %}{% endfor %}</div>
  {% endif %}
  <div class="cards">
  {% for mark in doc.marks %}
    <div class="card" id="{{ mark.key }}">
      <h3>{{ mark.outcome|replace("-", " ") }}{% if mark.wrong %}: {{ mark.wrong|join(", ") }}{% endif %}{% if mark.loose %} (span differs){% endif %}</h3>
      <table><thead><tr><th>field</th><th>gold</th><th>predicted</th></tr></thead><tbody>
      {% for name, gold, pred, wrong in mark.card_rows() %}
        <tr{% if wrong %} class="wrong"{% endif %}><td>{{ name }}</td><td>{{ gold }}</td><td>{{ pred }}</td></tr>
      {% endfor %}
      </tbody></table>
    </div>
  {% endfor %}
  </div>
</details>
</section>
{% endfor %}

<div id="card" hidden></div>
<script>
(() => {
  const card = document.getElementById("card");
  function show(target, x, y) {
    const mark = target.closest && target.closest("mark[data-cards]");
    if (!mark) { card.hidden = true; return; }
    card.replaceChildren(...mark.dataset.cards.split(" ").map(key => {
      const copy = document.getElementById(key).cloneNode(true);
      copy.removeAttribute("id");
      return copy;
    }));
    card.hidden = false;
    const box = card.getBoundingClientRect();
    card.style.left = Math.max(4, Math.min(x + 12, window.innerWidth - box.width - 8)) + "px";
    card.style.top = (y + 16 + box.height > window.innerHeight ? Math.max(4, y - box.height - 8) : y + 16) + "px";
  }
  document.addEventListener("mouseover", e => show(e.target, e.clientX, e.clientY));
  document.addEventListener("focusin", e => {
    const r = e.target.getBoundingClientRect();
    show(e.target, r.left, r.bottom);
  });
})();
</script>
</body>
</html>
"""
