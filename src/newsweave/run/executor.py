"""Where stage code runs: in this process (the default) or as tasks on a Dask cluster.

Stages never know which executor runs them. They hand the executor a *picklable module-level
function* and its arguments; ``submit`` returns a future, ``result`` waits for it. Arguments may
be futures of the same executor (the result of one task feeds the next without passing through
the driver on Dask). ``map`` is the ordered convenience over ``submit``/``result``.

Contract shared by both executors:

* results come back in the order asked for, whatever order tasks finish in, so everything the
  driver does with them is deterministic;
* a task that raises is retried ``[run] retries`` times (Dask ``retries=``); the in-process
  executor retries the same way, so a flaky shard behaves alike on both;
* models load once per process: on Dask a :class:`ModelsPlugin` (a ``WorkerPlugin``) calls every
  loader in :data:`PRELOAD` in each worker's ``setup``; loaders are ``functools.lru_cache``'d
  functions, so stage code calling them later gets the loaded object. A loader that takes an
  argument gets the job's :class:`~newsweave.settings.Settings` (which model, how many threads,
  whether the step that needs it is on) and loads nothing when the settings say it is not needed.
"""

from __future__ import annotations

import contextvars
import importlib
import inspect
import os
from contextlib import contextmanager
from typing import Any, Callable, Iterable, Iterator, Sequence

from ..errors import ConfigError, MissingDependency

# "module:function" loaders run once per Dask worker before any task (see ModelsPlugin): the
# malloc tuning, the language identifier, the story embedder (USE), and the ledger's spaCy NER and
# USE models
PRELOAD: list[str] = ["newsweave.run.memory:apply_settings", "newsweave.lang:_identifier",
                      "newsweave.cluster.step:preload_models", "newsweave.analyze.batch:preload_models"]


def register_preload(spec: str) -> None:
    """Ask every Dask worker to call ``module:function`` once at start (a model loader)."""
    if spec not in PRELOAD:
        PRELOAD.append(spec)


def _call_spec(spec: str, settings_data: dict | None = None) -> Any:
    mod, _, name = spec.partition(":")
    fn = getattr(importlib.import_module(mod), name)
    try:
        takes_settings = bool(inspect.signature(fn).parameters)
    except (TypeError, ValueError):  # a C function or an lru_cache wrapper without a signature
        takes_settings = False
    if takes_settings:
        from ..settings import Settings

        return fn(Settings(settings_data) if settings_data is not None else Settings.load(environ={}))
    return fn()


class Executor:
    """Base class; see the module docstring for the contract."""

    name = "base"
    workers = 1
    # tasks run in the driver process (may fork, share its caches); False: worker processes
    in_process = False

    def submit(self, fn: Callable[..., Any], *args: Any, key: str | None = None) -> Any:
        raise NotImplementedError

    def result(self, future: Any) -> Any:
        raise NotImplementedError

    def release(self, future: Any) -> None:
        """Forget a future whose result is no longer needed (frees worker memory on Dask)."""

    def map(self, fn: Callable[..., Any], items: Iterable[Any], *args: Any) -> list[Any]:
        futs = [self.submit(fn, item, *args) for item in items]
        return [self.result(f) for f in futs]

    def close(self) -> None:
        """Release the executor's resources (a local Dask cluster is shut down)."""

    def describe(self) -> str:
        return self.name

    def __enter__(self) -> "Executor":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _LocalFuture:
    __slots__ = ("fn", "args", "done", "value")

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...]):
        self.fn, self.args, self.done, self.value = fn, args, False, None


class LocalExecutor(Executor):
    """Runs every task in this process, lazily: a task runs when its result is first asked for.

    Laziness keeps memory bounded the same way the Dask window does (the driver asks for
    results in order) and lets a future be an argument of another task.
    """

    name = "local"
    in_process = True

    def __init__(self, retries: int = 0):
        self.retries = retries

    def submit(self, fn: Callable[..., Any], *args: Any, key: str | None = None) -> _LocalFuture:
        return _LocalFuture(fn, args)

    def result(self, future: Any) -> Any:
        if not isinstance(future, _LocalFuture):
            return future
        if not future.done:
            args = tuple(self.result(a) for a in future.args)
            attempt = 0
            while True:
                try:
                    future.value = future.fn(*args)
                    break
                except Exception:
                    if attempt >= self.retries:
                        raise
                    attempt += 1
            future.done = True
            future.fn = None  # type: ignore[assignment]
            future.args = ()
        return future.value


class ModelsPlugin:
    """Dask ``WorkerPlugin``: loads every model in ``preload`` once when a worker starts."""

    name = "newsweave-models"

    def __init__(self, preload: Sequence[str], settings_data: dict | None = None):
        self.preload = list(preload)
        self.settings_data = settings_data

    def setup(self, worker: Any) -> None:
        loaded = []
        for spec in self.preload:
            _call_spec(spec, self.settings_data)
            loaded.append(spec)
        worker.newsweave_models = loaded  # visible to tests and `client.run`

    def teardown(self, worker: Any) -> None:
        return None


