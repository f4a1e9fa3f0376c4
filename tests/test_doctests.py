"""Every module's docstring examples run, against the installed ``actorgraph`` package.

As in networkx, examples may use ``nx`` without importing it.
"""

import doctest
import importlib
import pkgutil
import sys

import networkx as nx
import pytest

import actorgraph

MODULES = sorted(m.name for m in pkgutil.walk_packages(actorgraph.__path__, "actorgraph."))


@pytest.mark.parametrize("name", MODULES)
def test_doctests_pass(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, extraglobs={"nx": nx}, optionflags=doctest.ELLIPSIS, report=True)
    assert result.failed == 0, f"{name}: {result.failed} of {result.attempted} examples failed"


def test_doctests_cover_the_documented_modules():
    finder = doctest.DocTestFinder()
    documented = [n for n in MODULES if any(t.examples for t in finder.find(importlib.import_module(n)))]
    assert {"actorgraph.centrality", "actorgraph.diff", "actorgraph.filters"} <= set(documented), documented


def test_doctests_nothing_imported_under_the_repo_folder_names():
    """The library is ``actorgraph`` only: no module of it may import ``graph`` or ``viz`` by folder name."""
    for name in MODULES:
        importlib.import_module(name)
    strays = sorted(m for m in sys.modules if m.split(".")[0] in ("graph", "viz", "actorgraph_data"))
    assert not strays, strays
