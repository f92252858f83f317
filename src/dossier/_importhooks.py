"""What dossier's import hooks (``_torchless``, ``_cliless``) share: a finder installed once at the front
of ``sys.meta_path``, which finds a module's real spec through the other finders and takes itself out
when its work is done."""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
from collections.abc import Sequence
from types import ModuleType


def real_spec(
    finder: importlib.abc.MetaPathFinder, name: str, path: Sequence[str] | None, target: ModuleType | None
) -> importlib.machinery.ModuleSpec | None:
    """The spec the finders after ``finder`` give for ``name`` (``finder`` itself is skipped)."""
    for other in sys.meta_path:
        if other is finder:
            continue
        find = getattr(other, "find_spec", None)
        spec = find(name, path, target) if find is not None else None
        if spec is not None:
            return spec
    return None


def remove(finder: importlib.abc.MetaPathFinder) -> None:
    """Take ``finder`` out of ``sys.meta_path`` (once it has done its work)."""
    if finder in sys.meta_path:
        sys.meta_path.remove(finder)


def install(finder_type: type[importlib.abc.MetaPathFinder]) -> None:
    """Put one ``finder_type`` at the front of ``sys.meta_path``, unless one is there already."""
    if not any(isinstance(f, finder_type) for f in sys.meta_path):
        sys.meta_path.insert(0, finder_type())
