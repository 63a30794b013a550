"""Instructors' tools: ``uv run python -m kata_framework.instructor <command>``.

``batch SUBMISSIONS --out grades.csv [--jobs N] [--before ISO-TIME] [--roster classroom_roster.csv]``
    Grade a folder of submissions (one sub-folder per student, e.g. cloned by GitHub Classroom's
    assistant) into two CSVs: ``grades.csv``, one row per student (roster identifier, GitHub
    username, graded commit and its time, points per module, total, tamper flag, the files the
    student had changed or added, problems), and ``grades-katas.csv``, one row per student and
    kata (points, DONE/TODO/NOT STARTED/BROKEN, the first failure message). Each submission is
    copied (with ``--before``: its last commit before that time), the released tests, conftest,
    catalog, framework and workflow of this repository are put back over the copy, every file
    that changes how pytest or Python starts is removed, and the copy is graded as
    ``uv run nox -s grade`` does, in a stripped environment with its own temporary HOME.

``export-template DEST``
    Write the student template to the new folder DEST (a fresh git repository with one commit):
    every tracked file except the worked solutions (``reference/``) and the maintainers' parts
    (meta-tests, known-wrong and known-right solutions, CI script, CONTRIBUTING.md), with the
    maintainers-only blocks of every Markdown file left out. Push it and mark it as a template
    repository for the Classroom assignment.

``reference-branch [--name reference]``
    Build (or move) a git branch whose ``katas/`` holds the reference solutions, from HEAD, for
    instructors who want to browse or demo the solved course. Your working tree is not touched.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .catalog import REFERENCE_DIR, ROOT, Module, load_catalog
from .grading import ModuleGrade, ensure_data, kata_status, run_module
from .released import MANIFEST_NAME, changed_files, clean_copy, is_maintainers_only, read_manifest

# -- batch grading ----------------------------------------------------------------------------

@dataclass
class Submission:
    """One student's folder, and what the grader learnt about it before grading."""
    folder: Path
    username: str = ""  # GitHub username (from the folder name and the roster)
    identifier: str = ""  # the roster's identifier for that username
    commit: str = ""
    commit_time: str = ""  # ISO 8601, the committer's clock
    copy: Path | None = None
    changes: list[tuple[str, str]] = field(default_factory=list)
    problem: str = ""  # why it was not graded at all


def _git_out(folder: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=folder, capture_output=True, text=True,
                          env={**os.environ, "GIT_CONFIG_NOSYSTEM": "1"})
    return done.stdout.strip() if done.returncode == 0 else ""


def graded_commit(folder: Path, before: str | None = None) -> tuple[str, str]:
    """(hash, committer time) of HEAD, or of the last commit on HEAD's history committed before
    ``before`` (an ISO 8601 time); ('', '') when there is none or ``folder`` is not a git
    repository."""
    spec = ["-1", f"--before={before}"] if before else ["-1"]
    line = _git_out(folder, "log", *spec, "--format=%H %cI", "HEAD")
    return tuple(line.split(" ", 1)) if line else ("", "")  # type: ignore[return-value]


def read_roster(path: Path | None) -> dict[str, str]:
    """GitHub username (lower case) -> roster identifier, from a GitHub Classroom roster export
    (columns ``identifier`` and ``github_username``; rows of students not yet linked have no
    username and are skipped)."""
    if path is None:
        return {}
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return {row["github_username"].strip().lower(): row.get("identifier", "").strip()
            for row in rows if (row.get("github_username") or "").strip()}


def username_of(folder: str, roster: dict[str, str], prefix: str = "") -> str:
    """The GitHub username a submission folder belongs to. Classroom's assistant names a
    repository ``<assignment prefix>-<username>``: the folder name without ``prefix``, else the
    longest roster username the name ends with (after a '-'), else the whole name."""
    if prefix and folder.startswith(prefix):
        return folder[len(prefix):]
    matches = [u for u in roster if folder.lower() == u or folder.lower().endswith("-" + u)]
    return max(matches, key=len) if matches else folder


def _export_commit(folder: Path, commit: str, dest: Path) -> None:
    """Write the tree of ``commit`` (without the repository) into the new folder ``dest``."""
    archive = subprocess.run(["git", "archive", "--format=tar", commit], cwd=folder, capture_output=True,
                             check=True)
    dest.mkdir(parents=True)
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        if hasattr(tarfile, "data_filter"):
            tar.extractall(dest, filter="data")  # no links or paths out of dest
        else:
            tar.extractall(dest)


