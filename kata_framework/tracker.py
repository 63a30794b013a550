"""PROGRESS.md: the course's progress tracker, filled in from the test results.

``catalog/tracker.md`` is the template. Its syntax (the template's ``%%`` notes say the same):

- ``- [ ] text {katas: 1.2 1.Q}``: an item the tests prove. It is ticked exactly while every kata
  it names is done, and the rendered line says which katas proved it or still have to pass.
- ``- [ ] text``: an item the learner ticks. The tick is carried over from the previous file,
  matched by the item's text.
- ``<!-- your words: KEY -->placeholder<!-- end of your words -->``: learner text, on one line
  or with the markers around several lines. What the previous file holds between the markers is
  carried over verbatim, by KEY; a new block starts with the template's placeholder.
- ``{{modules_completed}}``, ``{{modules_total}}``, ``{{exercises_completed}}``,
  ``{{exercises_total}}``, ``{{capstone_points}}``, ``{{capstone_max}}``, ``{{level}}`` and
  ``{{status N}}`` (module N's status): figures from :class:`ProgressFacts`, filled on every run.
- Lines starting with ``%%`` are notes for maintainers and never reach the output.

Everything outside the blocks and the learner's ticks is rewritten on every run. Before it
overwrites a file whose learner text it cannot keep (a broken marker, a block the template no
longer has, text written outside the blocks), :func:`write_progress` saves the old file as a
backup. Standard library only: the noxfile may import it without the ML stack.
"""

from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .catalog import CATALOG_DIR

TEMPLATE = CATALOG_DIR / "tracker.md"

START_MARKER = "<!-- your words: {key} -->"
END_MARKER = "<!-- end of your words -->"

#: Module status as the renderer shows it; any other status string is shown as it is.
STATUS_DISPLAY = {"Not started": "⬜ Not started", "In progress": "⏳ In progress",
                  "Completed": "✅ Completed"}
NOT_MEASURED = "⬜ not measured in this run"

_NOTE = "%%"
_SEPARATOR = " — "
_MARKER = re.compile(
    r"<!--\s*(?:(?P<end>end of your words)|your words:\s*(?P<key>[A-Za-z0-9_.-]+))\s*-->", re.I)
# Anything that looks like a marker attempt: what is left on a line once the real markers are gone.
_MARKER_ATTEMPT = re.compile(r"<!--[^\n]*?your\s+words?|your\s+words?[^\n]*?-->", re.I)
_ITEM = re.compile(r"^(?P<indent>\s*)- \[(?P<tick>[ xX])\] (?P<text>.*?)"
                   r"(?: \{katas:(?P<ids>[^}]*)\})?\s*$")
_PLACEHOLDER = re.compile(r"\{\{\s*(?P<name>[a-z_]+)(?:\s+(?P<arg>\d+))?\s*\}\}")
_EXERCISE = re.compile(r"^Exercise (\d+\.\d+)\b")
# What the renderer writes after an item's text, and what it writes for a figure: a previous
# file may differ from the template only there (anything else there is the learner's, and kept).
_PROOF = re.compile(r"(?:proven by|to prove it, pass) katas? [0-9A-Za-z., ]+?"
                    r"(?: \([0-9A-Za-z., ]+ already pass(?:es)?\))?")
_NUMBER = r"-?[0-9]+(?:\.[0-9]+)?"
_NUMERIC = {"modules_completed", "modules_total", "exercises_completed", "exercises_total",
            "capstone_points", "capstone_max"}
_FIGURES = _NUMERIC | {"level"}   # and {{status N}}


class TemplateError(ValueError):
    """The tracker template is malformed: a broken marker, a duplicate item, an unknown figure."""


@dataclass(frozen=True)
class ProgressFacts:
    """What the test results say, for one render."""

    done: frozenset[str]            # ids of katas whose tests all pass
    module_status: dict[int, str]   # module number -> "Not started" | "In progress" | "Completed"
    modules_completed: int          # of modules 0-7
    modules_total: int              # 8
    exercises_completed: int
    exercises_total: int
    capstone_points: float          # 0..100, partial credit
    capstone_max: int               # 100
    level: str                      # e.g. "Level 2 (Practitioner)"


