"""Resolution across a corpus: one node per real-world actor."""

from actorgraph.build import build


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(f"date: 2024-11-0{len(name) % 9 + 1}\n\n{text}", encoding="utf-8")
    return path


def test_resolve_unnamed_office_holder_is_the_named_leader_of_the_article(tmp_path):
    named = _write(
        tmp_path,
        "a.txt",
        "French President Emmanuel Macron flew to Berlin on Monday. "
        "Poland's foreign minister later met the French president.",
    )
    G = build([named])
    assert "emmanuel-macron" in G and "france-presidential-office" not in G
    assert G.has_edge("poland-foreign", "emmanuel-macron", key="meets")
    assert "French president" in G.nodes["emmanuel-macron"]["aliases"]
    assert G.nodes["emmanuel-macron"]["label"] == "Emmanuel Macron"


def test_resolve_unnamed_office_holder_without_a_named_leader_is_the_office(tmp_path):
    G = build([_write(tmp_path, "b.txt", "The Iraqi foreign minister met Japan's prime minister in Tokyo.")])
    assert "iraq-foreign" in G and G.nodes["iraq-foreign"]["type"] == "agency"
    assert not [n for n in G if n.startswith("office")]
