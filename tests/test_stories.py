"""Tests of near-duplicate stories: edited copies count once as a source, their evidence stays visible."""

import random

import pytest

from actorgraph.build import build
from actorgraph.ingest import parse_text
from actorgraph.resources import data_file
from actorgraph.stories import Stories, shingles

REPORT = (
    "Officials in Warsaw said on Monday that the government would send two more brigades to the eastern "
    "border after a week of drone incursions. The defence minister told reporters that the deployment "
    "was a precaution and that no shots had been fired. Farmers in the region said the drones had flown "
    "low over their fields at night, and local police asked residents to report any wreckage they found. "
    "The ministry said the brigades would stay until the end of the year."
)
OTHER_REPORT = (
    "The defence minister said on Monday that Poland had asked its allies for more air defence systems "
    "after drones crossed the eastern border again. Speaking after a cabinet meeting, he said talks with "
    "partners were going well and that the first batteries could arrive within weeks. Opposition leaders "
    "accused the government of reacting too slowly and called for a debate in parliament on the matter."
)
EDITS = [("said on Monday", "said Monday"), ("two more", "2 more"), ("at night", "overnight"), ("week", "fortnight")]


def _edited(text, rng, n=2):
    """Return `text` with `n` of `EDITS` applied, a dateline in front and a credit line at the end."""
    for old, new in rng.sample(EDITS, n):
        text = text.replace(old, new, 1)
    return f"WARSAW (Wire) - {text}\n(Reporting by the Warsaw bureau; editing by the desk)"


def test_stories_edited_copies_are_one_story():
    rng = random.Random(1)
    stories = Stories()
    stories.add("original", REPORT)
    for i in range(5):
        stories.add(f"copy{i}", _edited(REPORT, rng))
    stories.add("other", OTHER_REPORT)
    records = [{"id": f"copy{i}", "date": "2024-10-02"} for i in range(5)]
    records += [{"id": "original", "date": "2024-10-01"}, {"id": "other", "date": "2024-10-01"}]
    assert stories.of(records) == {
        **{f"copy{i}": "original" for i in range(5)},
        "original": "original",
        "other": "other",
    }


def test_stories_reports_of_one_event_written_apart_are_two():
    assert len(shingles(REPORT) & shingles(OTHER_REPORT)) < 0.1 * len(shingles(REPORT) | shingles(OTHER_REPORT))
    stories = Stories()
    stories.add("a", REPORT)
    stories.add("b", OTHER_REPORT)
    assert stories.of([{"id": "a", "date": None}, {"id": "b", "date": None}]) == {"a": "a", "b": "b"}


def test_stories_short_texts_are_their_own_story():
    stories = Stories()
    stories.add("a", "North Korea sent troops to Russia.")
    stories.add("b", "North Korea sent troops to Russia on Monday.")
    assert set(stories.of([{"id": "a"}, {"id": "b"}]).values()) == {"a", "b"}


def _copies(folder, n_copies, seed=0):
    """Write the sample articles and `n_copies` edited copies of them into `folder`; the copies are dated later."""
    rng = random.Random(seed)
    originals = sorted(data_file("articles").iterdir(), key=lambda p: p.name)
    for path in originals:
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    for i in range(n_copies):
        source = originals[i % len(originals)]
        article = parse_text(source.read_text(encoding="utf-8"), id=source.stem)
        lines = article.text.splitlines()
        del lines[rng.randrange(2, len(lines))]  # a paragraph cut
        lines[1] = "SEOUL (Wire) - " + lines[1]
        body = "\n".join(lines).replace(" said ", " stated ", 1).replace("Oct.", "October", 1)
        header = f"title: UPDATE {i}: {article.title}\ndate: 2024-11-{1 + i % 28:02d}\n\n"
        (folder / f"copy_{i:02d}.txt").write_text(
            header + body + f"\n(Update {i}; editing by the desk)\n", encoding="utf-8"
        )


@pytest.fixture(scope="module")
def copied_graph(tmp_path_factory):
    folder = tmp_path_factory.mktemp("copies")
    _copies(folder, 40)
    return build([str(folder)])


def test_stories_forty_edited_copies_give_the_sources_of_the_five(sample_graph, copied_graph):
    G, C = sample_graph, copied_graph
    assert len(C.graph["articles"]) == 45
    assert {a["story"] for a in C.graph["articles"]} == {a["id"] for a in G.graph["articles"]}
    for u, v, k, d in G.edges(keys=True, data=True):
        assert C.edges[u, v, k]["sources"] == d["sources"], (u, k, v)
    deploys = C.edges["north-korea", "russia", "deploys"]
    assert deploys["weight"] == G.edges["north-korea", "russia", "deploys"]["weight"]
    assert len(deploys["evidence"]) > 5 * len(G.edges["north-korea", "russia", "deploys"]["evidence"])  # all kept