def prepare(submission: Submission, workdir: Path, before: str | None = None, release: Path = ROOT) -> None:
    """Copy a submission into ``workdir`` (its last commit before ``before``, when given), restore
    the released files over it and remove what the release does not have; record the graded
    commit and the changes the student had made."""
    folder = submission.folder
    submission.commit, submission.commit_time = graded_commit(folder, before)
    copy = workdir / "subs" / folder.name
    if before:
        if not submission.commit:
            submission.problem = f"no commit before {before}"
            return
        staged = workdir / "commits" / folder.name
        _export_commit(folder, submission.commit, staged)
        folder = staged
    submission.changes = clean_copy(folder, copy, release)
    submission.copy = copy


def batch(submissions: Path, out: Path, modules: list[Module] | None = None, jobs: int = 2,
          before: str | None = None, roster: Path | None = None, prefix: str = "",
          release: Path = ROOT) -> list[dict]:
    """Grade every sub-folder of ``submissions`` against the released files of ``release`` (this
    repository); write the per-module CSV ``out`` and the per-kata CSV beside it
    (``<out stem>-katas.csv``); return the per-module rows."""
    modules = list(modules or load_catalog())
    drift = [f"{how}: {path}" for path, how in changed_files(release) if how != "added"]
    if drift:
        raise SystemExit(f"batch: {release} differs from its own {MANIFEST_NAME} ({drift[0]}...): run "
                         "`uv run python -m kata_framework.release` or check out a released commit first")
    folders = sorted(p for p in submissions.iterdir() if p.is_dir() and not p.name.startswith("."))
    if not folders:
        raise SystemExit(f"batch: no submission folders in {submissions}")
    names = read_roster(roster)
    students = [Submission(f) for f in folders]
    for s in students:
        s.username = username_of(s.folder.name, names, prefix)
        s.identifier = names.get(s.username.lower(), "")
    ensure_data(release)
    with tempfile.TemporaryDirectory(prefix="kata-batch-") as tmp:
        workdir = Path(tmp)
        for s in students:
            prepare(s, workdir, before, release)
        tasks = [(s, m) for s in students if s.copy is not None for m in modules]

        def grade(task: tuple[Submission, Module]) -> ModuleGrade:
            student, module = task
            home = workdir / "homes" / student.folder.name / module.session
            home.mkdir(parents=True, exist_ok=True)
            return run_module(module, "katas", student.copy, home=home)

        with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            results = list(pool.map(grade, tasks))
    graded: dict[str, list[ModuleGrade]] = {}
    for (student, _), result in zip(tasks, results):
        graded.setdefault(student.folder.name, []).append(result)
    rows, kata_rows = [], []
    for s in students:
        grades = graded.get(s.folder.name, [])
        rows.append(_module_row(s, grades, modules))
        kata_rows += _kata_rows(s, grades)
    _write_csv(out, rows)
    _write_csv(katas_csv(out), kata_rows)
    return rows


def katas_csv(out: Path) -> Path:
    """The per-kata CSV written beside ``out``: grades.csv -> grades-katas.csv."""
    return out.with_name(f"{out.stem}-katas{out.suffix or '.csv'}")


def _who(s: Submission) -> dict[str, str]:
    return {"roster_identifier": s.identifier, "github_username": s.username, "student": s.folder.name}


def _module_row(s: Submission, grades: list[ModuleGrade], modules: list[Module]) -> dict[str, str]:
    by_number = {g.module.number: g for g in grades}
    row = {**_who(s), "commit": s.commit, "commit_time": s.commit_time}
    row.update({f"module{m.number}": f"{by_number[m.number].points:.2f}" if m.number in by_number else "0.00"
                for m in modules})
    row["total"] = f"{sum(g.points for g in grades):.2f}"
    row["max"] = str(sum(m.points for m in modules))
    row["tampered"] = "yes" if s.changes else "no"
    row["changed_files"] = "; ".join(f"{how}: {path}" for path, how in s.changes)
    problems = [s.problem] if s.problem else []
    problems += [f"module {g.module.number}: {g.problem.splitlines()[0]}" for g in grades if g.problem]
    row["problems"] = "; ".join(problems)
    return row


def _kata_rows(s: Submission, grades: list[ModuleGrade]) -> list[dict[str, str]]:
    rows = []
    for g in grades:
        for k in g.katas:
            status = kata_status(k)
            rows.append({**_who(s), "commit": s.commit, "module": str(g.module.number), "kata": k.kata.id,
                         "title": k.kata.title, "points": f"{k.points:.2f}", "max": str(k.kata.points),
                         "status": status, "first_failure": "" if status == "DONE" else g.first_failure(k)})
    return rows


