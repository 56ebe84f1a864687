"""newsweave: turn piles of news articles into cross-checked stories.

Library entry points (the CLI, API and UI call these and nothing deeper):

* :func:`newsweave.pipeline.process` -- ingest, update, export (the main job)
* :func:`newsweave.pipeline.ingest` -- read, clean, de-duplicate, store
* :func:`newsweave.store.open_store` -- open a SQLite file or a PostgreSQL URL
* :class:`newsweave.settings.Settings` -- all options, layered
"""

__version__ = "0.1.0"
