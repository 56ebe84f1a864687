import os

import pytest

# NEWSWEAVE_RELIABILITY=full runs every suite at report size (>= 500 hostile cases, >= 50 kill trials, ...)
FULL = os.environ.get("NEWSWEAVE_RELIABILITY", "").lower() == "full"


@pytest.fixture
def full() -> bool:
    return FULL