def _write_csv(path: Path, rows: list[dict[str, str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as handle:
        if rows:
            writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)


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


def student_markdown(text: str) -> str:
    """A Markdown file as students see it: blocks between ``<!-- maintainers -->`` and
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


student_readme = student_markdown  # the README is one such file


def _write_template(folder: Path) -> list[str]:
    """Copy the template's files into ``folder`` and check them against the released checksums."""
    files = template_files()
    released = set(read_manifest(ROOT))
    for name in files:
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target)
        if name.endswith(".md") and name not in released:
            target.write_text(student_markdown(target.read_text(encoding="utf-8")), encoding="utf-8")
    drift = changed_files(folder)
    if drift:
        path, how = drift[0]
        cause = (f"{path} is released but not tracked by git: commit it" if how == "deleted" else
                 f"{how}: {path}; run `uv run python -m kata_framework.release` and commit")
        raise SystemExit(f"export-template: the template does not match RELEASED.sha256 ({cause})")
    return files


def export_template(dest: Path, init_git: bool = True) -> list[str]:
    """Write the student template into the new folder ``dest``; return the files written. Every
    Markdown file that is not a released file (whose checksum must hold) loses its
    maintainers-only blocks. The template is written beside ``dest`` first and moved into place
    only once it is complete and matches the released checksums, so a refused export leaves
    nothing behind."""
    if dest.exists() and any(dest.iterdir()):
        raise SystemExit(f"export-template: {dest} exists and is not empty")
    dest.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{dest.name}-partial-", dir=dest.parent))
    try:
        files = _write_template(staging)
        if dest.exists():
            dest.rmdir()
        staging.rename(dest)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if init_git:
        _git("init", "-q", "-b", "main", cwd=dest)
        _git("add", "-A", cwd=dest)
        _git("commit", "-q", "-m", "Student template of the ML-engineering katas", cwd=dest)
    return files


# -- the reference branch -----------------------------------------------------------------------

def reference_branch(name: str = "reference", root: Path = ROOT) -> str:
    """Commit HEAD with ``katas/`` replaced by ``reference/`` on branch ``name``; return the commit.
    Refuses in a copy without ``reference/`` (a student template): there is nothing to build from."""
    if not any((root / REFERENCE_DIR.relative_to(ROOT)).rglob("*.py")):
        raise SystemExit("reference-branch: this copy has no reference/ (a student template holds no worked "
                         "solutions); run it in the maintainers' repository")
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
    parser = argparse.ArgumentParser(
        description="Instructors' tools: batch grading, student template, reference branch.")
    commands = parser.add_subparsers(dest="command", required=True)
    grade = commands.add_parser("batch", help="grade a folder of submissions into CSVs (per module, per kata)")
    grade.add_argument("submissions", type=Path, help="folder with one sub-folder per student")
    grade.add_argument("--out", type=Path, default=Path("grades.csv"),
                       help="CSV to write (default grades.csv; the per-kata one goes beside it: grades-katas.csv)")
    grade.add_argument("--module", type=int, action="append", default=[], help="only this module (repeatable)")
    grade.add_argument("--jobs", type=int, default=2,
                       help="pytest processes at a time (default 2; about one per core)")
    grade.add_argument("--before", metavar="ISO-TIME", default=None,
                       help="grade each submission's last commit before this time, e.g. 2026-12-01T23:59:00+01:00 "
                            "(the committer's clock)")
    grade.add_argument("--roster", type=Path, default=None,
                       help="GitHub Classroom roster export (columns identifier, github_username)")
    grade.add_argument("--prefix", default="",
                       help="the assignment's repository prefix, stripped from folder names to get usernames")
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
        rows = batch(args.submissions, args.out, [known[n] for n in args.module] or None, args.jobs,
                     args.before, args.roster, args.prefix)
        for row in rows:
            flag = f"  TAMPERED ({row['changed_files']})" if row["tampered"] == "yes" else ""
            problem = f"  ({row['problems']})" if row["problems"] else ""
            print(f"{row['student']:<24} {row['commit'][:10]:<11} {row['total']:>8} / {row['max']}{flag}{problem}")
        print(f"{len(rows)} submissions graded in {time.perf_counter() - started:.0f} s: "
              f"{args.out}, {katas_csv(args.out)}")
    elif args.command == "export-template":
        files = export_template(args.dest, init_git=not args.no_git)
        print(f"{len(files)} files written to {args.dest} (no reference/, no maintainers' tests)")
    else:
        commit = reference_branch(args.name)
        print(f"branch {args.name} -> {commit[:12]}: katas/ holds the reference solutions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
