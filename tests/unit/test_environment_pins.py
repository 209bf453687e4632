"""environment.yml (conda, Binder, Zero to JupyterHub) and requirements.txt (The Littlest
JupyterHub) pin the same packages and ranges as pyproject.toml: its dependencies and the lab and
hub extras."""

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
SHIPPED = ("lab", "hub")  # the extras a learner's environment holds on Binder and on a hub
# conda-forge names that differ from PyPI's: the single-user part of JupyterHub, without the hub.
CONDA_NAMES = {"jupyterhub-singleuser": "jupyterhub"}


def pyproject_pins(extras: tuple[str, ...] = SHIPPED) -> dict[str, SpecifierSet]:
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
        name = CONDA_NAMES.get(name.lower(), name.lower())
        pins[name] = SpecifierSet(spec.replace(" ", ""))
    return pins


def requirements_pins(text: str | None = None) -> dict[str, SpecifierSet]:
    """requirements.txt as {name: range}; comments and blank lines skipped, nothing else."""
    if text is None:
        text = (ROOT / "requirements.txt").read_text(encoding="utf-8")
    pins = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            requirement = Requirement(line)
            assert requirement.name.lower() not in pins, f"{requirement.name} twice"
            pins[requirement.name.lower()] = requirement.specifier
    return pins


def test_every_runtime_and_lab_pin_is_in_environment_yml():
    env = environment_pins()
    for name, spec in pyproject_pins().items():  # conda-forge uses the PyPI names for these
        assert name in env, f"{name} is in pyproject.toml but not in environment.yml"
        assert env[name] == spec, (
            f"{name}: pyproject.toml says {spec}, environment.yml says {env[name]}"
        )


def test_requirements_txt_pins_exactly_what_pyproject_does():
    assert requirements_pins() == pyproject_pins()


def test_requirements_txt_disagreement_would_be_seen():
    changed = (
        (ROOT / "requirements.txt")
        .read_text(encoding="utf-8")
        .replace("nbgitpuller>=1.2,<2", "nbgitpuller>=1.1,<2")
    )
    assert requirements_pins(changed) != pyproject_pins()


def test_the_hub_and_links_extras_stay_out_of_a_laptops_lab():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    laptop = {Requirement(d).name for d in project["dependencies"]}
    laptop |= {Requirement(d).name for d in project["optional-dependencies"]["lab"]}
    assert not laptop & {"jupyterhub", "nbgitpuller", "segno"}
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "-e '.[lab,test]'" in makefile and "-e '.[hub,facilitator]'" in makefile


def test_environment_yml_adds_nothing_unpinned():
    env = environment_pins()
    extra = set(env) - set(pyproject_pins()) - {"python", "pip"}
    assert not extra, f"in environment.yml but not in pyproject.toml: {sorted(extra)}"


def test_python_floor_agrees():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert environment_pins()["python"] == SpecifierSet(project["requires-python"])


def test_a_disagreement_would_be_seen():
    assert SpecifierSet(">=8.1,<9") != SpecifierSet(">=8.0,<9")
