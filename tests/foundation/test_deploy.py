"""The systemd units in deploy/ pass `systemd-analyze verify` (Debian's systemd package) once their
paths point at this checkout; skipped where the tool is missing."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

DEPLOY = REPO_ROOT / "deploy"
UNITS = sorted(DEPLOY.glob("*.service"))


def test_there_are_units_for_the_service_and_a_speech_node():
    assert {unit.name for unit in UNITS} >= {"assistant.service", "assistant-speech-node.service"}


@pytest.mark.parametrize("unit", UNITS, ids=lambda unit: unit.name)
def test_unit_verifies(unit: Path, tmp_path: Path):
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("needs systemd-analyze (Debian's systemd package)")
    if not (REPO_ROOT / ".venv" / "bin" / "python").exists():
        pytest.skip("needs the checkout's .venv: the units start .venv/bin/python")
    text = unit.read_text(encoding="utf-8")
    assert "/opt/assistant/.venv/bin/python -m assistant" in text
    for env in DEPLOY.glob("*.env"):  # the EnvironmentFile= examples, where the rendered unit looks
        shutil.copy(env, tmp_path / env.name)
    rendered = tmp_path / unit.name
    rendered.write_text(text.replace("/opt/assistant", str(REPO_ROOT)).replace("/etc/assistant/", f"{tmp_path}/"),
                        encoding="utf-8")
    done = subprocess.run([analyze, "verify", str(rendered)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert not done.stderr.strip(), done.stderr  # warnings (unknown keys, bad values) too
