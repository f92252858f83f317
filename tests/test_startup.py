"""Start-up: a command loads only what it needs. Each check runs in a fresh interpreter, since what one
test imports stays imported for the rest of the session."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import dossier

SRC = Path(dossier.__file__).resolve().parent.parent


def run_python(code: str, *args: str) -> str:
    """Run ``code`` in a fresh interpreter that imports this checkout's dossier; its stdout."""
    path = os.pathsep.join(p for p in (str(SRC), os.environ.get("PYTHONPATH", "")) if p)
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=os.environ | {"PYTHONPATH": path},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_import_dossier_loads_neither_torch_nor_spacy():
    out = run_python("import sys, dossier; print(sorted({'torch', 'spacy', 'thinc'} & set(sys.modules)))")
    assert out.strip() == "[]"


def test_extract_command_never_imports_torch(tmp_path):
    article = tmp_path / "one.txt"
    article.write_text("Iran denied providing Russia with weapons.", encoding="utf-8")
    code = (
        "import json, sys\n"
        "from dossier.cli import cli\n"
        "try:\n"
        "    cli(['extract', sys.argv[1], '--format', 'json', '-o', sys.argv[2]])\n"
        "except SystemExit as done:\n"
        "    assert not done.code, done.code\n"
        "print(json.dumps(['torch' in sys.modules, 'trafilatura' in sys.modules, 'spacy' in sys.modules,\n"
        "                  'typer' in sys.modules, 'weasel' in sys.modules]))\n"
    )
    out = run_python(code, str(article), str(tmp_path / "one.json"))
    # spaCy parsed it; neither torch, nor the HTML reader, nor spaCy's command-line tools came
    assert out.strip() == "[false, false, true, false, false]"
    assert "Iran" in (tmp_path / "one.json").read_text(encoding="utf-8")


def test_torch_still_imports_after_parsing():
    """Hiding torch from thinc leaves it importable for the commands that embed text."""
    code = (
        "import sys, dossier\n"
        "dossier.extract('Iran denied it.')\n"
        "import thinc.compat\n"
        "assert 'torch' not in sys.modules and not thinc.compat.has_torch\n"
        "import torch\n"
        "print(torch.zeros(2).sum().item())\n"
    )
    assert run_python(code).strip() == "0.0"


def test_thinc_keeps_torch_when_torch_came_first():
    code = (
        "import torch, sys\n"
        "import dossier\n"
        "dossier.extract('Iran denied it.')\n"
        "import thinc.compat\n"
        "print(thinc.compat.has_torch)\n"
    )
    assert run_python(code).strip() == "True"


def test_spacy_command_line_tools_still_work_after_dossier_deferred_them():
    """dossier._cliless defers ``spacy.cli``; what spaCy's users reach through it is unchanged."""
    code = (
        "import sys, dossier\n"
        "dossier.extract('Iran denied it.')\n"
        "import spacy\n"
        "assert 'typer' not in sys.modules\n"
        "from spacy.cli import download\n"  # the package runs its __init__ on first use of a name
        "from spacy.cli.info import info_model\n"
        "import spacy.cli.train\n"
        "print(callable(download), callable(info_model), spacy.info()['spacy_version'] == spacy.__version__)\n"
    )
    assert run_python(code).strip() == "True True True"
