"""Every error newsweave raises, with a stable code and a message that says what to do next.

The hierarchy::

    NewsweaveError                 base of everything below
    ├── ConfigError                bad settings file, flag or environment value
    ├── InputError                 one input could not be read; names the file (and record)
    │   ├── UnsupportedFormat      not a format we read (binary, unknown extension)
    │   ├── DecodeError            bytes that decode to no sensible text
    │   ├── TooLarge               over a size cap (raw or decompressed)
    │   ├── MalformedInput         broken gzip / HTML / XML / JSON / WARC
    │   ├── EmptyInput             nothing that could be an article
    │   ├── ReadFailed             the operating system could not read it (missing, permissions)
    │   ├── FetchError             a URL could not or may not be fetched
    │   └── UnsafeInput            refused on purpose (XML entity expansion, external entities)
    ├── StoreError                 the database refused or is damaged
    │   └── ConflictError          an id already stored with other content
    ├── MissingDependency          an optional extra is not installed (with the pip command)
    └── QueryError                 a read request that cannot be answered (bad filter, bad page)
        └── NotFound               no story / article / entity / outlet with that key

Input errors are not fatal for a run: the pipeline turns them into :class:`newsweave.model.Reject`
records (stored, counted, shown) and goes on with the other inputs.
"""

from __future__ import annotations


class NewsweaveError(Exception):
    code = "E000"

    def __init__(self, message: str, *, source: str | None = None, record: str | None = None):
        self.message = message
        self.source = source
        self.record = record
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.source:
            where = f"{self.source}" + (f" [{self.record}]" if self.record else "") + ": "
        return f"{where}[{self.code}] {self.message}"


class ConfigError(NewsweaveError):
    code = "E010"


class InputError(NewsweaveError):
    code = "E100"


class UnsupportedFormat(InputError):
    code = "E101"


class DecodeError(InputError):
    code = "E102"


class TooLarge(InputError):
    code = "E103"


class MalformedInput(InputError):
    code = "E104"


class EmptyInput(InputError):
    code = "E105"


class ReadFailed(InputError):
    code = "E106"


class FetchError(InputError):
    code = "E107"


class UnsafeInput(InputError):
    code = "E108"


class StoreError(NewsweaveError):
    code = "E200"


class ConflictError(StoreError):
    code = "E201"


class MissingDependency(NewsweaveError):
    code = "E300"

    def __init__(self, what: str, extra: str):
        super().__init__(f"{what} needs the optional extra: pip install 'newsweave[{extra}]'")


class QueryError(NewsweaveError):
    code = "E400"


class NotFound(QueryError):
    code = "E404"