@dataclass(frozen=True)
class _Blocks:
    """A text with each well-formed block replaced by a sentinel, the blocks, and what went wrong."""

    skeleton: str
    blocks: dict[str, str]
    problems: tuple[str, ...]


@dataclass(frozen=True)
class _Template:
    lines: tuple[str, ...]               # skeleton lines, notes dropped
    defaults: dict[str, str]             # block key -> placeholder text
    proven: dict[str, tuple[str, ...]]   # item text -> kata ids, in template order
    ticked_by_hand: frozenset[str]       # texts of the items the learner ticks
    fixed_lines: frozenset[str]          # lines rendered as they are (no item, no figure)
    figure_lines: tuple[re.Pattern[str], ...]  # lines with figures, as patterns


def _sentinel(key: str) -> str:
    return f"\x00{key}\x00"


def _split_blocks(text: str) -> _Blocks:
    """Cut the learner's blocks out of ``text``; report markers that do not pair up.

    A block whose start marker is followed by another start marker (or by nothing) before its
    end marker is broken: its text stays in the skeleton and is not carried over.
    """
    problems: list[str] = []
    blocks: dict[str, str] = {}
    pieces: list[str] = []
    position = 0
    opened: re.Match[str] | None = None
    for marker in _MARKER.finditer(text):
        if marker.group("key"):
            if opened:
                problems.append(f"the block {opened.group('key')!r} has no end marker before the next "
                                f"block starts")
            opened = marker
            continue
        if opened is None:
            problems.append(f"an end marker on line {text.count(chr(10), 0, marker.start()) + 1} "
                            f"closes no block")
            continue
        key = opened.group("key")
        if key in blocks:
            problems.append(f"the block {key!r} appears twice; only the first one is kept")
        else:
            blocks[key] = text[opened.end():marker.start()]
        pieces += [text[position:opened.start()], _sentinel(key)]
        position, opened = marker.end(), None
    if opened:
        problems.append(f"the block {opened.group('key')!r} has no end marker")
    pieces.append(text[position:])
    for number, line in enumerate(text.split("\n"), start=1):
        if _MARKER_ATTEMPT.search(_MARKER.sub("", line)):
            problems.append(f"line {number} looks like a marker but is not one: {line.strip()[:80]!r}")
    return _Blocks("".join(pieces), blocks, tuple(problems))


def _ids(raw: str | None) -> tuple[str, ...]:
    return tuple(raw.split()) if raw is not None else ()


def _normalised(text: str) -> str:
    return " ".join(text.split())


def _parse_template(template: str | None) -> _Template:
    return _parse_template_text(TEMPLATE.read_text(encoding="utf-8") if template is None else template)


@cache
def _parse_template_text(source: str) -> _Template:
    source = "\n".join(line for line in source.splitlines() if not line.startswith(_NOTE))
    parsed = _split_blocks(source)
    if parsed.problems:
        raise TemplateError("the tracker template's markers: " + "; ".join(parsed.problems))
    proven: dict[str, tuple[str, ...]] = {}
    by_hand: set[str] = set()
    lines = tuple(parsed.skeleton.split("\n"))
    for line in lines:
        item = _ITEM.match(line)
        if item is None:
            if "{katas" in line:
                raise TemplateError(f"tracker template: kata ids belong at the end of a "
                                    f"checklist item: {line!r}")
        else:
            text, ids = _normalised(item.group("text")), _ids(item.group("ids"))
            if item.group("tick") != " ":
                raise TemplateError(f"tracker template: items start unticked: {line!r}")
            if text in proven or text in by_hand:
                raise TemplateError(f"tracker template: the item {text!r} appears twice")
            if _SEPARATOR.strip() in text or "\x00" in text:
                raise TemplateError(f"tracker template: an item's text holds no "
                                    f"{_SEPARATOR.strip()!r} and no block: {text!r}")
            if item.group("ids") is not None and not ids:
                raise TemplateError("tracker template: {katas: } names no kata")
            if ids:
                proven[text] = ids
            else:
                by_hand.add(text)
        for placeholder in _PLACEHOLDER.finditer(line):
            name, arg = placeholder.group("name"), placeholder.group("arg")
            if not (name in _FIGURES and arg is None or name == "status" and arg is not None):
                raise TemplateError(f"tracker template: unknown figure {placeholder.group()!r}")
    fixed = frozenset(line.rstrip() for line in lines
                      if not _ITEM.match(line) and not _PLACEHOLDER.search(line))
    figures = tuple(re.compile(_figure_pattern(line)) for line in lines if _PLACEHOLDER.search(line))
    return _Template(lines, parsed.blocks, proven, frozenset(by_hand), fixed, figures)


