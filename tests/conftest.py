"""Shared fixtures: the pipeline and the sample graph are built once per test session."""

import pytest

from graph.build import build
from graph.pipeline import load_pipeline
from graph.resources import data_file


@pytest.fixture(scope="session")
def nlp():
    """The actorgraph spaCy pipeline (model + gazetteer ruler), loaded once."""
    return load_pipeline()


@pytest.fixture(scope="session")
def sample_graph():
    """The graph of the five bundled sample reports."""
    return build([str(data_file("articles"))])


@pytest.fixture(scope="session")
def extract_sentences(nlp):
    """Return a function: text -> (mentions, events) for hand-written sentences."""
    from graph.actors import find_mentions
    from graph.relations import find_events

    def run(text):
        doc = nlp(text)
        mentions = find_mentions(doc)
        return mentions, find_events(doc, mentions)

    return run
