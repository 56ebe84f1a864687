import pytest

from newsweave.errors import ConfigError
from newsweave.settings import Settings


def test_layers_file_env_flags(tmp_path):
    f = tmp_path / "nw.toml"
    f.write_text("[dedupe]\nthreshold = 0.5\nnum_perm = 64\n")
    s = Settings.load(f, environ={"NEWSWEAVE_DEDUPE__NUM_PERM": "32"}, overrides={"ingest": {"batch_size": 7}})
    assert (s.dedupe.threshold, s.dedupe.num_perm, s.ingest.batch_size) == (0.5, 32, 7)


def test_unknown_keys_are_errors(tmp_path):
    f = tmp_path / "nw.toml"
    f.write_text("[dedupe]\nthreshhold = 0.5\n")
    with pytest.raises(ConfigError, match="unknown key 'threshhold'"):
        Settings.load(f, environ={})
    with pytest.raises(ConfigError, match="unknown settings section"):
        Settings.load(environ={}, overrides={"nope": {}})


def test_bad_values_are_errors():
    with pytest.raises(ConfigError, match="expected a number"):
        Settings.load(environ={"NEWSWEAVE_DEDUPE__NUM_PERM": "many"})
