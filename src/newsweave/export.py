"""The export contract (docs/format.md): ``articles.jsonl`` and ``stories.json`` in a folder.

Stories are read from the store's ``story`` documents. Modules that add per-story data (the
evidence ledger, the brief) register an *enricher* ``fn(store, story_dict) -> dict`` whose keys
are merged into each story, and may register *writers* ``fn(store, settings, out_dir) -> list[str]``
that write extra files (per-story Markdown and HTML briefs).
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any, Callable

from .settings import Settings
from .store.base import Store

Enricher = Callable[[Store, dict[str, Any]], dict[str, Any]]
Writer = Callable[[Store, Settings, Path], list[str]]
ENRICHERS: list[tuple[str, Enricher]] = []
WRITERS: list[tuple[str, Writer]] = []


def register_enricher(name: str) -> Callable[[Enricher], Enricher]:
    def deco(fn: Enricher) -> Enricher:
        ENRICHERS[:] = [(n, f) for n, f in ENRICHERS if n != name] + [(name, fn)]
        return fn

    return deco


def register_writer(name: str) -> Callable[[Writer], Writer]:
    def deco(fn: Writer) -> Writer:
        WRITERS[:] = [(n, f) for n, f in WRITERS if n != name] + [(name, fn)]
        return fn

    return deco


def _atomic_write(path: Path, write: Callable[[Any], None]) -> None:
    # readers of the output folder never see a half-written file
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            write(fh)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def stories_for_export(store: Store) -> list[dict[str, Any]]:
    from .pipeline import _load_steps

    _load_steps()
    stories = []
    for _, doc in store.iter_docs("story"):
        if doc.get("merged_into"):
            continue
        d = dict(doc)
        for _, enrich in ENRICHERS:
            d.update(enrich(store, d))
        stories.append(d)
    stories.sort(key=lambda s: (s.get("first_published") or "", s["id"]))
    return stories


def export(store: Store, out_dir: str | os.PathLike[str], settings: Settings, progress: Any = None) -> dict[str, str]:
    """Write the export folder; returns ``{name: path}`` of what was written."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    files: dict[str, str] = {}

    def write_articles(fh: Any) -> None:
        for a in store.iter_articles():
            fh.write(json.dumps(a.to_export(), ensure_ascii=False) + "\n")

    _atomic_write(out / "articles.jsonl", write_articles)
    files["articles"] = str(out / "articles.jsonl")
    stories = stories_for_export(store)
    _atomic_write(out / "stories.json", lambda fh: json.dump(stories, fh, ensure_ascii=False, indent=1))
    files["stories"] = str(out / "stories.json")
    rejects = store.rejects()
    _atomic_write(out / "rejects.jsonl", lambda fh: fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rejects))
    files["rejects"] = str(out / "rejects.jsonl")
    for name, writer in WRITERS:
        for i, path in enumerate(writer(store, settings, out)):
            files[f"{name}:{i}"] = path
    return files
