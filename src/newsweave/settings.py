"""One settings object, layered: packaged defaults < user file < environment < flags.

Defaults live in ``defaults.toml`` beside this module and in ``<subpackage>/defaults.toml`` files,
one ``[section]`` per concern. A user file
(``--config FILE``, or ``newsweave.toml`` in the working directory) overrides any subset of it;
environment variables ``NEWSWEAVE_<SECTION>__<KEY>`` override the file; command-line flags win.
Unknown sections or keys are an error (a typo must not be silently ignored), and values are
coerced to the type of their default.

Example::

    >>> s = Settings.load(overrides={"dedupe": {"threshold": 0.8}})
    >>> s.dedupe.threshold
    0.8
"""

from __future__ import annotations

import copy
import os
import tomllib
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping

from .errors import ConfigError

ENV_PREFIX = "NEWSWEAVE_"


def _packaged_defaults() -> dict[str, dict[str, Any]]:
    """``defaults.toml`` plus each subpackage's own ``<pkg>/defaults.toml`` (one owner per section)."""
    root = resources.files("newsweave")
    data = tomllib.loads(root.joinpath("defaults.toml").read_text(encoding="utf-8"))
    for entry in sorted(root.iterdir(), key=lambda e: e.name):
        f = entry.joinpath("defaults.toml") if entry.is_dir() else None
        if f is not None and f.is_file():
            for section, values in tomllib.loads(f.read_text(encoding="utf-8")).items():
                if section in data:
                    raise ConfigError(f"settings section [{section}] is defined twice (in {entry.name}/defaults.toml)")
                data[section] = values
    return data


def _coerce(value: Any, default: Any, where: str) -> Any:
    if default is None:
        return value
    if isinstance(default, bool):
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in {"1", "true", "yes", "on", "0", "false", "no", "off"}:
            return value.lower() in {"1", "true", "yes", "on"}
        raise ConfigError(f"{where}: expected true/false, got {value!r}")
    if isinstance(default, (int, float)) and not isinstance(value, bool):
        try:
            return type(default)(value) if not (isinstance(default, int) and isinstance(value, float)) else value
        except (TypeError, ValueError):
            raise ConfigError(f"{where}: expected a number, got {value!r}") from None
    if isinstance(default, list):
        if isinstance(value, str):
            return [v.strip() for v in value.split(",") if v.strip()]
        if isinstance(value, list):
            return value
        raise ConfigError(f"{where}: expected a list, got {value!r}")
    if isinstance(default, str):
        return str(value)
    return value


class Section:
    """Read-only attribute view of one settings section."""

    __slots__ = ("_name", "_values")

    def __init__(self, name: str, values: Mapping[str, Any]):
        self._name = name
        self._values = MappingProxyType(dict(values))

    def __getattr__(self, key: str) -> Any:
        try:
            return self._values[key]
        except KeyError:
            raise AttributeError(f"settings section [{self._name}] has no key {key!r}") from None

    def as_dict(self) -> dict[str, Any]:
        return dict(self._values)

    def __repr__(self) -> str:
        return f"Section({self._name!r}, {dict(self._values)!r})"


class Settings:
    """All options of a run, built once and passed down; never mutated afterwards."""

    def __init__(self, data: Mapping[str, Mapping[str, Any]]):
        self._data = {k: dict(v) for k, v in data.items()}
        self._sections = {k: Section(k, v) for k, v in self._data.items()}

    def __getattr__(self, name: str) -> Section:
        try:
            return self._sections[name]
        except KeyError:
            raise AttributeError(f"no settings section [{name}]") from None

    def as_dict(self) -> dict[str, dict[str, Any]]:
        return copy.deepcopy(self._data)

    def replace(self, overrides: Mapping[str, Mapping[str, Any]]) -> "Settings":
        data = self.as_dict()
        _merge(data, overrides, "overrides")
        return Settings(data)

    @classmethod
    def load(
        cls,
        path: str | os.PathLike[str] | None = None,
        *,
        overrides: Mapping[str, Mapping[str, Any]] | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> "Settings":
        data = _packaged_defaults()
        if path is None and Path("newsweave.toml").is_file():
            path = "newsweave.toml"
        if path is not None:
            p = Path(path)
            try:
                user = tomllib.loads(p.read_text(encoding="utf-8"))
            except FileNotFoundError:
                raise ConfigError(f"settings file {p} does not exist") from None
            except tomllib.TOMLDecodeError as exc:
                raise ConfigError(f"settings file {p} is not valid TOML: {exc}") from None
            _merge(data, user, str(p))
        env = os.environ if environ is None else environ
        for key, value in env.items():
            if not key.startswith(ENV_PREFIX) or "__" not in key:
                continue
            section, _, name = key[len(ENV_PREFIX):].lower().partition("__")
            _merge(data, {section: {name: value}}, f"environment {key}")
        if overrides:
            _merge(data, overrides, "command line")
        return cls(data)


def _merge(data: dict[str, dict[str, Any]], new: Mapping[str, Any], where: str) -> None:
    for section, values in new.items():
        if section not in data:
            raise ConfigError(f"{where}: unknown settings section [{section}]; known: {', '.join(sorted(data))}")
        if not isinstance(values, Mapping):
            raise ConfigError(f"{where}: [{section}] must be a table of key = value")
        for key, value in values.items():
            if key not in data[section]:
                raise ConfigError(
                    f"{where}: unknown key {key!r} in [{section}]; known: {', '.join(sorted(data[section]))}"
                )
            data[section][key] = _coerce(value, data[section][key], f"{where} [{section}].{key}")
