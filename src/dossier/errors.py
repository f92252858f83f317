"""One exception hierarchy for the library; the CLI maps it to messages and exit codes."""


class DossierError(Exception):
    """Base class of every error dossier raises on purpose."""


class InputError(DossierError):
    """An input item cannot be read: empty, binary, undecodable, too large or malformed.

    ``item`` names the input (a path, ``path:line`` or ``<stdin>``); ``reason`` says why in words.
    """

    def __init__(self, item: str, reason: str) -> None:
        super().__init__(f"{item}: {reason}")
        self.item = item
        self.reason = reason


class InputWarning(UserWarning):
    """An input item was read, but not exactly as given: bytes that are not UTF-8 replaced, or an encoding
    detected rather than declared. ``item`` and ``reason`` as for ``InputError``."""

    def __init__(self, item: str, reason: str) -> None:
        super().__init__(f"{item}: {reason}")
        self.item = item
        self.reason = reason


class UsageError(DossierError):
    """The caller asked for something that cannot be done (bad option value, unknown id)."""


class NotFoundError(DossierError):
    """A record asked for by id is not in the store."""


class ModelError(DossierError):
    """A bundled model or data file is missing or unreadable."""


class BusyError(DossierError):
    """The database stayed locked by another writer for longer than the store waits (SQLite)."""


class WorkerError(DossierError):
    """A worker process of ``extract_many(..., processes=N)`` ended before it returned its articles (killed,
    or crashed in a native library); the articles of the run that came back before it are kept."""
