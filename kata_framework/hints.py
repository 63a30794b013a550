"""Hints, one more each time you ask: ``uv run nox -s hint -- 1.2``.

How many hints you have seen per kata is kept in ``.kata/hints.json`` (not in git).
``--reset`` forgets them; ``--all`` shows every hint at once.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .catalog import ROOT, CatalogError, find_kata

STATE = ROOT / ".kata" / "hints.json"


def _load() -> dict[str, int]:
    try:
        return json.loads(STATE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="uv run nox -s hint --", description="Show the next hint for a kata.")
    parser.add_argument("kata", help="kata id, e.g. 1.2")
    parser.add_argument("--all", action="store_true", help="show every hint")
    parser.add_argument("--reset", action="store_true", help="start this kata's hints over")
    args = parser.parse_args(argv)
    try:
        kata = find_kata(args.kata.upper())  # 0.q names quiz 0.Q
    except CatalogError as error:
        print(error)
        return 2
    seen = _load()
    if args.reset:
        seen.pop(kata.id, None)
        shown = 0
    else:
        shown = len(kata.hints) if args.all else min(seen.get(kata.id, 0) + 1, len(kata.hints))
        seen[kata.id] = shown
    STATE.parent.mkdir(exist_ok=True)
    STATE.write_text(json.dumps(seen, indent=1), encoding="utf-8")
    print(f"Kata {kata.id}: {kata.title} ({Path(kata.display_path)})")
    if args.reset:
        print("  Hints reset: the next request shows hint 1 again.")
        return 0
    for number, text in enumerate(kata.hints[:shown], start=1):
        print(f"  hint {number}/{len(kata.hints)}: {text}")
    if shown < len(kata.hints):
        print("  Ask again for the next hint.")
    elif kata.reference_path.is_file():
        print("  That was the last hint: the reference solution is in " + str(kata.reference_path.relative_to(ROOT)))
    else:
        print("  That was the last hint: the kata's lesson (README.md beside the stub) and its tests say the rest.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
