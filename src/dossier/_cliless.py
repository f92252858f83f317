"""Keep spaCy's command-line tools out of the processes that only parse.

``import spacy`` runs ``from .cli.info import info``, and so imports the whole of ``spacy.cli``: every
``spacy`` command with typer, weasel, httpx, requests and rich, some 330 modules that dossier never
uses (about a third of ``import spacy``). ``defer_spacy_cli()`` (called when ``dossier`` is imported)
arranges that, when spaCy first imports it, ``spacy.cli`` is a package whose ``__init__`` runs on first
use of one of its names (PEP 562), and ``spacy.cli.info`` a module whose ``info`` imports the real one
when called. Its submodules import as before (``import spacy.cli.download``), ``spacy.info()`` and
``from spacy.cli import download`` work as before, and ``python -m spacy`` too; nothing changes once
spaCy is imported, so nothing is done when it already is.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import Any

from dossier._importhooks import install, real_spec, remove

PACKAGE = "spacy.cli"
INFO = "spacy.cli.info"


class _DeferredPackage(importlib.abc.Loader):
    """Creates ``spacy.cli`` with its real path and runs its real ``__init__`` on first use of a name."""

    def __init__(self, real: importlib.abc.Loader) -> None:
        self.real = real

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return None

    def exec_module(self, module: ModuleType) -> None:
        real = self.real

        def __getattr__(name: str) -> Any:
            if name.startswith("__"):
                raise AttributeError(name)
            del module.__dict__["__getattr__"]
            _real_info()  # the package's own "from .info import info" must find the real module
            real.exec_module(module)
            return getattr(module, name)

        module.__getattr__ = __getattr__  # type: ignore[attr-defined]


class _DeferredInfo(importlib.abc.Loader):
    """Creates ``spacy.cli.info`` as a stand-in whose names import the real module first."""

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return None

    def exec_module(self, module: ModuleType) -> None:
        def info(*args: Any, **kwargs: Any) -> Any:
            return _real_info().info(*args, **kwargs)

        def __getattr__(name: str) -> Any:
            if name.startswith("__"):
                raise AttributeError(name)
            return getattr(_real_info(), name)

        module.info = info  # type: ignore[attr-defined]
        module.__getattr__ = __getattr__  # type: ignore[attr-defined]
        module._deferred = True  # type: ignore[attr-defined]


def _real_info() -> ModuleType:
    """The real ``spacy.cli.info``, imported in place of the stand-in."""
    current = sys.modules.get(INFO)
    if current is not None and not getattr(current, "_deferred", False):
        return current
    sys.modules.pop(INFO, None)
    parent = sys.modules.get(PACKAGE)
    if parent is not None and "info" in parent.__dict__:
        del parent.__dict__["info"]
    return importlib.import_module(INFO)


class _SpacyCliFinder(importlib.abc.MetaPathFinder):
    """Finds ``spacy.cli`` and ``spacy.cli.info`` through the other finders and defers them, once."""

    def find_spec(
        self, name: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if name not in (PACKAGE, INFO):
            return None
        if name == INFO:
            remove(self)
            return importlib.machinery.ModuleSpec(INFO, _DeferredInfo())
        spec = real_spec(self, name, path, target)
        if spec is None or spec.loader is None or spec.submodule_search_locations is None:
            remove(self)
            return spec
        deferred = importlib.machinery.ModuleSpec(
            name, _DeferredPackage(spec.loader), origin=spec.origin, is_package=True
        )
        deferred.submodule_search_locations = spec.submodule_search_locations
        deferred.has_location = spec.has_location
        return deferred


def defer_spacy_cli() -> None:
    """Defer ``spacy.cli`` when spaCy is first imported, unless spaCy already is.

    >>> defer_spacy_cli()  # idempotent; a no-op once spaCy is imported
    """
    if "spacy" in sys.modules or PACKAGE in sys.modules:
        return
    install(_SpacyCliFinder)
