"""The README's picture of a ledger: ledger.html in headless Chromium, filtered to one
place and year, as a PNG.

    python tools/screenshot_ledger.py outputs/ledger.html docs/ledger_changzhou_2023.png --place 常州市 --year 2023
"""
from __future__ import annotations

import argparse
from pathlib import Path

from playwright.sync_api import sync_playwright

LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", type=Path)
    parser.add_argument("png", type=Path)
    parser.add_argument("--place")
    parser.add_argument("--year")
    parser.add_argument("--status", help="show only this status in the table (met, exceeded, short, no report)")
    parser.add_argument("--height", type=int, default=1100)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=args.chromium, args=LAUNCH_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": args.height})
        page.goto(args.page.resolve().as_uri(), wait_until="load")
        for name, value in (("place", args.place), ("year", args.year), ("status", args.status)):
            if value:
                page.select_option(f"#f-{name}", value)
        args.png.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(args.png))
        browser.close()


if __name__ == "__main__":
    main()
