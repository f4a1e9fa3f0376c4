"""Wire credits and datelines before a lead are their own sentence, so they are not parsed as its subject."""

import pytest


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("Rebels Seize Town (Reuters). Reuters - The Kenyan army on Monday shelled a rebel camp.", "The Kenyan army"),
        ("AFP - Peru has rejected an offer from Ecuador.", "Peru has"),
        ("NAIROBI (AP) - Kenya expelled two Somali diplomats.", "Kenya expelled"),
        ("KAMPALA, Uganda -- Uganda closed its border.", "Uganda closed"),
    ],
)
def test_credits_end_before_the_lead(nlp, text, lead):
    sentences = [s.text for s in nlp(text).sents]
    assert any(s.startswith(lead) for s in sentences), sentences


def test_credits_a_spaced_dash_in_a_sentence_splits_nothing(nlp):
    text = "Chile - the country that won the vote - said nothing."
    assert [s.text for s in nlp(text).sents] == [text]


def test_credits_the_lead_is_coded_with_its_own_subject(extract_sentences):
    """Regression: a lead after a wire credit ("Reuters - ") had the credit as its subject and the council as
    its apposition, so the sanction had no agent."""
    _, events = extract_sentences(
        "Council Punishes Eritrea (Reuters). Reuters - The UN Security Council imposed sanctions on Eritrea on Tuesday."
    )
    assert ("un-security-council", "sanctions", "eritrea") in {(e.agent, e.relation, e.target) for e in events}
