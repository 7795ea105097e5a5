"""The `minsheng` command line: sits on top of pipeline, extractors and evaluation; nothing imports it."""
