"""Read back each agreement record in its context (stdlib only).

usage: python3 readback.py [doc_id ...]   (run from the repository root)
"""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"


def main(ids):
    files = sorted((HERE / "gold").glob("*.json"))
    for f in files:
        g = json.loads(f.read_text(encoding="utf-8"))
        if ids and g["doc_id"] not in ids:
            continue
        text = (CORPUS / (g["doc_id"] + ".txt")).read_text(encoding="utf-8")
        print("==", g["doc_id"], g.get("doc_year"), len(g["records"]), "records")
        for r in g["records"]:
            s, e = r["start"], r["end"]
            assert text[s:e] == r["text"], (r, text[s:e])
            ctx = (text[max(0, s - 14):s] + "[" + text[s:e] + "]" + text[e:e + 8]).replace("\n", "⏎").replace("\t", "→")
            vm = r.get("value_max")
            val = r["value"] if vm is None else f'{r["value"]}~{vm}'
            print(f'{s:5d} {ctx:<40} {val} {r["unit"]} {r["qualifier"]} {r["year"]} {r["category"]} '
                  f'{r.get("stance")} | {r["indicator"]} | per={r.get("per")}')


if __name__ == "__main__":
    main(set(sys.argv[1:]))
