"""Per-story analysis: sentences, entities, quotes, claims, contradictions, time, timeline."""
