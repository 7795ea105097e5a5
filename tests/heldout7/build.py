"""Build corpus/, sheets/ and gold/ of held-out 7 from draft/NNN.txt + draft/NNN.sheet.

Plain Python (no minsheng import); anchoring and checking run the minsheng CLI.
doc_id = NNN_ + first 16 hex of the text's sha256. The sheet's first line `@doc NNN`
is rewritten to the full id. Manifest rows come from draft/NNN.meta (title,published,source,kind,place).
"""
import csv, hashlib, pathlib, subprocess, sys
here = pathlib.Path(__file__).parent
root = here.parent.parent
exe = root / ".venv/bin/minsheng"
which = sys.argv[1:] or sorted(p.stem for p in (here / "draft").glob("*.txt"))
rows = {}
man = here / "corpus/manifest.csv"
if man.exists():
    for r in csv.DictReader(man.open(encoding="utf-8")):
        rows[r["doc_id"][:3]] = r
for n in which:
    text = (here / f"draft/{n}.txt").read_bytes()
    did = f"{n}_" + hashlib.sha256(text).hexdigest()[:16]
    for old in list((here / "corpus").glob(f"{n}_*.txt")) + list((here / "sheets").glob(f"{n}_*.txt")) + list((here / "gold").glob(f"{n}_*.json")):
        old.unlink()
    (here / f"corpus/{did}.txt").write_bytes(text)
    sheet = (here / f"draft/{n}.sheet").read_text(encoding="utf-8").replace(f"@doc {n}\n", f"@doc {did}\n", 1)
    (here / f"sheets/{did}.txt").write_text(sheet, encoding="utf-8")
    meta = (here / f"draft/{n}.meta").read_text(encoding="utf-8").strip().split("\t")
    rows[n] = dict(zip(["doc_id", "title", "published", "source", "kind", "place"], [did] + meta))
    r = subprocess.run([str(exe), "gold", "anchor", f"tests/heldout7/sheets/{did}.txt", "--corpus", "tests/heldout7/corpus", "--out", "tests/heldout7/gold/"], cwd=root, capture_output=True, text=True)
    print(did, r.returncode, r.stdout[-2000:], r.stderr[-3000:])
with man.open("w", encoding="utf-8", newline="") as f:
    w = csv.DictWriter(f, ["doc_id", "title", "published", "source", "kind", "place"])
    w.writeheader()
    for n in sorted(rows):
        w.writerow(rows[n])
r = subprocess.run([str(exe), "gold", "check", "tests/heldout7/gold/", "--corpus", "tests/heldout7/corpus/"], cwd=root, capture_output=True, text=True)
print("check", r.returncode, r.stdout[-3000:], r.stderr[-3000:])
