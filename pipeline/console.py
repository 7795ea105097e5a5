"""The one stderr console of the command line, and its error line.

soft_wrap: a message stays one line even when stderr is a pipe or a log file (rich
would wrap at 80 columns); messages are escaped, so `[b]` in a file name is not markup.
"""
from __future__ import annotations

from typing import NoReturn

import typer
from rich.console import Console
from rich.markup import escape

err = Console(stderr=True, highlight=False, soft_wrap=True)


def report_error(message: str) -> None:
    err.print(f"[red]error:[/red] {escape(message)}")


def note(message: str) -> None:
    err.print(escape(message))


def fail(message: str, code: int = 2) -> NoReturn:
    """Report an error that ends the command, with exit code `code`."""
    report_error(message)
    raise typer.Exit(code)