def _figure_pattern(line: str) -> str:
    """A regular expression for ``line`` with each figure filled in."""
    pattern, position = "", 0
    for placeholder in _PLACEHOLDER.finditer(line):
        value = _NUMBER if placeholder.group("name") in _NUMERIC else ".+?"
        pattern += re.escape(line[position:placeholder.start()]) + value
        position = placeholder.end()
    return pattern + re.escape(line[position:].rstrip())


def template_katas(template: str | None = None) -> dict[str, set[str]]:
    """Each item the tests prove (its text) -> the ids of the katas that prove it.

    Items the learner ticks by hand name no kata and are not included.
    """
    return {text: set(ids) for text, ids in _parse_template(template).proven.items()}


def exercise_figures(done: frozenset[str] | set[str], template: str | None = None) -> tuple[int, int]:
    """(proven, total) over the template's ``Exercise X.Y`` items: one figure per course exercise."""
    exercises = {text: ids for text, ids in template_katas(template).items() if _EXERCISE.match(text)}
    return sum(ids <= set(done) for ids in exercises.values()), len(exercises)


def _number(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def _fill(line: str, facts: ProgressFacts) -> str:
    def figure(match: re.Match[str]) -> str:
        if match.group("name") == "status":
            status = facts.module_status.get(int(match.group("arg")))
            return NOT_MEASURED if status is None else STATUS_DISPLAY.get(status, status)
        value = getattr(facts, match.group("name"))
        return _number(value) if isinstance(value, float) else str(value)

    return _PLACEHOLDER.sub(figure, line)


def _kata_list(ids: list[str] | tuple[str, ...]) -> str:
    return ("kata " if len(ids) == 1 else "katas ") + ", ".join(ids)


def _proof(ids: tuple[str, ...], done: frozenset[str]) -> tuple[bool, str]:
    missing = [kata for kata in ids if kata not in done]
    if not missing:
        return True, f"proven by {_kata_list(ids)}"
    passing = [kata for kata in ids if kata in done]
    already = f" ({', '.join(passing)} already {'passes' if len(passing) == 1 else 'pass'})" \
        if passing else ""
    return False, f"to prove it, pass {_kata_list(missing)}{already}"


def _hand_ticks(skeleton: str) -> dict[str, str]:
    """Text of each item ticked in a previous file (outside the blocks) -> its tick, x or X."""
    ticked: dict[str, str] = {}
    for line in skeleton.split("\n"):
        item = _ITEM.match(line)
        if item and item.group("tick") in "xX" and item.group("ids") is None:
            ticked.setdefault(_normalised(item.group("text")), item.group("tick"))
    return ticked


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def render(facts: ProgressFacts, previous: str | None, template: str | None = None) -> str:
    """The tracker filled in from ``facts``, keeping the learner's blocks and ticks from ``previous``.

    ``template`` is the template's text (default: ``catalog/tracker.md``). Items that name katas
    are ticked exactly when every named kata is in ``facts.done``, whatever ``previous`` says;
    items that name none keep the learner's tick; blocks keep the learner's text verbatim. The
    result does not depend on anything but the arguments, so rendering it again with the same
    facts gives the same text. Raises :class:`TemplateError` for a malformed template.
    """
    parsed = _parse_template(template)
    kept: dict[str, str] = {}
    ticked: dict[str, str] = {}
    if previous is not None:
        old = _split_blocks(_normalise_newlines(previous))
        kept, ticked = old.blocks, _hand_ticks(old.skeleton)
    lines = []
    for line in parsed.lines:
        item = _ITEM.match(line)
        if item is None:
            lines.append(_fill(line, facts))
            continue
        text = _normalised(item.group("text"))
        if text in parsed.proven:
            proven, proof = _proof(parsed.proven[text], facts.done)
            lines.append(f"{item.group('indent')}- [{'x' if proven else ' '}] {text}{_SEPARATOR}{proof}")
        else:
            lines.append(f"{item.group('indent')}- [{ticked.get(text, ' ')}] {text}")
    rendered = "\n".join(lines)
    for key, default in parsed.defaults.items():
        block = START_MARKER.format(key=key) + kept.get(key, default) + END_MARKER
        rendered = rendered.replace(_sentinel(key), block)
    return rendered if rendered.endswith("\n") else rendered + "\n"


def _rendered_from(parsed: _Template, line: str) -> bool:
    """Could this line (outside the blocks) have come from rendering the template?"""
    line = line.rstrip()
    if not line or line in parsed.fixed_lines:
        return True
    item = _ITEM.match(line)
    if item and item.group("ids") is None:
        text = _normalised(item.group("text"))
        base, _, proof = text.partition(_SEPARATOR)
        return text in parsed.ticked_by_hand or base in parsed.proven and bool(_PROOF.fullmatch(proof))
    return any(pattern.fullmatch(line) for pattern in parsed.figure_lines)


def check_previous(previous: str, template: str | None = None) -> list[str]:
    """What a render would lose of ``previous``, in plain words; empty when it keeps everything.

    Lost are: blocks with broken or doubled markers, blocks whose key the template no longer has,
    and lines outside the blocks that the template would not produce (text written there, or an
    item whose text changed, with its tick).
    """
    parsed = _parse_template(template)
    old = _split_blocks(_normalise_newlines(previous))
    problems = list(old.problems)
    problems += [f"the block {key!r} is not in the template any more" for key in old.blocks
                 if key not in parsed.defaults]
    strays = [line.strip() for line in old.skeleton.split("\n") if not _rendered_from(parsed, line)]
    for line in strays[:5]:
        printable = re.sub("\x00([^\x00]*)\x00", r"<block \1>", line)
        problems.append(f"text outside your blocks would be rewritten: {printable[:80]!r}")
    if len(strays) > 5:
        problems.append(f"... and {len(strays) - 5} more lines outside your blocks")
    return problems


def _keep_backup(path: Path, content: bytes) -> Path:
    """Write ``content`` to ``<name>.bak``, or ``.bak1``, ``.bak2``... never replacing a file."""
    number = 0
    while True:
        backup = path.with_name(f"{path.name}.bak{number or ''}")
        try:
            with open(backup, "xb") as handle:
                handle.write(content)
            return backup
        except FileExistsError:
            number += 1


def write_progress(path: Path, facts: ProgressFacts) -> Path | None:
    """Render the tracker into ``path``, keeping the learner's words; return a backup's path or None.

    When ``path`` exists and :func:`check_previous` finds something the render would lose (or the
    file is not UTF-8 text), the old file is first copied byte for byte to ``PROGRESS.md.bak``
    (``.bak1``, ``.bak2``... when that exists) and the backup's path is returned.
    """
    path = Path(path)
    previous: str | None = None
    backup: Path | None = None
    if path.exists():
        content = path.read_bytes()
        try:
            previous = content.decode("utf-8-sig")
            problems = check_previous(previous)
        except UnicodeDecodeError:
            problems = ["the file is not UTF-8 text"]
        if problems:
            backup = _keep_backup(path, content)
    text = render(facts, previous)
    partial = path.with_name(f".{path.name}.partial")
    partial.write_text(text, encoding="utf-8", newline="\n")
    _replace(partial, path, text)
    return backup


def _replace(partial: Path, path: Path, text: str, attempts: int = 5) -> None:
    """Move ``partial`` over ``path`` in one step. Windows refuses that while another program
    (an editor, a virus scanner) holds ``path`` open: try again briefly, then write in place."""
    for attempt in range(attempts):
        try:
            os.replace(partial, path)
            return
        except PermissionError:
            if attempt + 1 < attempts:
                time.sleep(0.2)
    path.write_text(text, encoding="utf-8", newline="\n")
    partial.unlink(missing_ok=True)
