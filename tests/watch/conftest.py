import sys
from pathlib import Path

# the fictional corpus helpers live beside the run tests
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "run"))
