"""What must hold on the five bundled sample reports (real news text)."""


def _edge(G, u, v, rel):
    assert G.has_edge(u, v, rel), f"missing {u} -{rel}-> {v}"
    return G.edges[u, v, rel]


def test_sample_aliases_point_to_one_state(sample_graph):
    aliases = set(sample_graph.nodes["north-korea"]["aliases"])
    assert {"Pyongyang", "the North", "North Korean"} <= aliases
    assert "Kyiv" in sample_graph.nodes["ukraine"]["aliases"]


def test_sample_no_node_for_places_bylines_media_or_numbers(sample_graph):
    labels = {d["label"].casefold() for _, d in sample_graph.nodes(data=True)}
    aliases = {a.casefold() for _, d in sample_graph.nodes(data=True) for a in d["aliases"]}
    for name in ("kursk", "frances ibiefo", "reuters", "tuesday", "10,000", "brussels", "kyiv independent"):
        assert name not in labels | aliases


def test_sample_north_korea_deploys_to_russia_in_every_report(sample_graph):
    edge = _edge(sample_graph, "north-korea", "russia", "deploys")
    articles = {a["id"] for a in sample_graph.graph["articles"]}
    assert {ev["article"] for ev in edge["evidence"]} == articles
    quantities = " ".join(ev["quantity"] or "" for ev in edge["evidence"])
    assert "10,000" in quantities and "11,000" in quantities
    assert edge["contested"]
    factual = [ev for ev in edge["evidence"] if ev["modality"] in ("asserted", "reported")]
    assert edge["weight"] == len(factual) < len(edge["evidence"])  # the alleged reports are counted apart
    assert edge["sources"] == len({ev["article"] for ev in factual}) >= 4
    assert sum(edge["counts"].values()) == len(edge["evidence"])  # the sample has no near-duplicates


def test_sample_yoon_is_one_leader_of_south_korea(sample_graph):
    yoon = sample_graph.nodes["yoon-suk-yeol"]
    assert yoon["type"] == "leader" and yoon["affiliation"] == "south-korea"
    assert {"Yoon Suk-yeol", "Yoon"} <= set(yoon["aliases"])
    _edge(sample_graph, "yoon-suk-yeol", "south-korea", "leads")
    _edge(sample_graph, "yoon-suk-yeol", "andrzej-duda", "meets")


def test_sample_south_korea_supplies_ukraine_aid_and_negated_arms(sample_graph):
    evidence = _edge(sample_graph, "south-korea", "ukraine", "supplies")["evidence"]
    modality = {ev["modality"] for ev in evidence}
    assert {"asserted", "negated"} <= modality
    refrained = [ev for ev in evidence if "refrained" in ev["sentence"]]
    assert refrained and refrained[0]["modality"] == "negated"


def test_sample_russia_denies_north_korean_troops_and_co_deniers_do_not_deny_each_other(sample_graph):
    _edge(sample_graph, "russia", "north-korea", "denies")  # "denied the presence of North Korean troops"
    # "Russia and North Korea initially denied these allegations": they deny the claims, not each other
    assert not sample_graph.has_edge("north-korea", "russia", "denies")


def test_sample_evidence_offsets_point_at_the_sentence(sample_graph):
    from actorgraph.ingest import read_articles
    from actorgraph.resources import data_file

    texts = {a.id: a.text for a in read_articles([str(data_file("articles"))])}
    for _, _, d in sample_graph.edges(data=True):
        for ev in d["evidence"]:
            assert texts[ev["article"]][ev["start"] : ev["end"]] == ev["sentence"]


def test_sample_graph_validates_against_schema(sample_graph):
    from actorgraph.fileformat import to_data, validate

    validate(to_data(sample_graph))


def test_sample_equipment_of_the_south_korean_military_is_south_korea_s(sample_graph):
    # "additional deliveries of South Korean military equipment to Poland"
    _edge(sample_graph, "south-korea", "poland", "supplies")
    assert not sample_graph.has_edge("south-korea-military", "poland", "supplies")


def test_sample_supporting_us_led_sanctions_is_no_support_of_the_united_states(sample_graph):
    assert not sample_graph.has_edge("south-korea", "united-states", "supports")


def test_sample_inverted_attribution_names_the_speaker_after_the_verb(sample_graph):
    # "North Korean troops preparing to help Russia's war in Ukraine a 'grave security threat,' says South Korea"
    # (preparing to help is an intent to aid, CAMEO 033: the edge is pledges)
    evidence = _edge(sample_graph, "north-korea", "russia", "pledges")["evidence"]
    headline = [ev for ev in evidence if ev["sentence"].endswith("says South Korea")]
    assert headline and {ev["said_by"] for ev in headline} == {"south-korea"}


def test_sample_background_war_is_not_made_hypothetical_by_its_clause(sample_graph):
    # "Moscow and Pyongyang have deepened military cooperation as Russia seeks arms ... in its full-scale war"
    evidence = _edge(sample_graph, "russia", "ukraine", "attacks")["evidence"]
    [seeks] = [ev for ev in evidence if "seeks arms" in ev["sentence"]]
    assert seeks["modality"] == "asserted"


def test_sample_evidence_carries_both_sides_cameo_actor_codes(sample_graph):
    # "North Korean troops being sent to Russia": the troops are North Korea's military, coded as the article names them
    evidence = _edge(sample_graph, "north-korea", "russia", "deploys")["evidence"]
    assert {(ev["source_cameo"], ev["target_cameo"]) for ev in evidence} >= {("PRKMIL", "RUS")}
    supplies = _edge(sample_graph, "south-korea", "ukraine", "supplies")["evidence"]
    assert {ev["source_cameo"] for ev in supplies} == {"KOR"}


def test_sample_engaging_north_korean_specialists_is_no_attack(sample_graph):
    """Regression: "Russia is planning to train and engage not only infantry but also North Korean
    specialists" gave the wrong edge russia -attacks-> north-korea (ENGAGE's block code, 190)."""
    assert not sample_graph.has_edge("russia", "north-korea", "attacks")


def test_sample_they_are_the_officials_the_sentence_before_names(sample_graph):
    # "senior South Korean officials denounced … They characterised North Korea as 'a criminal group'"
    edge = _edge(sample_graph, "south-korea", "north-korea", "accuses")
    assert [ev["sentence"].split()[0] for ev in edge["evidence"]] == ["They"]
