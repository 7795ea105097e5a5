"""jieba, in one place: word segmentation of short windows, cached, and dictionary POS tags.

jieba's dictionary loads on the first call (a fifth of a second), not on import.
Segmentation runs with HMM off: new-word discovery is not needed for boundary tests
and costs time.
"""
from __future__ import annotations

import logging
import marshal
import os
import sys
import tempfile
from functools import lru_cache
from pathlib import Path
from types import ModuleType


def _jieba_without_pkg_resources() -> ModuleType:
    """jieba opens its model files through pkg_resources where it can be imported, else with
    open() on the same paths. Importing pkg_resources scans every installed distribution
    (0.07 CPU-s in each process that segments) and is deprecated; a None in sys.modules
    makes jieba take its open() branch, and is removed again at once."""
    blocked = "pkg_resources" not in sys.modules
    if blocked:
        sys.modules["pkg_resources"] = None     # `import pkg_resources` raises ImportError
    try:
        import jieba
    finally:
        if blocked:
            del sys.modules["pkg_resources"]
    return jieba


jieba = _jieba_without_pkg_resources()
jieba.setLogLevel(logging.WARNING)


#: Windows whose segmentation is kept. Bounded well below what an archive fills: every rule
#: that segments asks about windows of the sentence at hand, so the figures of one document
#: reuse each other's; a window of a document long done is rarely asked again. At 131,072
#: the cache kept filling through a 50 M-character archive (some 14 windows a document, about
#: 0.5 kB each: 80 MiB more per worker than on the 5 M archive; benchmarks/README.md, tenth pass).
_CACHED_WINDOWS = 16384


@lru_cache(maxsize=_CACHED_WINDOWS)
def words(text: str) -> tuple[str, ...]:
    if not jieba.dt.initialized:
        _initialize()
    return tuple(jieba.cut(text, HMM=False))


def _initialize() -> None:
    """jieba's prefix dictionary, from the cache file jieba itself writes, read in one piece:
    jieba's `marshal.load(file)` reads the 9 MB file object by object through the file
    (0.5 CPU-s at every start of a process that segments), `marshal.loads` of its bytes
    takes 0.2 s and gives the same dictionary. Without a usable cache (a first run, another
    dictionary, a damaged file) jieba builds and writes it as always."""
    tokenizer = jieba.dt
    with tokenizer.lock:
        if tokenizer.initialized:
            return
        if tokenizer.dictionary == jieba.DEFAULT_DICT and not tokenizer.cache_file:
            cache = Path(tokenizer.tmp_dir or tempfile.gettempdir()) / "jieba.cache"
            try:
                tokenizer.FREQ, tokenizer.total = marshal.loads(cache.read_bytes())
                tokenizer.initialized = True
                return
            except (OSError, ValueError, EOFError, TypeError):
                pass
    tokenizer.initialize()


@lru_cache(maxsize=1)
def _tag_table() -> dict[str, str]:
    """word → POS tag from jieba's dictionary. jieba.posseg parses the 349k-line file on
    every start (0.4 s); like jieba's own prefix-dictionary cache, the table is kept in
    the temp folder, keyed by the dictionary file, and loads in a few milliseconds."""
    source = Path(jieba.__file__).with_name(jieba.DEFAULT_DICT_NAME)
    stat = source.stat()
    cache = Path(tempfile.gettempdir()) / f"minsheng-jieba-tags-{stat.st_size}-{int(stat.st_mtime)}.marshal"
    try:
        return marshal.loads(cache.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        pass
    table = {}
    with source.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3:
                table[parts[0]] = parts[2]
    try:
        partial = cache.with_suffix(f".{os.getpid()}.tmp")
        partial.write_bytes(marshal.dumps(table))
        partial.replace(cache)                # atomic: a parallel run never reads half a file
    except OSError:
        pass                                  # no writable temp folder: parse again next time
    return table


def tag(word: str) -> str | None:
    """The word's part of speech in jieba's dictionary (None for unknown words)."""
    return _tag_table().get(word)


def word_crosses(text: str, boundary: int) -> bool:
    """Does a word of `text` run across position `boundary`? (`三家|村`, `工|作者`)"""
    position = 0
    for word in words(text):
        if position < boundary < position + len(word):
            return True
        position += len(word)
    return False
