"""Reprint detection: exact and near-duplicate articles via MinHash LSH (datasketch)."""

from .minhash import ReprintIndex, minhash_of, shingles

__all__ = ["ReprintIndex", "minhash_of", "shingles"]
