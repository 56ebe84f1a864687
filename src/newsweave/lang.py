"""Language identification, offline (py3langid ships its model inside the package).

Only a bounded sample is classified: the first ``SAMPLE_CHARS`` characters of the clean text, cut
at a word boundary. py3langid's cost grows with the text, and a thousand characters of running
text (five to ten sentences) are plenty for a language ID model: on the demo corpus and on the
multilingual set in tests/test_lang.py the sample gives the same answers as the whole text.
"""

from __future__ import annotations

import functools

SAMPLE_CHARS = 1000


@functools.lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def language_sample(text: str, limit: int = SAMPLE_CHARS) -> str:
    """The first ``limit`` characters of ``text``, not cutting a word in two."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", limit // 2, limit)
    return text[: cut if cut > 0 else limit]


def detect_language(text: str, default: str | None = None, min_prob: float = 0.5,
                    sample_chars: int = SAMPLE_CHARS) -> str | None:
    """The ISO 639-1 code of ``text``'s language, or ``default`` when the text is too short
    (under 20 characters) or the model is unsure (probability under ``min_prob``)."""
    sample = language_sample(text, sample_chars)
    if len(sample.strip()) < 20:
        return default
    lang, prob = _identifier().classify(sample)
    return lang if prob >= min_prob else default
