"""The reference points of `make bench`, run in benchmarks/.venv-ref (not minsheng's environment):
Microsoft Recognizers-Text's Chinese number-with-unit models (currency, dimension, age,
temperature) and chinese2digits, line by line over the given documents. Prints JSON:
{tool: {"chars", "seconds" (CPU), "found"}}."""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def lines_of(paths: list[str]) -> list[str]:
    return [line for p in paths for line in Path(p).read_text(encoding="utf-8").splitlines() if line.strip()]


def timed(lines: list[str], find) -> dict:
    find(lines[0])   # tables and compiled patterns loaded before the clock starts
    started = time.process_time()
    found = sum(find(line) for line in lines)
    return {"chars": sum(map(len, lines)), "seconds": time.process_time() - started, "found": found}


def recognizers():
    from recognizers_number_with_unit import NumberWithUnitRecognizer
    from recognizers_text import Culture

    recognizer = NumberWithUnitRecognizer(Culture.Chinese)
    models = [recognizer.get_currency_model(), recognizer.get_dimension_model(),
              recognizer.get_age_model(), recognizer.get_temperature_model()]
    return lambda line: sum(len(model.parse(line)) for model in models)


def chinese2digits():
    import chinese2digits as c2d

    return lambda line: len(c2d.takeNumberFromString(line)["digitsStringList"])


if __name__ == "__main__":
    lines = lines_of(sys.argv[1:])
    print(json.dumps({"Recognizers-Text number-with-unit (zh)": timed(lines, recognizers()),
                      "chinese2digits": timed(lines, chinese2digits())}))
