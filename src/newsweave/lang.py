"""Language identification, offline (py3langid ships its model inside the package)."""

from __future__ import annotations

import functools


@functools.lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str, default: str | None = None, min_prob: float = 0.5) -> str | None:
    sample = text[:2000]
    if len(sample.strip()) < 20:
        return default
    lang, prob = _identifier().classify(sample)
    return lang if prob >= min_prob else default
