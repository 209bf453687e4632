"""All the text a learner reads, per lesson: the lesson YAML and the markdown and code of its
notebooks. Whole-workbook content checks (cast, locale, ideas, timing) read it from here."""

from __future__ import annotations

import json
from pathlib import Path

from .content import content_dir

ROOT = Path(__file__).resolve().parents[2]


def lesson_texts(root: Path = ROOT) -> dict[str, str]:
    """{lesson key ("01", ..., "gallery"): everything a learner can read for it}."""
    texts: dict[str, list[str]] = {}
    for path in sorted(content_dir().glob("*.yaml")):
        if path.stem in ("lessons", "cast", "ideas"):
            continue
        key = path.stem[:2] if path.stem[:2].isdigit() else path.stem
        texts.setdefault(key, []).append(path.read_text(encoding="utf-8"))
    for folder in ("notebooks", "solutions"):
        for path in sorted((root / folder).glob("*.ipynb")):
            key = path.stem[:2] if path.stem[:2].isdigit() else path.stem
            cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
            texts.setdefault(key, []).extend("".join(cell["source"]) for cell in cells)
    return {key: "\n".join(parts) for key, parts in texts.items()}
