"""Read back the agreement gold: each record's span in its context (stdlib only).

    python3 tests/heldout25/agreement/readback.py [doc_id ...]
"""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
DIGITS = set("0123456789.０１２３４５６７８９零〇一二两三四五六七八九十百千万亿")


def main(argv):
    files = sorted((HERE / "gold").glob("*.json"))
    if argv:
        files = [f for f in files if f.stem in argv]
    for f in files:
        g = json.loads(f.read_text(encoding="utf-8"))
        text = (CORPUS / f"{g['doc_id']}.txt").read_text(encoding="utf-8")
        print(f"== {g['doc_id']} doc_year={g['doc_year']} records={len(g['records'])}")
        for r in g["records"]:
            s, e = r["start"], r["end"]
            assert text[s:e] == r["text"], r
            left = text[max(0, s - 12):s].replace("\n", "⏎")
            right = text[e:e + 8].replace("\n", "⏎")
            flag = ""
            if (s > 0 and text[s - 1] in DIGITS) or (e < len(text) and text[e] in DIGITS and r["text"][-1] in DIGITS):
                flag = "  !! span touches a digit"
            print(f"{s:5d} {left}[{r['text']}]{right} | {r['value']} {r['unit']} {r['qualifier']} "
                  f"{r['year']} {r['category']} {r.get('stance')} | {r['indicator']} | per={r.get('per')}{flag}")


if __name__ == "__main__":
    main(sys.argv[1:])
