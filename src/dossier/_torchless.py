"""Keep torch out of the processes that only parse.

thinc, which spaCy runs on, imports torch whenever it is installed (``thinc.compat``), only to offer
torch interop that dossier's spaCy model never uses: that import is about 1.3 s and 230 MiB of a
one-sentence ``dossier extract``. ``hide_torch_from_thinc()`` (called when ``dossier`` is imported)
arranges that, when ``thinc.compat`` is first imported, torch looks absent to it and to it alone: thinc
then runs on numpy as it does where torch is not installed, and torch stays importable for the commands
that embed text (the sentence encoder imports it on first use).

Nothing is done when torch or thinc is already imported (thinc then keeps its torch support): a program
that runs torch models through thinc (spacy-transformers, say) imports torch, or thinc, before dossier.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
from collections.abc import Sequence
from types import ModuleType

from dossier._importhooks import install, real_spec, remove

HIDDEN = "torch"
IMPORTER = "thinc.compat"


class _WithoutTorch(importlib.abc.Loader):
    """Runs ``thinc.compat``'s own loader with ``import torch`` failing for the duration."""

    def __init__(self, loader: importlib.abc.Loader) -> None:
        self.loader = loader

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return self.loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        hide = HIDDEN not in sys.modules
        if hide:
            sys.modules[HIDDEN] = None  # type: ignore[assignment]  # makes 'import torch' raise ImportError
        try:
            self.loader.exec_module(module)
        finally:
            if hide and HIDDEN in sys.modules and sys.modules[HIDDEN] is None:
                del sys.modules[HIDDEN]


class _ThincCompatFinder(importlib.abc.MetaPathFinder):
    """Finds ``thinc.compat`` through the other finders and wraps its loader; removes itself after."""

    def find_spec(
        self, name: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if name != IMPORTER:
            return None
        remove(self)
        spec = real_spec(self, name, path, target)
        if spec is not None and spec.loader is not None and HIDDEN not in sys.modules:
            spec.loader = _WithoutTorch(spec.loader)
        return spec


def hide_torch_from_thinc() -> None:
    """Make torch look absent to thinc when thinc is first imported, unless torch or thinc already is.

    >>> hide_torch_from_thinc()  # idempotent; a no-op once thinc is imported
    """
    if HIDDEN in sys.modules or IMPORTER in sys.modules:
        return
    install(_ThincCompatFinder)
