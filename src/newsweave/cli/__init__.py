"""The ``newsweave`` command: thin argument parsing over library functions.

Each command module under this package exposes ``register(subparsers)`` and sets
``func(args) -> int`` on its parser; :data:`COMMAND_MODULES` lists them in help order.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from .. import __version__
from ..errors import NewsweaveError

COMMAND_MODULES = [
    "newsweave.cli.core",
    "newsweave.cli.stories",
    "newsweave.cli.brief",
    "newsweave.cli.serve",
    "newsweave.cli.watch",
]


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsweave",
        description="Turn piles of news articles into cross-checked stories.\n\n"
        "Typical use:\n"
        "  newsweave run articles/ --db news.db --out out/   ingest, process, export\n"
        "  newsweave articles --db news.db                   list what is stored\n"
        "  newsweave show ID --db news.db                    clean text and what was removed\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"newsweave {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    for mod in COMMAND_MODULES:
        try:
            importlib.import_module(mod).register(sub)
        except ModuleNotFoundError as exc:
            if exc.name != mod:
                raise
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except NewsweaveError as exc:
        print(f"newsweave: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("newsweave: interrupted; everything committed so far is kept", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
