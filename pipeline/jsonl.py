"""Reading the JSON Lines files minsheng writes (records.jsonl, documents.jsonl, ledger.jsonl)."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path


class JsonlError(ValueError):
    """A file that cannot be read as JSON objects, one a line; the message names the file and line."""


def read_jsonl(path: Path) -> Iterator[tuple[str, dict]]:
    """(`path:line`, object) for every non-blank line of `path`."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError as exc:
        raise JsonlError(f"{path}: no such file") from exc
    except OSError as exc:
        raise JsonlError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise JsonlError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise JsonlError(f"{path}:{number}: not a JSON object: {exc}") from exc
        if not isinstance(row, dict):
            raise JsonlError(f"{path}:{number}: not a JSON object")
        yield f"{path}:{number}", row
