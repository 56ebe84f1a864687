"""Background write jobs: submitted articles are ingested (and the corpus steps run) one job at a
time in a worker thread, so requests return at once and SQLite sees a single writer.

A job's state is a ``job`` document in the store (``queued`` -> ``running`` -> ``done`` |
``failed``), so its status survives the request and is readable from any thread. Payloads are
kept in memory only: a job still queued when the server stops is marked ``failed`` at the next
start (its input must be submitted again). Uploaded bytes are never written to disk, so a file
name can only ever be a label (see :func:`safe_name`).
"""

from __future__ import annotations

import queue
import re
import threading
import traceback
import unicodedata
import uuid
from datetime import datetime, timezone
from typing import Any, Callable, Iterator

from .. import pipeline
from ..errors import InputError, NewsweaveError
from ..model import RawDoc, Reject
from ..settings import Settings
from ..store.base import Store

JOB_KIND = "job"


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def safe_name(filename: str | None) -> str:
    """A harmless label for an uploaded file: its last path component, letters, digits and ``._-``
    only, no leading dots, at most 100 characters. ``../../etc/passwd`` becomes ``passwd``."""
    name = unicodedata.normalize("NFKC", filename or "")
    name = re.split(r"[\\/]", name)[-1]
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", name).lstrip("._")[-100:]
    return name or "upload"


def records_from_blob(label: str, data: bytes, settings: Settings) -> Iterator[RawDoc | Reject]:
    """Records of one uploaded file, read exactly as the CLI reads a file of that name."""
    from ..ingest.dispatch import read_blob  # the CLI's reader for one named blob

    try:
        yield from read_blob(label, data, settings)
    except InputError as exc:
        yield Reject(label, exc.code, exc.message, exc.record)


class JobRunner:
    """One worker thread draining a bounded queue of jobs against one store."""

    def __init__(self, store: Store, settings: Settings):
        self.store = store
        self.settings = settings
        self.q: queue.Queue[tuple[str, Callable[[], Iterator[RawDoc | Reject]]] | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._pending = 0
        self._abandon_stale()

    def _abandon_stale(self) -> None:
        for key, job in list(self.store.iter_docs(JOB_KIND)):
            if isinstance(job, dict) and job.get("status") in ("queued", "running"):
                job.update(status="failed", finished_at=_now(),
                           error={"code": "E500", "message": "the server stopped before this job finished; submit again"})
                self.store.put_doc(JOB_KIND, key, job)

    @property
    def pending(self) -> int:
        return self._pending

    def submit(self, kind: str, inputs: list[str], records: Callable[[], Iterator[RawDoc | Reject]]) -> dict[str, Any]:
        """Queue a job; returns its status document. The caller enforces ``max_pending_jobs``."""
        job_id = uuid.uuid4().hex
        job = {"id": job_id, "kind": kind, "status": "queued", "inputs": inputs, "submitted_at": _now(),
               "started_at": None, "finished_at": None, "result": None, "error": None}
        self.store.put_doc(JOB_KIND, job_id, job)
        with self._lock:
            self._pending += 1
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._work, name="newsweave-jobs", daemon=True)
                self._thread.start()
        self.q.put((job_id, records))
        return job

    def get(self, job_id: str) -> dict[str, Any] | None:
        job = self.store.get_doc(JOB_KIND, job_id)
        return job if isinstance(job, dict) else None

    def _work(self) -> None:
        while True:
            item = self.q.get()
            if item is None:
                return
            job_id, records = item
            job = self.get(job_id) or {"id": job_id}
            job.update(status="running", started_at=_now())
            self.store.put_doc(JOB_KIND, job_id, job)
            try:
                rep = pipeline.ingest([], self.store, self.settings, records=records())
                result: dict[str, Any] = {"ingest": rep.to_dict()}
                if self.settings.serve.update_after_ingest and rep.stored:
                    result["steps"] = pipeline.update(self.store, self.settings)
                job.update(status="done", result=_jsonable(result))
            except NewsweaveError as exc:
                job.update(status="failed", error={"code": exc.code, "message": str(exc)})
            except Exception as exc:  # a bug must fail the job visibly, not kill the worker
                job.update(status="failed", error={"code": "E500", "message": f"internal error: {exc!r}",
                                                   "trace": traceback.format_exc(limit=5)})
            finally:
                job["finished_at"] = _now()
                self.store.put_doc(JOB_KIND, job_id, job)
                with self._lock:
                    self._pending -= 1
                self.q.task_done()

    def wait(self, timeout: float | None = None) -> None:
        """Block until every queued job has finished (tests, shutdown)."""
        done = threading.Event()

        def waiter() -> None:
            self.q.join()
            done.set()

        threading.Thread(target=waiter, daemon=True).start()
        done.wait(timeout)

    def stop(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            self.q.put(None)
            self._thread.join(timeout=30)


def _jsonable(x: Any) -> Any:
    import json

    return json.loads(json.dumps(x, default=str))
