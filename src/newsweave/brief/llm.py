"""Optional abstractive rewrite through an OpenAI-compatible chat-completions endpoint.

Off by default (``[brief] abstractive = false``). When on, the selected summary sentences are
sent, numbered ``[S1] ... [Sn]``, with the instruction to rephrase them into a fluent summary and
to end every output sentence with the numbers of the input sentences it restates. The model may
only rephrase: each generated sentence is verified against the spans its tags cite
(:func:`newsweave.brief.check.unsupported` in strict mode: its content words must be in those
spans, and every number, name and date it contains must appear there). Sentences that fail, or
cite nothing, are dropped and listed in ``brief["rewrite"]["dropped"]`` with the reason. When the
endpoint fails, or nothing survives, the extractive summary is kept and the error is reported.

The API key is read from the environment variable named by ``llm_api_key_env``; it is never
stored in the brief or in a file. Only the standard library is used for HTTP.
"""

from __future__ import annotations

import json
import os
import re
import urllib.error
import urllib.request
from typing import Any

from ..errors import ConfigError
from ..settings import Settings
from .check import unsupported

_TAG = re.compile(r"\[\s*S?(\d+)\s*\]")

SYSTEM_PROMPT = (
    "You rewrite news summaries. You receive numbered source sentences [S1], [S2], ... "
    "Rewrite them into a short, fluent summary. Rules: use only facts stated in the source sentences; "
    "never add names, numbers, dates or places; do not speculate. End every sentence you write with "
    "the numbers of the source sentences it restates, like [S1] or [S2][S4]. Output only the summary."
)


def _endpoint(url: str) -> str:
    u = url.rstrip("/")
    if u.endswith("/chat/completions"):
        return u
    return u + "/chat/completions"


def chat(messages: list[dict[str, str]], settings: Settings) -> str:
    """One chat-completions call; returns the assistant text. Raises ConfigError / OSError."""
    cfg = settings.brief
    if not cfg.llm_url:
        raise ConfigError("[brief] abstractive = true needs [brief] llm_url (an OpenAI-compatible base URL)")
    if not re.match(r"^https?://", cfg.llm_url):
        raise ConfigError(f"[brief] llm_url must be an http(s) URL, got {cfg.llm_url!r}")
    body = {"model": cfg.llm_model or "default", "messages": messages, "temperature": float(cfg.llm_temperature)}
    headers = {"Content-Type": "application/json"}
    key = os.environ.get(cfg.llm_api_key_env or "", "")
    if key:
        headers["Authorization"] = f"Bearer {key}"
    req = urllib.request.Request(_endpoint(cfg.llm_url), data=json.dumps(body).encode(), headers=headers, method="POST")
    with urllib.request.urlopen(req, timeout=float(cfg.llm_timeout_seconds)) as resp:  # noqa: S310 (user-configured URL)
        data = json.loads(resp.read().decode("utf-8"))
    try:
        return str(data["choices"][0]["message"]["content"])
    except (KeyError, IndexError, TypeError):
        raise ValueError(f"unexpected response from {cfg.llm_url}: no choices[0].message.content") from None


_CHUNK = re.compile(r"(.*?)((?:\s*\[\s*S?\d+\s*\])+)[ \t]*([.!?]?)", re.S)


def _sentences(chunk: str) -> list[str]:
    from ..analyze.sentences import split_sentences

    return [" ".join(chunk[s:e].split()) for s, e in split_sentences(chunk)]


def split_generated(text: str) -> list[tuple[str, list[int]]]:
    """Model output as (sentence without tags, [cited source numbers]).

    Tags close the sentence before them (``... in May. [S1]`` or ``... in May [S1].``); a
    sentence followed by no tag cites nothing.

    Example::

        >>> split_generated("Fares rise 4%. [S1][S3] Nobody objected [S2]. An extra line.")
        [('Fares rise 4%.', [1, 3]), ('Nobody objected.', [2]), ('An extra line.', [])]
    """
    out: list[tuple[str, list[int]]] = []
    pos = 0
    for m in _CHUNK.finditer(text):
        nums = [int(n) for n in _TAG.findall(m.group(2))]
        sents = _sentences(m.group(1) + m.group(3))
        for k, sent in enumerate(sents):
            out.append((sent, nums if k == len(sents) - 1 else []))
        pos = m.end()
    out.extend((sent, []) for sent in _sentences(text[pos:]))
    return [(t, n) for t, n in out if t.strip(" .")]


def rewrite_brief(brief: dict[str, Any], texts: dict[str, str], settings: Settings) -> dict[str, Any]:
    """Replace the summary by verified rephrased sentences; see the module docstring."""
    cfg = settings.brief
    sents = brief.get("sentences") or []
    report: dict[str, Any] = {"model": cfg.llm_model, "endpoint": cfg.llm_url, "kept": 0, "dropped": [], "error": None}
    brief = dict(brief)
    brief["rewrite"] = report
    if not sents:
        return brief
    numbered = "\n".join(f"[S{i}] {s['text']}" for i, s in enumerate(sents, 1))
    try:
        answer = chat([{"role": "system", "content": SYSTEM_PROMPT},
                       {"role": "user", "content": f"Source sentences:\n{numbered}\n\nSummary:"}], settings)
    except (OSError, ValueError, urllib.error.URLError) as exc:
        report["error"] = f"rewrite skipped, extractive summary kept: {exc}"
        return brief
    kept: list[dict[str, Any]] = []
    for text, nums in split_generated(answer):
        valid = [n for n in dict.fromkeys(nums) if 1 <= n <= len(sents)]
        if not valid:
            report["dropped"].append({"text": text, "reason": "cites no source sentence"})
            continue
        cites: list[dict[str, Any]] = []
        for n in valid:
            for c in sents[n - 1]["citations"]:
                if c not in cites:
                    cites.append(c)
        # verify against the sentences it restates (their own spans): what the model was shown
        evidence = " ".join(texts[c["article_id"]][c["start"]:c["end"]] for c in
                            (sents[n - 1]["citations"][0] for n in valid) if c["article_id"] in texts)
        why = unsupported(text, evidence, float(cfg.llm_min_support), strict=True)
        if why:
            report["dropped"].append({"text": text, "reason": "; ".join(why), "cited": valid})
            continue
        support = max(int(sents[n - 1].get("support") or 1) for n in valid)
        kept.append({"text": text, "citations": cites, "support": support, "generated": True, "from": valid})
    report["kept"] = len(kept)
    if kept:
        brief["extractive_sentences"] = sents
        brief["sentences"] = kept
        brief["method"] = f"{brief.get('method')}+rewrite"
    else:
        report["error"] = "no rewritten sentence was supported by its sources; extractive summary kept"
    return brief
