"""The web UI: server-rendered pages (see :mod:`newsweave.web.views`) and their static files."""
