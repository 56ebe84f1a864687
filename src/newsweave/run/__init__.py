"""Executors apart from stages: the same stage code in this process or on a Dask cluster.

* :class:`LocalExecutor` (default) runs tasks in-process;
* :class:`DaskExecutor` runs them on Dask distributed (a ``LocalCluster`` sized to the machine,
  or an existing scheduler), models loaded once per worker by a ``WorkerPlugin``.

Ingestion is sharded (:mod:`newsweave.run.shards`) and driven by :mod:`newsweave.run.ingest`:
parallel parts as tasks, global decisions on the driver in a fixed order, so results do not
depend on the executor. ``newsweave.run.watch`` keeps a store up to date with folders and feeds.
"""

from .executor import DaskExecutor, Executor, LocalExecutor, current_executor, make_executor, register_preload, using

__all__ = ["Executor", "LocalExecutor", "DaskExecutor", "make_executor", "current_executor", "register_preload", "using"]
