"""ledger.html: the ledger as one self-contained page (no network, no external files).

Per place and year, a chart per category of how many targets were met, exceeded, fell
short or had no report, and each target's result against it; then the table of every
target with both sentences, filterable by place, year, category, status and words.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

from jinja2 import Environment

from extractors.categories import category_names

#: Chinese text needs a CJK font: named first, so that a machine that has one uses it
#: rather than a Latin font's empty boxes.
CJK_FONTS = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif'
STATUSES = ("met", "exceeded", "in progress", "short", "no report")
COLOURS = {"met": "#2e7d32", "exceeded": "#1565c0", "in progress": "#f9a825", "short": "#ef6c00",
           "no report": "#9e9e9e"}
#: Chart geometry: label column, bar length and row height in pixels
LABEL_W, BAR_W, ROW_H = 120, 420, 22
#: The target-against-result chart draws the target as 2 × 60 px × RATIO_SCALE
RATIO_SCALE = 2.5
#: Targets of documents whose place is not known
UNKNOWN_PLACE = "（未知）"


def _key(row: dict) -> tuple[str, int | None]:
    return row["place"] or UNKNOWN_PLACE, row["year"]


def groups(rows: list[dict]) -> list[dict]:
    """Per place and year: per category (in the category table's order), the targets
    counted by status as bar segments; and each reported target against its result."""
    by_key: dict[tuple, list[dict]] = defaultdict(list)
    for row in rows:
        by_key[_key(row)].append(row)
    return [_group(place, year, members)
            for (place, year), members in sorted(by_key.items(), key=lambda kv: (kv[0][0], kv[0][1] or 0))]


def _group(place: str, year: int | None, members: list[dict]) -> dict:
    counts: dict[str, Counter] = defaultdict(Counter)
    for row in members:
        counts[row["category"] or "其他"][row["status"]] += 1
    rank = {name: i for i, name in enumerate(category_names())}
    ordered = sorted(counts, key=lambda c: (rank.get(c, len(rank)), c))
    most = max(sum(c.values()) for c in counts.values())
    bars = [{"category": c, "total": sum(counts[c].values()), "segments": _segments(counts[c], most)} for c in ordered]
    reported = [{"label": f"{r['indicator'] or ''}", "target": r["target"]["text"], "result": r["result"]["text"],
                 "width": ratio_width(r["ratio"]) * RATIO_SCALE, "ratio": r["ratio"], "colour": COLOURS[r["status"]]}
                for r in members if r["result"] is not None]
    return {"place": place, "year": year, "bars": bars, "height": ROW_H * len(bars) + 8,
            "reported": reported, "pairs_height": ROW_H * len(reported) + 24, "total": len(members)}


def _segments(counts: Counter, most: int) -> list[dict]:
    x, segments = LABEL_W, []
    for status in STATUSES:
        width = BAR_W * counts[status] / most if most else 0
        if counts[status]:
            segments.append({"status": status, "x": x, "width": width, "n": counts[status], "colour": COLOURS[status]})
        x += width
    return segments


def ratio_width(ratio: float | None) -> float:
    """The width in pixels of a result-to-target bar; 100% is 60 px, longer bars are cut at 120
    (a result of nine times its target would flatten every other bar)."""
    return 0 if ratio is None else min(ratio, 2.0) * 60


def write_html(rows: list[dict], documents: dict[str, dict], path: Path) -> None:
    env = Environment(autoescape=True)
    env.filters["ratio_width"] = ratio_width
    html = env.from_string(TEMPLATE).render(
        rows=rows, groups=groups(rows), documents=documents, statuses=STATUSES, colours=COLOURS,
        fonts=CJK_FONTS, label_w=LABEL_W, bar_w=BAR_W, row_h=ROW_H, full=60 * RATIO_SCALE,
        places=sorted({r["place"] or UNKNOWN_PLACE for r in rows}), years=sorted({r["year"] for r in rows if r["year"]}),
        categories=sorted({r["category"] or "其他" for r in rows}),
        counts=Counter(r["status"] for r in rows), unknown=UNKNOWN_PLACE)
    path.write_text(html, encoding="utf-8")


TEMPLATE = r"""<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>民生实事台账 · minsheng ledger</title>
<style>
  :root { --ink: #222; --muted: #666; --rule: #ddd; }
  body { font: 15px/1.55 {{ fonts|safe }}; color: var(--ink); margin: 1.5rem auto; max-width: 1200px; padding: 0 1rem; }
  h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
  h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; border-bottom: 1px solid var(--rule); }
  .note { color: var(--muted); font-size: .9rem; }
  .filters { display: flex; gap: .75rem; flex-wrap: wrap; align-items: center; position: sticky; top: 0;
             background: #fff; padding: .5rem 0; border-bottom: 1px solid var(--rule); z-index: 1; }
  .filters select, .filters input { font: inherit; padding: .15rem .3rem; }
  .legend span { display: inline-block; margin-right: .8rem; }
  .legend i { display: inline-block; width: .8rem; height: .8rem; margin-right: .25rem; vertical-align: -1px; }
  svg text { font-size: 12px; fill: var(--ink); font-family: {{ fonts|safe }}; }
  table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
  th, td { border-bottom: 1px solid var(--rule); padding: .3rem .4rem; vertical-align: top; text-align: left; }
  th { background: #f6f6f6; position: sticky; top: 2.6rem; }
  td.num { text-align: right; white-space: nowrap; }
  td.nowrap { white-space: nowrap; }
  td.sentence { font-size: .85rem; color: #333; max-width: 22rem; }
  .status { white-space: nowrap; font-weight: 600; }
  .bar { display: inline-block; height: .6rem; background: #90caf9; vertical-align: middle; }
  .chart { display: inline-block; vertical-align: top; margin-right: 1.5rem; }
</style>
</head>
<body>
<h1>民生实事台账：承诺与兑现</h1>
<p class="note">Promised versus delivered: each target of a plan and the result that reports on it
(minsheng track). {{ rows|length }} targets:
{% for s in statuses %}{{ counts[s] }} {{ s }}{% if not loop.last %} · {% endif %}{% endfor %}.</p>

<div class="filters" id="filters">
  <label>地区 <select id="f-place"><option value="">全部</option>{% for p in places %}<option>{{ p }}</option>{% endfor %}</select></label>
  <label>年份 <select id="f-year"><option value="">全部</option>{% for y in years %}<option>{{ y }}</option>{% endfor %}</select></label>
  <label>类别 <select id="f-category"><option value="">全部</option>{% for c in categories %}<option>{{ c }}</option>{% endfor %}</select></label>
  <label>状态 <select id="f-status"><option value="">全部</option><option value="reported">有结果</option>{% for s in statuses %}<option>{{ s }}</option>{% endfor %}</select></label>
  <label>搜索 <input id="f-text" type="search" placeholder="指标或句子"></label>
  <span id="f-count" class="note"></span>
</div>

<p class="legend">{% for s in statuses %}<span><i style="background: {{ colours[s] }}"></i>{{ s }}</span>{% endfor %}</p>

{% for g in groups %}
<section class="group" data-place="{{ g.place }}" data-year="{{ g.year }}">
<h2>{{ g.place }} · {{ g.year }}：{{ g.reported|length }} / {{ g.total }} 项目标有结果</h2>
<svg class="chart" role="img" width="{{ label_w + bar_w + 60 }}" height="{{ g.height }}"
     aria-label="{{ g.place }} {{ g.year }} targets by category and status">
{% for bar in g.bars %}{% set y = loop.index0 * row_h %}
  <g class="bar-row" data-category="{{ bar.category }}">
  <text x="{{ label_w - 6 }}" y="{{ y + 15 }}" text-anchor="end">{{ bar.category }}</text>
  {% for seg in bar.segments %}<rect x="{{ '%.1f'|format(seg.x) }}" y="{{ y + 3 }}" width="{{ '%.1f'|format(seg.width) }}" height="{{ row_h - 6 }}" fill="{{ seg.colour }}"><title>{{ bar.category }}: {{ seg.n }} {{ seg.status }}</title></rect>{% endfor %}
  <text x="{{ label_w + bar_w + 6 }}" y="{{ y + 15 }}">{{ bar.total }}</text>
  </g>
{% endfor %}
</svg>
{% if g.reported %}
<svg class="chart pairs" role="img" width="{{ 260 + 2 * full + 150 }}" height="{{ g.pairs_height }}"
     aria-label="{{ g.place }} {{ g.year }} each result against its target">
  <text x="{{ 250 }}" y="12" text-anchor="end">目标 = 100%</text>
  <line x1="{{ 260 + full }}" y1="16" x2="{{ 260 + full }}" y2="{{ g.pairs_height }}" stroke="#444" stroke-dasharray="3 2"/>
{% for p in g.reported %}{% set y = 20 + loop.index0 * row_h %}
  <text x="250" y="{{ y + 14 }}" text-anchor="end">{{ p.label|truncate(16, True, '…') }}</text>
  <rect x="260" y="{{ y + 4 }}" width="{{ full }}" height="{{ row_h - 8 }}" fill="none" stroke="#9e9e9e"/>
  <rect x="260" y="{{ y + 6 }}" width="{{ '%.1f'|format(p.width) }}" height="{{ row_h - 12 }}" fill="{{ p.colour }}"><title>{{ p.label }}: {{ p.result }} / {{ p.target }}</title></rect>
  <text x="{{ 260 + 2 * full + 8 }}" y="{{ y + 14 }}">{{ p.result }} / {{ p.target }}{% if p.ratio > 2 %} ({{ '%.0f'|format(p.ratio * 100) }}%){% endif %}</text>
{% endfor %}
</svg>
{% endif %}
</section>
{% endfor %}

<h2>目标与结果</h2>
<table id="ledger">
<thead><tr><th>地区</th><th>年</th><th>类别</th><th>指标</th><th>目标</th><th>结果</th><th>完成比</th><th>状态</th><th>把握</th><th>目标原句</th><th>结果原句</th></tr></thead>
<tbody>
{% for r in rows %}
<tr data-place="{{ r.place or unknown }}" data-year="{{ r.year }}" data-category="{{ r.category or '其他' }}" data-status="{{ r.status }}">
  <td class="nowrap">{{ r.place or unknown }}</td><td>{{ r.year }}</td><td class="nowrap">{{ r.category }}</td><td>{{ r.indicator }}</td>
  <td class="num" title="{{ r.target.doc_id }} [{{ r.target.start }}:{{ r.target.end }}]">{{ r.target.text }}</td>
  <td class="num" {% if r.result %}title="{{ r.result.doc_id }} [{{ r.result.start }}:{{ r.result.end }}] {{ r.result.indicator }}"{% endif %}>{{ r.result.text if r.result else '–' }}</td>
  <td class="num">{% if r.ratio is not none %}<span class="bar" style="width: {{ '%.0f'|format(r.ratio|ratio_width) }}px; background: {{ colours[r.status] }}"></span> {{ '%.0f'|format(r.ratio * 100) }}%{% else %}–{% endif %}</td>
  <td class="status" style="color: {{ colours[r.status] }}">{{ r.status }}</td>
  <td class="num">{{ '%.2f'|format(r.score) if r.score is not none else '–' }}</td>
  <td class="sentence">{{ r.target_sentence or '' }}</td><td class="sentence">{{ r.result_sentence or '' }}</td>
</tr>
{% endfor %}
</tbody>
</table>

<script>
(function () {
  const ids = ["place", "year", "category", "status"];
  const pick = () => Object.fromEntries(ids.map(k => [k, document.getElementById("f-" + k).value]));
  function apply() {
    const f = pick();
    const words = document.getElementById("f-text").value.trim();
    let shown = 0;
    document.querySelectorAll("#ledger tbody tr").forEach(tr => {
      const status = f.status === "reported" ? tr.dataset.status !== "no report" : !f.status || tr.dataset.status === f.status;
      const ok = status && ["place", "year", "category"].every(k => !f[k] || tr.dataset[k] === f[k])
                 && (!words || tr.textContent.includes(words));
      tr.hidden = !ok;
      shown += ok;
    });
    document.querySelectorAll("section.group").forEach(sec => {
      sec.hidden = (f.place && sec.dataset.place !== f.place) || (f.year && sec.dataset.year !== f.year);
      sec.querySelectorAll(".bar-row").forEach(g => {
        g.style.opacity = (!f.category || g.dataset.category === f.category) ? 1 : 0.2;
      });
    });
    document.getElementById("f-count").textContent = shown + " 行";
  }
  ids.forEach(k => document.getElementById("f-" + k).addEventListener("change", apply));
  document.getElementById("f-text").addEventListener("input", apply);
  apply();
})();
</script>
</body>
</html>
"""
