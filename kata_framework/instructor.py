"""Instructors' tools: ``uv run python -m kata_framework.instructor <command>``.

``batch SUBMISSIONS --out grades.csv``
    Grade a folder of submissions (one sub-folder per student, e.g. cloned by GitHub Classroom's
    assistant) into one CSV: student, points per module, total, tamper flag and the files the
    student had changed. Each submission is copied, the released tests, conftest, catalog,
    framework and workflow of this repository are put back over the copy (files the student
    added there are removed), and the copy is graded exactly as ``uv run nox -s grade`` does.

``export-template DEST``
    Write the student template to the new folder DEST (a fresh git repository with one commit):
    every tracked file except the worked solutions (``reference/``) and the maintainers' parts
    (meta-tests, known-wrong solutions, CI script, CONTRIBUTING.md), with the README's
    maintainers-only sections left out. Push it and mark it as a template repository for the
    Classroom assignment.

``reference-branch [--name reference]``
    Build (or move) a git branch whose ``katas/`` holds the reference solutions, from HEAD, for
    instructors who want to browse or demo the solved course. Your working tree is not touched.
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from pathlib import Path

from .catalog import ROOT, REFERENCE_DIR, load_catalog
from .grading import ModuleGrade, ensure_data, run_module
from .release import changed_files, is_maintainers_only, restore

#: Never copied out of a submission: version control, environments, caches, local state.
SKIP_NAMES = {".git", ".venv", "__pycache__", ".pytest_cache", ".hypothesis", ".nox", ".kata", "mlruns"}


def _ignore(folder: str, names: list[str]) -> set[str]:
    skipped = {n for n in names if n in SKIP_NAMES or n.endswith(".pyc")}
    if Path(folder).name == "data" and "generated" in names:
        skipped.add("generated")  # the grader supplies the released data
    return skipped


# -- batch grading ----------------------------------------------------------------------------

def prepare(submission: Path, workdir: Path) -> tuple[Path, list[tuple[str, str]]]:
    """Copy a submission into ``workdir``, restore the released files; return the copy and the
    changes the student had made to released files."""
    copy = workdir / submission.name
    shutil.copytree(submission, copy, ignore=_ignore, symlinks=False)
    changes = restore(copy, ROOT)
    generated = ROOT / "data" / "generated"
    shutil.copytree(generated, copy / "data" / "generated", dirs_exist_ok=True)
    return copy, changes


def batch(submissions: Path, out: Path, modules=None, jobs: int = 2) -> list[dict]:
    """Grade every sub-folder of ``submissions``; write and return the CSV rows."""
    modules = list(modules or load_catalog())
    students = sorted(p for p in submissions.iterdir() if p.is_dir() and not p.name.startswith("."))
    if not students:
        raise SystemExit(f"batch: no submission folders in {submissions}")
    ensure_data(ROOT)
    rows = []
    with tempfile.TemporaryDirectory(prefix="kata-batch-") as tmp:
        prepared = {s.name: prepare(s, Path(tmp)) for s in students}
        tasks = [(name, m) for name in prepared for m in modules]
        with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            results = list(pool.map(lambda t: run_module(t[1], "katas", prepared[t[0]][0]), tasks))
        graded: dict[str, list[ModuleGrade]] = {}
        for (name, _), grade in zip(tasks, results):
            graded.setdefault(name, []).append(grade)
    for name, grades in graded.items():
        changes = prepared[name][1]
        row = {"student": name}
        row.update({f"module{g.module.number}": f"{g.points:.2f}" for g in grades})
        row["total"] = f"{sum(g.points for g in grades):.2f}"
        row["max"] = str(sum(g.max_points for g in grades))
        row["tampered"] = "yes" if changes else "no"
        row["changed_files"] = "; ".join(f"{how}: {path}" for path, how in changes)
        row["problems"] = "; ".join(f"module {g.module.number} did not run" for g in grades if g.problem)
        rows.append(row)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return rows


# -- the student template -----------------------------------------------------------------------

def _git(*args: str, cwd: Path = ROOT, **kwargs) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True,
                          env=_git_env(cwd), **kwargs).stdout


@cache
def _git_env(cwd: Path) -> dict[str, str]:
    """The environment for git, with a fallback identity when none is configured (asked once)."""
    env = dict(os.environ)
    configured = subprocess.run(["git", "config", "user.email"], cwd=cwd, capture_output=True, text=True)
    if not configured.stdout.strip():
        env.update(GIT_AUTHOR_NAME="kata instructor", GIT_AUTHOR_EMAIL="instructor@localhost",
                   GIT_COMMITTER_NAME="kata instructor", GIT_COMMITTER_EMAIL="instructor@localhost")
    return env


def template_files(root: Path = ROOT) -> list[str]:
    """The tracked files a student template holds."""
    tracked = _git("ls-files", "-z", cwd=root).split("\0")
    return sorted(name for name in tracked if name and not is_maintainers_only(name) and (root / name).is_file())


def student_readme(text: str) -> str:
    """README.md as students see it: blocks between ``<!-- maintainers -->`` and
    ``<!-- /maintainers -->`` dropped, blocks inside ``<!-- students`` … ``-->`` shown."""
    lines, keep, in_students = [], True, False
    for line in text.splitlines(keepends=True):
        marker = line.strip()
        if marker == "<!-- maintainers -->":
            keep = False
        elif marker == "<!-- /maintainers -->":
            keep = True
        elif marker == "<!-- students":
            in_students = True
        elif in_students and marker == "-->":
            in_students = False
        elif keep:
            lines.append(line)
    return "".join(lines)


def export_template(dest: Path, init_git: bool = True) -> list[str]:
    """Write the student template into the new folder ``dest``; return the files written."""
    if dest.exists() and any(dest.iterdir()):
        raise SystemExit(f"export-template: {dest} exists and is not empty")
    files = template_files()
    for name in files:
        target = dest / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target)
    readme = dest / "README.md"
    if readme.is_file():
        readme.write_text(student_readme(readme.read_text(encoding="utf-8")), encoding="utf-8")
    drift = changed_files(dest)
    if drift:
        path, how = drift[0]
        cause = (f"{path} is released but not tracked by git: commit it" if how == "deleted" else
                 f"{how}: {path}; run `uv run python -m kata_framework.release` and commit")
        raise SystemExit(f"export-template: the template does not match RELEASED.sha256 ({cause})")
    if init_git:
        _git("init", "-q", "-b", "main", cwd=dest)
        _git("add", "-A", cwd=dest)
        _git("commit", "-q", "-m", "Student template of the ML-engineering katas", cwd=dest)
    return files


# -- the reference branch -----------------------------------------------------------------------

def reference_branch(name: str = "reference", root: Path = ROOT) -> str:
    """Commit HEAD with ``katas/`` replaced by ``reference/`` on branch ``name``; return the commit."""
    if _git("rev-parse", "--abbrev-ref", "HEAD", cwd=root).strip() == name:
        raise SystemExit(f"reference-branch: you are on {name!r}; switch to your main branch first")
    head = _git("rev-parse", "--short", "HEAD", cwd=root).strip()
    with tempfile.TemporaryDirectory(prefix="kata-reference-") as tmp:
        tree = Path(tmp) / "tree"
        _git("worktree", "add", "-q", "--detach", str(tree), "HEAD", cwd=root)
        try:
            solutions = tree / REFERENCE_DIR.relative_to(ROOT)
            for source in sorted(solutions.rglob("*.py")):
                target = tree / "katas" / source.relative_to(solutions)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, target)
            _git("add", "katas", cwd=tree)
            _git("commit", "-q", "--allow-empty", "-m",
                 f"Reference solutions in katas/ (built from {head} by kata_framework.instructor)", cwd=tree)
            commit = _git("rev-parse", "HEAD", cwd=tree).strip()
        finally:
            _git("worktree", "remove", "--force", str(tree), cwd=root)
    _git("branch", "-f", name, commit, cwd=root)
    return commit


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Instructors' tools: batch grading, student template, reference branch.")
    commands = parser.add_subparsers(dest="command", required=True)
    grade = commands.add_parser("batch", help="grade a folder of submissions into one CSV")
    grade.add_argument("submissions", type=Path, help="folder with one sub-folder per student")
    grade.add_argument("--out", type=Path, default=Path("grades.csv"), help="CSV to write (default grades.csv)")
    grade.add_argument("--module", type=int, action="append", default=[], help="only this module (repeatable)")
    grade.add_argument("--jobs", type=int, default=2, help="pytest processes at a time (default 2)")
    export = commands.add_parser("export-template", help="write the student template (no reference/)")
    export.add_argument("dest", type=Path)
    export.add_argument("--no-git", action="store_true", help="do not make it a git repository")
    branch = commands.add_parser("reference-branch", help="a branch whose katas/ holds the solutions")
    branch.add_argument("--name", default="reference")
    args = parser.parse_args(argv)

    if args.command == "batch":
        known = {m.number: m for m in load_catalog()}
        if any(n not in known for n in args.module):
            parser.error(f"modules are {', '.join(map(str, known))}")
        started = time.perf_counter()
        rows = batch(args.submissions, args.out, [known[n] for n in args.module] or None, args.jobs)
        for row in rows:
            flag = f"  TAMPERED ({row['changed_files']})" if row["tampered"] == "yes" else ""
            print(f"{row['student']:<24} {row['total']:>8} / {row['max']}{flag}")
        print(f"{len(rows)} submissions graded in {time.perf_counter() - started:.0f} s: {args.out}")
    elif args.command == "export-template":
        files = export_template(args.dest, init_git=not args.no_git)
        print(f"{len(files)} files written to {args.dest} (no reference/, no maintainers' tests)")
    else:
        commit = reference_branch(args.name)
        print(f"branch {args.name} -> {commit[:12]}: katas/ holds the reference solutions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