class DaskExecutor(Executor):
    """Runs tasks on Dask distributed.

    ``scheduler``: address of a running scheduler (``tcp://HOST:8786``); ``None`` starts a
    ``LocalCluster`` on this machine with ``workers`` processes of one thread each (default: one
    per core). Every worker must be able to import the same version of newsweave.
    """

    name = "dask"

    def __init__(self, scheduler: str | None = None, *, workers: int | None = None, retries: int = 2,
                 preload: Sequence[str] | None = None, settings: Any = None):
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:  # pragma: no cover - depends on the installed extras
            raise MissingDependency("the Dask executor", "scale") from exc
        self.retries = retries
        self._cluster = None
        if scheduler:
            try:
                self.client = Client(scheduler, timeout="20s")
            except OSError as exc:
                raise ConfigError(f"cannot reach the Dask scheduler at {scheduler}: {exc}. Start one with "
                                  "`dask scheduler` and workers with `dask worker ADDRESS`, or omit --scheduler "
                                  "for a local cluster") from None
            self.address = scheduler
        else:
            n = workers or os.cpu_count() or 1
            self._cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                         dashboard_address=None, silence_logs=40)
            self.client = Client(self._cluster)
            self.address = "local"
        # the plugin carries the settings so loaders pick the configured models (and skip unused ones)
        data = settings.as_dict() if settings is not None else None
        self.client.register_plugin(_WorkerModels(list(preload if preload is not None else PRELOAD), data),
                                    name=ModelsPlugin.name)
        self.workers = max(1, len(self.client.scheduler_info(n_workers=-1).get("workers", {})) or (workers or 1))

    def submit(self, fn: Callable[..., Any], *args: Any, key: str | None = None) -> Any:
        kw: dict[str, Any] = {"retries": self.retries, "pure": False}
        if key:
            kw["key"] = key
        return self.client.submit(fn, *args, **kw)

    def result(self, future: Any) -> Any:
        if hasattr(future, "result") and hasattr(future, "key"):
            return future.result()
        return future

    def release(self, future: Any) -> None:
        if hasattr(future, "release"):
            future.release()

    def describe(self) -> str:
        return f"dask ({self.workers} workers, scheduler {self.address})"

    def close(self) -> None:
        try:
            self.client.close()
        finally:
            if self._cluster is not None:
                self._cluster.close()


try:  # the plugin class must be importable on workers: define it at module level
    from distributed.diagnostics.plugin import WorkerPlugin as _WP

    class _WorkerModels(ModelsPlugin, _WP):
        pass
except ImportError:  # pragma: no cover - dask not installed: DaskExecutor raises MissingDependency
    _WorkerModels = ModelsPlugin  # type: ignore[misc,assignment]


def make_executor(name: str | None, settings: Any, scheduler: str | None = None,
                  workers: int | None = None) -> Executor:
    """The executor a user asked for: ``local`` (default) or ``dask``; settings ``[run]`` fill gaps."""
    run = settings.run
    name = (name or run.executor or "local").lower()
    scheduler = scheduler or run.scheduler or None
    workers = workers or run.workers or None
    if name == "local":
        if scheduler:
            raise ConfigError("--scheduler needs --executor dask")
        return LocalExecutor(retries=run.retries)
    if name == "dask":
        return DaskExecutor(scheduler, workers=workers, retries=run.retries, settings=settings)
    raise ConfigError(f"unknown executor {name!r}; use 'local' or 'dask'")


def batch_target(executor: Executor, per: int, total: int) -> int:
    """Items per task: ``per`` (the setting) in this process; on workers at most an even share
    of ``total`` over four tasks per worker, so a few big batches do not leave workers idle."""
    if executor.in_process or total <= 0:
        return max(1, per)
    share = -(-total // (4 * max(1, executor.workers)))
    return max(1, min(per, share))


# the executor corpus steps may use (set while pipeline.update runs) ------------------------
_CURRENT: contextvars.ContextVar[Executor | None] = contextvars.ContextVar("newsweave_executor", default=None)


def current_executor() -> Executor:
    """The executor of the running job (a :class:`LocalExecutor` outside one).

    Corpus steps call this to run their parallel parts (embeddings, per-story analysis) as
    tasks: ``current_executor().map(fn, chunks, settings_dict)`` with a module-level ``fn``.
    """
    ex = _CURRENT.get()
    return ex if ex is not None else LocalExecutor()


@contextmanager
def using(executor: Executor | None) -> Iterator[Executor]:
    ex = executor or LocalExecutor()
    token = _CURRENT.set(ex)
    try:
        yield ex
    finally:
        _CURRENT.reset(token)
