"""What tests compare the events of a sentence by: their edges, with or without the modality."""


def edges(events):
    """Return the ``(agent, relation, target)`` of `events`, as a set."""
    return {(e.agent, e.relation, e.target) for e in events}


def triples(events):
    """Return the ``(agent, relation, target, modality)`` of `events`, as a set."""
    return {(e.agent, e.relation, e.target, e.modality) for e in events}
