"""`newsweave serve`: the REST API and web UI over a database."""

from __future__ import annotations

import argparse
import sys

from .common import add_common, load_settings


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "serve", help="web UI and REST API over a database (http://127.0.0.1:8000)",
        description="Serve the web UI (stories, evidence, briefs, articles) and the REST API (/api/..., schema at "
        "/api/openapi.json) over a database, on 127.0.0.1 by default.\n\n"
        "Reads are open. Writes (POST /api/articles, POST /api/uploads) are disabled unless a token is set:\n"
        "  NEWSWEAVE_SERVE__TOKEN=secret newsweave serve --db news.db\n"
        "then send 'Authorization: Bearer secret'. Keep it on loopback unless a TLS proxy is in front.\n\n"
        "Example: newsweave serve --db demo.db --port 8080   (then open http://127.0.0.1:8080/)",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--host", default=None, help="listen address (default: [serve] host, 127.0.0.1)")
    p.add_argument("--port", type=int, default=None, help="port (default: [serve] port, 8000)")
    p.add_argument("--workers", type=int, default=1,
                   help="server processes (default 1); more use more cores; they share rendered pages")
    add_common(p)
    p.set_defaults(func=cmd_serve)


def cmd_serve(args: argparse.Namespace) -> int:
    from ..errors import ConfigError, MissingDependency

    settings = load_settings(args)
    try:
        import uvicorn

        from ..api import create_app
    except ImportError as exc:
        raise MissingDependency("newsweave serve", "serve") from exc
    host = args.host or settings.serve.host
    port = args.port if args.port is not None else int(settings.serve.port)
    db = args.db or settings.store.path
    if args.workers < 1:
        raise ConfigError(f"--workers {args.workers}: give 1 or more")
    if args.workers == 1:
        app = create_app(db, settings)  # opens the store now, so a bad path fails before listening
    else:
        import os

        import atexit
        import shutil
        import tempfile

        os.environ["NEWSWEAVE_SERVE_STORE"] = db
        # rendered pages shared by the worker processes (newsweave.api.cache.SharedPages)
        pages_dir = tempfile.mkdtemp(prefix="newsweave-pages-")
        atexit.register(shutil.rmtree, pages_dir, ignore_errors=True)
        os.environ["NEWSWEAVE_SERVE_PAGES"] = os.path.join(pages_dir, "pages.sqlite")
        if args.config:
            os.environ["NEWSWEAVE_SERVE_CONFIG"] = os.path.abspath(args.config)
        create_app(db, settings).state.store.close()  # migrate once and fail early, before forking
        app = "newsweave.api.app:app_from_env"
    if not args.quiet:
        writes = "enabled (token set)" if settings.serve.token else "disabled (no [serve] token)"
        print(f"newsweave: serving {args.db or settings.store.path} on http://{host}:{port}/  (API /api, writes {writes})",
              file=sys.stderr)
        if host not in ("127.0.0.1", "localhost", "::1"):
            print("newsweave: note: listening beyond loopback; put a TLS proxy in front before sending a token",
                  file=sys.stderr)
    uvicorn.run(app, host=host, port=port, log_level="warning" if args.quiet else "info", access_log=not args.quiet,
                workers=args.workers if args.workers > 1 else None, factory=args.workers > 1)
    return 0
