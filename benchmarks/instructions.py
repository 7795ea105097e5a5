"""The subject of an instruction count of the extraction, for a machine too loaded to time.

    .venv/bin/python benchmarks/instructions.py ARCHIVE N base|full

builds the bench's archive in ARCHIVE if it is not there (`bench.build_archive`, 1 M
characters, seed 0), then loads the language data (`warm_up`) and the first N documents;
with `full` it also extracts them (`process_document`) and prints the number of records.
Run both under valgrind and subtract: the difference is the extraction's instructions, which
the load of other work does not move (benchmarks/README.md, ninth pass):

    valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \\
        .venv/bin/python benchmarks/instructions.py /tmp/arch1m 30 full      # and … base
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> None:
    archive, count, mode = Path(argv[0]), int(argv[1]), argv[2]
    sys.path.insert(0, str(ROOT))   # run as a script from anywhere, without the package installed
    if not archive.exists():
        from bench import build_archive

        build_archive(archive, 1_000_000, 0)
    from pipeline.batch import warm_up
    from pipeline.loaders import load_path
    from pipeline.run import process_document

    warm_up()
    documents = [load_path(p) for p in sorted(archive.iterdir())[:count]]
    if mode == "full":
        print(sum(len(process_document(d)) for d in documents))


if __name__ == "__main__":
    main(sys.argv[1:])
