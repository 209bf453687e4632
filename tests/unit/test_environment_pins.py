"""environment.yml (conda, Binder) pins the same packages and ranges as pyproject.toml."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[2]


def pyproject_pins(extras: tuple[str, ...] = ("lab",)) -> dict[str, SpecifierSet]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lines = project["dependencies"] + [
        d for e in extras for d in project["optional-dependencies"][e]
    ]
    return {Requirement(line).name.lower(): Requirement(line).specifier for line in lines}


def environment_pins() -> dict[str, SpecifierSet]:
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    pins = {}
    for entry in env["dependencies"]:
        assert isinstance(entry, str), (
            "keep a pip: section out of environment.yml (postBuild installs coachlab)"
        )
        name, spec = re.match(r"^([A-Za-z0-9_.-]+)\s*(.*)$", entry).groups()
        pins[name.lower()] = SpecifierSet(spec.replace(" ", ""))
    return pins


def test_every_runtime_and_lab_pin_is_in_environment_yml():
    env = environment_pins()
    for name, spec in pyproject_pins().items():  # conda-forge uses the PyPI names for these
        assert name in env, f"{name} is in pyproject.toml but not in environment.yml"
        assert env[name] == spec, (
            f"{name}: pyproject.toml says {spec}, environment.yml says {env[name]}"
        )


def test_environment_yml_adds_nothing_unpinned():
    env = environment_pins()
    extra = set(env) - set(pyproject_pins()) - {"python", "pip"}
    assert not extra, f"in environment.yml but not in pyproject.toml: {sorted(extra)}"


def test_python_floor_agrees():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert environment_pins()["python"] == SpecifierSet(project["requires-python"])


def test_a_disagreement_would_be_seen():
    assert SpecifierSet(">=8.1,<9") != SpecifierSet(">=8.0,<9")
