"""Coverage-guided fuzzing of the readers with atheris (libFuzzer), for a bounded time.

The target feeds the fuzzer's bytes to :func:`newsweave.ingest.dispatch.read_blob` under each
reader's file name (``x.txt``, ``x.html``, ``x.jsonl``, ``x.xml``, ``x.warc``, ``x.txt.gz``; the
first byte picks one) and drains every record; for the records that come out it also runs
extraction (:func:`newsweave.pipeline.prepare`). Allowed outcomes are records, ``Reject``s and
:class:`~newsweave.errors.InputError`; anything else is a crash, which libFuzzer saves as a
reproducer file and reports.

When atheris is not installed the same target runs under hypothesis with a binary strategy
(``--engine hypothesis``), also for a bounded time.

    python tests/reliability/fuzz.py [--seconds 30] [--engine atheris|hypothesis] [--out DIR]

prints one JSON line: engine, executions, crashes, seconds, and the reproducer files.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
NAMES = ["x.txt", "x.html", "x.jsonl", "x.xml", "x.warc", "x.txt.gz", "x.atom", "x"]


def seeds() -> list[bytes]:
    """A few valid inputs of every format, so the fuzzer starts inside each parser."""
    sys.path.insert(0, str(HERE))
    import random

    import hostile

    rng = random.Random(3)
    t, x = hostile.article_text(rng, 3)
    page = hostile.good_html(t, x)
    out = [
        b"\x00" + f"{t}\n\n{x}".encode(),
        b"\x01" + page.encode(),
        b"\x02" + json.dumps({"id": "s1", "title": t, "text": x}).encode() + b"\n{bad\n",
        b"\x03" + hostile.rss([hostile.rss_item(t, x, "g1")]).encode(),
        b"\x04" + hostile.warc_record("response", "https://x.example/", hostile.http_response(page.encode())),
        b"\x05" + gzip.compress(f"{t}\n\n{x}".encode()),
        b"\x06" + (f"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>T</title><entry><id>1</id>"
                   f"<title>{t}</title><content>{x}</content></entry></feed>").encode(),
    ]
    return out


def make_target():
    from newsweave.errors import InputError
    from newsweave.ingest.dispatch import _guarded, read_blob
    from newsweave.model import RawDoc
    from newsweave.pipeline import prepare
    from newsweave.settings import Settings

    # small caps keep every execution fast; the caps themselves are tested by the hostile corpus
    settings = Settings.load(environ={}, overrides={"ingest": {"max_decompressed_bytes": 1 << 20,
                                                               "max_record_chars": 200_000}})

    def target(data: bytes) -> None:
        if not data:
            return
        name = NAMES[data[0] % len(NAMES)]
        # through the same guard as read_path: a reader bug there becomes an E100 reject, which is
        # what we hunt (the pipeline survives it, but the input is lost to a bug)
        for rec in _guarded(name, read_blob(name, data[1:], settings)):
            if isinstance(rec, RawDoc):
                try:
                    prepare(rec, settings)
                except InputError:
                    pass
            elif rec.code == "E100":
                raise ReaderBug(rec.message)

    return target


def run_atheris(seconds: int, out: Path) -> dict:
    """libFuzzer in a subprocess (it calls exit()), restarted after each crash until the time is up;
    each reproducer is replayed in-process to name the exception."""
    corpus = out / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    for i, s in enumerate(seeds()):
        (corpus / f"seed{i}").write_bytes(s)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (env.get("PYTHONPATH"), str(REPO / "src")) if p)
    t0 = time.perf_counter()
    execs, runs, exit_codes = 0, 0, []
    while True:
        left = int(seconds - (time.perf_counter() - t0))
        if left < 3 or runs >= 20:
            break
        runs += 1
        cmd = [sys.executable, str(Path(__file__).resolve()), "--atheris-child", f"-max_total_time={left}",
               "-print_final_stats=1", "-timeout=20", "-rss_limit_mb=3072", "-max_len=65536",
               f"-artifact_prefix={out}/", str(corpus)]
        p = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=left * 3 + 120, errors="replace")
        m = re.search(r"stat::number_of_executed_units:\s*(\d+)", p.stderr)
        execs += int(m.group(1)) if m else 0
        exit_codes.append(p.returncode)
        if p.returncode == 0:
            break
    crashes = sorted(str(f) for pat in ("crash-*", "timeout-*", "oom-*") for f in out.glob(pat))
    target = make_target() if crashes else None
    why = []
    for c in crashes:
        try:
            target(Path(c).read_bytes())
            why.append(f"{c}: did not reproduce in-process")
        except Exception as exc:  # noqa: BLE001
            why.append(f"{c}: {type(exc).__name__}: {exc}"[:600])
    return {"engine": "atheris", "executions": execs, "crashes": len(crashes), "seconds": round(time.perf_counter() - t0, 1),
            "reproducers": why, "runs": runs, "exit": exit_codes}


def atheris_child(argv: list[str]) -> None:
    import atheris

    with atheris.instrument_imports(include=["newsweave"]):
        target = make_target()
    atheris.Setup([sys.argv[0], *argv], target)
    atheris.Fuzz()


def run_hypothesis(seconds: int, out: Path) -> dict:
    """The same target under hypothesis (no coverage guidance) for ``seconds``."""
    from hypothesis import HealthCheck, Phase, given, settings, strategies as st

    target = make_target()
    count = {"n": 0}
    failures: list[str] = []
    deadline = time.monotonic() + seconds
    seed_list = seeds()

    @settings(max_examples=10**9, deadline=None, database=None, suppress_health_check=list(HealthCheck),
              phases=[Phase.generate], print_blob=False)
    @given(st.one_of(st.binary(max_size=4096),
                     st.tuples(st.sampled_from(seed_list), st.integers(0, 5000), st.binary(max_size=64)).map(
                         lambda t: t[0][: t[1]] + t[2] + t[0][t[1]:])))
    def prop(data: bytes) -> None:
        if time.monotonic() > deadline:
            raise _Done
        count["n"] += 1
        try:
            target(data)
        except Exception as exc:  # noqa: BLE001
            path = out / f"crash-{count['n']}"
            path.write_bytes(data)
            failures.append(f"{path}: {exc!r}")
            raise

    t0 = time.perf_counter()
    try:
        prop()
    except _Done:
        pass
    except Exception:  # noqa: BLE001 - recorded in failures
        pass
    return {"engine": "hypothesis", "executions": count["n"], "crashes": len(failures),
            "seconds": round(time.perf_counter() - t0, 1), "reproducers": failures}


class _Done(BaseException):
    pass


class ReaderBug(Exception):
    """A reader raised something other than InputError (the guard made it an E100 reject)."""


def run_fuzz(seconds: int, out: Path, engine: str = "auto") -> dict:
    out.mkdir(parents=True, exist_ok=True)
    if engine == "auto":
        try:
            import atheris  # noqa: F401

            engine = "atheris"
        except ImportError:
            engine = "hypothesis"
    return run_atheris(seconds, out) if engine == "atheris" else run_hypothesis(seconds, out)


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--atheris-child":
        atheris_child(sys.argv[2:])
        return 0
    ap = argparse.ArgumentParser(description="Fuzz the readers for a bounded time; prints executions and crashes.")
    ap.add_argument("--seconds", type=int, default=30)
    ap.add_argument("--engine", choices=["auto", "atheris", "hypothesis"], default="auto")
    ap.add_argument("--out", help="keep reproducers here (default: a temporary directory)")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="nw-fuzz-") as tmp:
        res = run_fuzz(a.seconds, Path(a.out or tmp), a.engine)
    print(json.dumps({k: v for k, v in res.items() if k != "log_tail"}))
    if res.get("log_tail"):
        print(res["log_tail"], file=sys.stderr)
    return 1 if res["crashes"] else 0


if __name__ == "__main__":
    sys.exit(main())
