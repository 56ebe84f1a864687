"""Options and helpers shared by commands: --db, --config, --quiet, --json, progress."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..settings import Settings
from ..store import open_store
from ..store.base import Store

DEFAULT_DB = "newsweave.db"


def add_common(p: argparse.ArgumentParser, *, db: bool = True, json_out: bool = False) -> None:
    if db:
        p.add_argument("--db", default=None, metavar="PATH|URL",
                       help=f"database: a SQLite file (default: {DEFAULT_DB}, or [store] path) or postgresql://...")
    p.add_argument("--config", default=None, metavar="FILE", help="settings file (TOML) overriding the defaults")
    p.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    if json_out:
        p.add_argument("--json", action="store_true", help="machine-readable JSON output")


def add_executor(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("where the work runs (docs/scaling.md)")
    g.add_argument("--executor", choices=["local", "dask"], default=None,
                   help="local: in this process (default, fastest on a small machine); dask: ingest shards, "
                   "story embeddings, ledgers and briefs run as Dask tasks, on a local cluster sized to this "
                   "machine or on --scheduler")
    g.add_argument("--scheduler", default=None, metavar="tcp://HOST:PORT",
                   help="address of a running Dask scheduler (`dask scheduler`, workers: `dask worker ADDRESS`); "
                   "implies --executor dask")
    g.add_argument("--workers", type=int, default=None, metavar="N",
                   help="worker processes of the local Dask cluster (default: one per CPU core)")


def open_executor(args: argparse.Namespace, settings: Settings) -> Any:
    """The executor chosen by --executor/--scheduler/--workers (or [run] settings); a context manager."""
    from ..run.executor import make_executor

    name = getattr(args, "executor", None)
    if getattr(args, "scheduler", None) and name is None:
        name = "dask"
    return make_executor(name, settings, scheduler=getattr(args, "scheduler", None), workers=getattr(args, "workers", None))


def load_settings(args: argparse.Namespace) -> Settings:
    return Settings.load(getattr(args, "config", None))


def open_db(args: argparse.Namespace, settings: Settings) -> Store:
    return open_store(args.db or settings.store.path)


def progress_printer(args: argparse.Namespace):
    """A progress callback: a tqdm bar per stage on a terminal, nothing with --quiet."""
    if getattr(args, "quiet", False) or getattr(args, "json", False):
        return lambda stage, done, total: None
    from tqdm import tqdm

    bars: dict[str, Any] = {}

    def cb(stage: str, done: int, total: int | None) -> None:
        bar = bars.get(stage)
        if bar is None:
            bar = bars[stage] = tqdm(total=total, desc=stage, unit=" items", file=sys.stderr, leave=True,
                                     disable=None)
        if total is not None and bar.total != total:
            bar.total = total
        bar.n = done
        bar.refresh()

    cb.bars = bars  # type: ignore[attr-defined]
    return cb


def close_progress(cb: Any) -> None:
    for bar in getattr(cb, "bars", {}).values():
        bar.close()


def emit_json(obj: Any) -> None:
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=1, default=str)
    sys.stdout.write("\n")
