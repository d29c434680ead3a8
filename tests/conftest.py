"""Shared fixtures: each mechanism's SBML text and a simulator, built once per session."""

from __future__ import annotations

from functools import cache

import pytest

from pipeline.mechanisms import registry
from pipeline.sbml.build import build_document, to_string
from pipeline.simulate.engine import Simulator

MECHANISMS = list(registry())


@cache
def sbml_text(mechanism_id: str) -> str:
    return to_string(build_document(registry()[mechanism_id]))


@cache
def simulator(mechanism_id: str) -> Simulator:
    return Simulator(sbml_text(mechanism_id))


@pytest.fixture(params=MECHANISMS)
def mechanism_id(request: pytest.FixtureRequest) -> str:
    return request.param
