"""Find typed relations between actor mentions in a parsed article, one rule per construction."""

import bisect

from .actors import registry
from .lexicon import load_lexicon, noun_lemmas
from .modality import location_of, modality_of, quantity_of, said_by_of
from .records import Event
from .tokens import tokens_with

__all__ = ["Event", "find_events", "ArgumentIndex"]

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "obj", "attr", "oprd"})
CLIMB_DEPS = frozenset({"xcomp", "conj", "advcl", "pcomp", "ccomp"})
TARGET_PREPS = frozenset(
    {"to", "with", "against", "for", "on", "into", "over", "about", "at", "toward", "towards", "of", "between", "in"}
)
RECIPIENT_PREPS = frozenset({"to", "for"})
DESTINATION_PREPS = frozenset({"to", "into", "in", "toward", "towards"})
LIGHT_VERBS = frozenset(
    {
        "hold",
        "have",
        "sign",
        "launch",
        "conduct",
        "impose",
        "issue",
        "make",
        "raise",
        "sound",
        "express",
        "announce",
        "begin",
        "start",
        "deepen",
        "wage",
        "carry",
        "stage",
        "reach",
        "conclude",
        "finalise",
        "finalize",
        "strike",
        "give",
        "provide",
        "offer",
        "pledge",
        "extend",
        "deliver",
        "continue",
        "step",
        "seek",
        "lend",
        "voice",
        "mount",
        "fight",
        "lead",
        "pursue",
        "resume",
        "intensify",
        "escalate",
        "press",
    }
)
#: Pronouns that stand for an actor named nearby (see `ArgumentIndex.antecedent`).
PRONOUNS = frozenset({"it", "its", "i", "we", "his", "her"})
#: Possessives that stand for the subject of their clause ("Iraqi forces continued their offensive").
CLAUSE_POSSESSIVES = frozenset({"their", "its"})
CLAUSE_POSSESSIVE_PREPS = frozenset({"in", "with", "during", "amid"})
HYPHENS = frozenset({"-", "\u2010", "\u2011"})
ADVERBIAL_PREPS = frozenset({"after", "during", "following", "before", "amid", "ahead"})


class ArgumentIndex:
    """Maps tokens to the actors they stand for, in one Doc.

    A token stands for an actor when it lies in the actor's mention, or when it
    heads a group noun modified by one ("North Korean troops", "Russia's
    army"): the troops of a state stand for the state.
    """

    def __init__(self, doc, mentions):
        self.doc = doc
        self.lex = load_lexicon()
        self.by_token = {}
        for m in mentions:
            for i in range(m.start, m.end):
                self.by_token.setdefault(i, m)
        self._sents = None

    def sent(self, token):
        """Return the sentence of `token` (as ``token.sent``, which scans the Doc on every call)."""
        if self._sents is None:
            self._sents = list(self.doc.sents)
            self._starts = [s.start for s in self._sents]
        return self._sents[bisect.bisect_right(self._starts, token.i) - 1]

    def mention(self, token):
        """Return the Mention `token` belongs to, or None."""
        return self.by_token.get(token.i)

    def antecedent(self, token):
        """Return the actor a pronoun refers to, or None.

        "his" and "her" take the nearest person named before them in the sentence; "its"
        takes the nearest state or alliance named before it in the sentence
        ("sent to Russia to assist its war"); "it" takes the subject of the
        sentence's main verb when that comes first ("South Korea said it would"),
        else the main subject of the previous sentence. "I" and "we" in a quote
        are its speaker. These are the readings news prose makes safe.
        """
        if token.lower_ in ("i", "we"):
            root = self.sent(token).root
            if root.lemma_.lower() in self.lex.report_verbs and root.i > token.i:
                return next((k for s in _children(root, SUBJECT_DEPS) for k in self.actors(s)), None)
            return None
        if token.lower_ in ("his", "her"):
            return self._person_antecedent(token)
        sent = self.sent(token)
        if token.lower_ == "its":
            for i in range(token.i - 1, sent.start - 1, -1):
                m = self.by_token.get(i)
                if m is not None and m.type in ("state", "alliance") and m.role != "demonym":
                    return m.key
        sents = [sent] + ([self.sent(self.doc[sent.start - 1])] if sent.start > 0 else [])
        for s in sents:
            for subject in _children(s.root, SUBJECT_DEPS):
                if subject.i < token.i:
                    m = self.by_token.get(subject.i) or self.by_token.get(
                        next((c.i for c in subject.children if c.dep_ == "poss"), -1)
                    )
                    if m is not None and m.type in ("state", "alliance", "agency"):
                        return m.key
        return None

    def _person_antecedent(self, token):
        """Return the person "his"/"her" stands for: the speaker of the clause it is in ("Erdogan,
        after talks with Putin, said his army …"), else the one person named before it, else None."""
        head = token.head
        while head.head.i != head.i:
            if head.dep_ in ("ccomp", "parataxis") and head.head.lemma_.lower() in self.lex.report_verbs:
                speakers = [self.by_token.get(s.i) for s in _children(head.head, SUBJECT_DEPS)]
                return next((m.key for m in speakers if m is not None and m.role == "person"), None)
            head = head.head
        named = {
            m.key
            for i in range(self.sent(token).start, token.i)
            for m in [self.by_token.get(i)]
            if m is not None and m.role == "person"
        }
        return named.pop() if len(named) == 1 else None

    def actor(self, token, *, groups=True, locative=False):
        """Return the actor key `token` stands for, or None.

        Capitals under a locative preposition ("in Pyongyang") are places, not
        actors. Demonyms count only through the noun they modify. "it" and "its"
        stand for their antecedent (see `antecedent`).
        """
        if token.lower_ in PRONOUNS and token.dep_ in ("nsubj", "nsubjpass", "poss"):
            return self.antecedent(token)
        m = self.by_token.get(token.i)
        if m is not None:
            if (
                m.role == "capital"
                and not locative
                and token.head.dep_ == "prep"
                and token.head.lower_ in self.lex.locative_preps
            ):
                return None
            if m.role == "demonym" and token.i != m.start:
                return None
            if m.role == "demonym":
                return (
                    m.key
                    if token.head.i not in range(m.start, m.end)
                    and self._is_group(token.head)
                    and self._owns(m, token.head)
                    else None
                )
            return m.key
        if groups and self._is_group(token):
            return self.owner(token)
        return None

    def _owns(self, mention, noun):
        """False for a state's name on irregular forces: "Syrian rebels" are not Syria's."""
        return not (mention.type == "state" and noun.lemma_.lower() in self.lex.irregular_nouns)

    def _is_group(self, token):
        return not noun_lemmas(token).isdisjoint(self.lex.group_nouns | self.lex.force_nouns)

    def owner(self, token):
        """Return the actor owning a noun: its possessor, demonym, compound, "of X" or "from X" (or None)."""
        for child in token.children:
            if child.dep_ in ("poss", "amod", "compound", "nmod"):
                m = self.by_token.get(child.i)
                if m is not None:  # "Hezbollah fighters", "Kurdish militias", "Assad's forces"
                    return m.key if self._owns(m, token) else None
                if child.dep_ == "poss" and child.lower_ in PRONOUNS:  # "its troops", "his forces"
                    key = self.antecedent(child)
                    if key:
                        return key
            if child.dep_ == "prep" and child.lower_ in ("from", "of"):  # "the government of Iraq"
                for pobj in child.children:
                    if pobj.i in self.by_token:
                        return self.by_token[pobj.i].key
        return None

    def actors(self, token, **kw):
        """Return the actor keys of `token` and its coordinated tokens ("Russia and North Korea")."""
        keys = []
        for t in [token, *token.conjuncts]:
            key = self.actor(t, **kw)
            if key and key not in keys:
                keys.append(key)
        return keys

    def inside(self, token):
        """Return the actors a noun phrase is about: itself, else its possessor or "of X" ("Russia's war")."""
        keys = self.actors(token)
        if keys:
            return keys
        for c in token.children:
            if c.dep_ in ("poss", "amod", "compound", "nmod"):
                keys += [k for k in self.actors(c) + self.led_by(c) if k not in keys]
            elif c.dep_ == "prep" and c.lower_ == "of":
                keys += [k for o in c.children if o.dep_ == "pobj" for k in self.actors(o) if k not in keys]
        return keys

    def led_by(self, token):
        """Return the actors of an "X-led" modifier ("U.S.-led sanctions"), else []."""
        if token.lower_ != "led":
            return []
        return [k for c in token.children for k in self.actors(c)]


def _children(token, deps):
    return [c for c in token.children if c.dep_ in deps]


def _prep_objects(token, preps):
    """Yield ``(prep, pobj)`` for prepositional children of `token` whose preposition is in `preps`."""
    for prep in token.children:
        if prep.dep_ in ("prep", "dative", "agent") and prep.lower_ in preps:
            for pobj in prep.children:
                if pobj.dep_ in ("pobj", "pcomp"):
                    yield prep.lower_, pobj
        elif prep.dep_ == "dative":
            yield "to", prep


def _noun_prep_objects(noun, preps):
    """Yield ``(prep, pobj)`` of a noun and of a participle modifying it.

    The parser often hangs the phrase on the participle: "the agreement reached
    between X and Y", "talks held with Y", "the deal signed by X".
    """
    yield from _prep_objects(noun, preps)
    for acl in _children(noun, {"acl"}):
        if acl.tag_ == "VBN":
            yield from _prep_objects(acl, preps)


def _is_passive(verb):
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or (verb.dep_ == "acl" and verb.tag_ == "VBN")


def _subjects(verb, idx):
    """Return the agent keys of a verb, climbing xcomp/conj/advcl chains for a shared subject."""
    token = verb
    for _ in range(4):
        if _is_passive(token) and token.i == verb.i:
            agents = [k for _, p in _prep_objects(token, {"by"}) for k in idx.actors(p)]
            return agents
        subjects = _children(token, SUBJECT_DEPS)
        if subjects and token.dep_ == "relcl" and subjects[0].lower_ in ("which", "who", "that"):
            return idx.actors(token.head)  # "Hezbollah, which fought …": the relative's antecedent
        if subjects:
            return [k for s in subjects for k in idx.actors(s)]
        if token.dep_ == "acl" and token.tag_ == "VBG":
            return idx.actors(token.head)
        if token.dep_ == "pcomp" and token.head.dep_ == "prep":
            # "its policy of not supplying": the owner of the noun; "refrained from supplying": climb.
            governor = token.head.head
            if governor.pos_ in ("NOUN", "PROPN"):
                return [k for c in governor.children if c.dep_ == "poss" for k in idx.actors(c)]
            token = governor
            continue
        if token.dep_ not in CLIMB_DEPS or token.head.i == token.i:
            return []
        token = token.head
    return []


def _clause_agents(token, idx):
    """Return the actor subjects of the nearest verb above `token` that has a subject ("after talks with")."""
    head = token
    for _ in range(6):
        if head.head.i == head.i or head.dep_ in ("ccomp", "parataxis"):
            break
        head = head.head
        subjects = _children(head, SUBJECT_DEPS) if head.pos_ in ("VERB", "AUX") else []
        if subjects:
            return [k for s in subjects for k in idx.actors(s)]
    return []


def _complement_agents(verb, idx):
    """Return the agents of a clause complement ("confirm that North Korean troops were sent")."""
    for clause in _children(verb, {"ccomp"}):
        agents = _subjects(clause, idx)
        passive = _children(clause, PASSIVE_SUBJECT_DEPS)
        if not agents and passive:
            agents = [k for k in [idx.owner(passive[0])] if k]
        if agents:
            return agents
    return []


def _theme(verb):
    """Return the direct object, or the passive subject, or the noun a passive participle modifies."""
    objects = _children(verb, OBJECT_DEPS)
    if objects:
        return objects[0]
    passive = _children(verb, PASSIVE_SUBJECT_DEPS)
    if passive:
        return passive[0]
    if verb.dep_ == "acl":
        return verb.head
    return None


def _object_class_ok(entry, theme, lex):
    """True when the trigger entry's object constraint (``forces``/``materiel``/``agreement``) holds."""
    wanted = entry.get("object")
    if not wanted:
        return True
    if theme is None:
        return False
    words = {"forces": lex.force_nouns, "materiel": lex.materiel_nouns, "agreement": lex.agreement_nouns}[wanted]
    modifiers = [t.lemma_.lower() for t in theme.children if t.dep_ in ("compound", "amod")]
    return (
        theme.lemma_.lower() in words
        or any(w in words for w in modifiers)
        or (wanted == "forces" and "military" in modifiers)
    )


def _particle_ok(token, entry):
    """True unless the trigger needs a particle it lacks: "called on Russia to" requests, "called it a lie" not."""
    wanted = entry.get("particle")
    return not wanted or any(c.dep_ in ("prt", "prep") and c.lower_ == wanted for c in token.children)


def _constrained_object(token, entry):
    """Return the word a trigger's object constraint applies to.

    The subject of a motion verb ("troops are heading"), the object of another
    verb, the "of" phrase or compound of a noun ("dispatch of troops", "troop presence").
    """
    if token.pos_ in ("VERB", "AUX"):
        return (_children(token, SUBJECT_DEPS) or [None])[0] if entry.get("motion") else _theme(token)
    return next((o for _, o in _prep_objects(token, {"of"})), None) or next(
        (c for c in token.children if c.dep_ == "compound"), None
    )


def _verb_arguments(verb, entry, idx):
    """Return ``(agents, targets, theme)`` for a verb trigger, by relation frame."""
    relation, theme = entry["relation"], _theme(verb)
    agents = _subjects(verb, idx)
    if entry.get("motion"):
        subject = (_children(verb, SUBJECT_DEPS) or [None])[0]
        theme = subject
        agents = [idx.owner(subject)] if subject is not None and idx.owner(subject) else []
    if relation == "supplies":
        targets = [k for p, o in _prep_objects(verb, RECIPIENT_PREPS) for k in idx.actors(o)]
        if not targets and theme is not None and any(p == "with" for p, _ in _prep_objects(verb, {"with"})):
            targets, theme = idx.actors(theme), next(o for _, o in _prep_objects(verb, {"with"}))
        return agents, targets, theme
    if relation == "deploys":
        if theme is not None and not agents:
            agents = [k for k in [idx.owner(theme)] if k]
        targets = _destinations(verb, idx)
        if entry.get("motion") and not targets:  # "troops entered Georgia": the object is where they went
            for obj in _children(verb, OBJECT_DEPS):
                targets += [k for k in idx.actors(obj, groups=False, locative=True) or [_place_state(obj)] if k]
        return agents, targets, theme
    if relation in ("meets", "agrees", "cooperates"):
        targets = [k for _, o in _prep_objects(verb, {"with"}) for k in idx.actors(o)]
        if theme is not None and not targets:
            targets = idx.actors(theme)
        return agents, targets, theme
    taken_from = [
        k
        for t in [verb, theme]
        if t is not None and entry.get("from")  # "from" on either
        for _, o in _prep_objects(t, {"from"})
        for k in idx.actors(o)
    ]
    if entry.get("from") == "only":  # "liberated Mosul from ISIL": the theme is freed, not attacked
        return agents, taken_from, theme
    targets = idx.inside(theme) if theme is not None else []
    if not targets:
        targets = taken_from or [k for _, o in _prep_objects(verb, TARGET_PREPS - {"in", "of"}) for k in idx.inside(o)]
    if not targets and relation in ("confirms", "denies", "warns"):
        targets = _complement_agents(verb, idx)
    return agents, targets, theme


def _place_state(token):
    """Return the state id of a gazetteer PLACE token ("Kursk" -> russia), or None."""
    return token.ent_id_ if token.ent_type_ == "PLACE" and token.ent_id_ else None


def _destinations(token, idx):
    """Return the actors a deployment goes to: "to Russia", "to Kursk" (a place in Russia), "to Russia's far east"."""
    found = []
    for _, pobj in _prep_objects(token, DESTINATION_PREPS):
        keys = idx.actors(pobj, groups=False, locative=True)
        if not keys:
            near = [pobj] + [c for c in pobj.children if c.dep_ in ("poss", "compound")]
            keys = [
                k
                for c in near
                for k in [_place_state(c) or (c.i != pobj.i and idx.actor(c, groups=False, locative=True))]
                if k
            ]
        found += [k for k in keys if k not in found]
    return found


def _demonym_agent(token, idx):
    """Return ``[state]`` for a demonym modifying an event noun ("Israeli strikes", "the Russian invasion"), else [].

    Not on a conflict noun: "the Lebanese war" is a war in Lebanon, not one Lebanon wages.
    """
    m = idx.mention(token)
    if token.head.lemma_.lower() in idx.lex.conflict_nouns:
        return []
    return [m.key] if m is not None and m.role == "demonym" and token.dep_ == "amod" and token.i == m.start else []


def _hyphen_pair(noun, idx):
    """Return the two actors of an "X-Y" modifier just before a noun, else [].

    "the U.S.-Philippine partnership", "Russia-Iran talks": both sides, demonyms
    included, are named by one hyphenated modifier.
    """
    doc = noun.doc
    right = idx.mention(doc[noun.i - 1]) if noun.i >= 3 else None
    if right is None or right.end != noun.i or right.start < 2:
        return []
    hyphen = doc[right.start - 1]
    left = idx.mention(doc[right.start - 2])
    if (
        hyphen.text not in HYPHENS
        or hyphen.whitespace_
        or doc[right.start - 2].whitespace_
        or left is None
        or left.end != right.start - 1
        or left.key == right.key
    ):
        return []
    return [left.key, right.key]


def _noun_arguments(noun, entry, idx):
    """Return ``(agents, targets, theme)`` for a nominal trigger ("Russia's invasion of Ukraine")."""
    relation = entry["relation"]
    agents = [
        k
        for c in noun.children
        if c.dep_ in ("poss", "amod", "compound", "nmod")
        for k in idx.actors(c) + idx.led_by(c) + _demonym_agent(c, idx)
    ]
    agents += [k for _, o in _noun_prep_objects(noun, {"by"}) for k in idx.actors(o)]
    theme = next((o for p, o in _prep_objects(noun, {"of"})), None)
    if relation == "deploys":
        compound_theme = next(
            (c for c in noun.children if c.dep_ == "compound" and c.lemma_.lower() in idx.lex.force_nouns), None
        )
        theme = theme or compound_theme
        if theme is not None and not agents:
            agents = [k for k in [idx.owner(theme)] if k]
        return agents, _destinations(noun, idx), theme
    if (
        relation in ("meets", "agrees", "cooperates")
        and len(between := [k for _, o in _noun_prep_objects(noun, {"between"}) for k in idx.actors(o)]) >= 2
    ):
        return between[:1], between[1:], theme
    if idx.lex.info(relation).symmetric and (pair := _hyphen_pair(noun, idx)):
        return pair[:1], pair[1:], theme
    if not agents and noun.dep_ in OBJECT_DEPS and noun.head.lemma_.lower() in LIGHT_VERBS:
        agents = _subjects(noun.head, idx)
    if not agents and noun.dep_ == "pobj" and noun.head.lower_ in ADVERBIAL_PREPS:
        agents = _clause_agents(noun.head, idx)
    if (
        not agents
        and any(c.dep_ == "poss" and c.lower_ in CLAUSE_POSSESSIVES for c in noun.children)
        and (
            (noun.dep_ in OBJECT_DEPS and noun.head.lemma_.lower() in LIGHT_VERBS)
            or (noun.dep_ == "pobj" and noun.head.lower_ in CLAUSE_POSSESSIVE_PREPS)
        )
    ):
        # "X continued their offensive against Y", "X took a town in their battle with Y";
        # not "Iran condemned Israel for their attack", where "their" is not the subject's
        agents = _clause_agents(noun, idx)
    if (
        not agents
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "in"
        and not any(c.dep_ in ("det", "poss") for c in noun.children)
    ):
        # "X, in coordination with Y, …", "X is in talks with Y": a bare event noun after "in" is the subject's
        agents = _clause_agents(noun.head, idx)
    if relation in ("meets", "agrees", "cooperates"):
        targets = [k for _, o in _noun_prep_objects(noun, {"with", "between"}) for k in idx.actors(o)]
        return agents, targets, theme
    preps = TARGET_PREPS if relation == "attacks" else TARGET_PREPS - {"in"}
    targets = [k for _, o in _noun_prep_objects(noun, preps) for k in idx.inside(o)]
    if not targets and noun.dep_ in OBJECT_DEPS and noun.head.lemma_.lower() in LIGHT_VERBS:
        # "launched an offensive against Y": the parser often hangs the target on the light verb
        targets = [k for _, o in _prep_objects(noun.head, preps - {"of"}) for k in idx.inside(o)]
    if relation == "supplies":
        targets = [k for _, o in _prep_objects(noun, RECIPIENT_PREPS) for k in idx.actors(o)]
        if not agents and theme is not None:
            agents = [k for k in [idx.owner(theme)] if k]
    return agents, targets, theme


def _pairs(agents, targets, symmetric):
    """Yield (agent, target) pairs; coordinated agents of a symmetric relation pair with each other."""
    for a in agents:
        for t in targets:
            if a != t:
                yield a, t
    if symmetric and not targets:
        for i, a in enumerate(agents):
            for t in agents[i + 1 :]:
                yield a, t


def _denial_pairs(agents, targets):
    """Yield denial pairs: a denier denies the claim about the others it names, or its co-deniers."""
    for a in agents:
        others = [t for t in targets if t != a] or [t for t in agents if t != a]
        for t in others:
            yield a, t


def _joins_an_action(verb, lex):
    """True for "joined the EU in imposing sanctions": joining others in an act, not as a member."""
    for prep in _children(verb, {"prep"}):
        if prep.lower_ != "in":
            continue
        for obj in prep.children:
            if obj.dep_ == "pcomp" or obj.tag_ == "VBG" or (obj.lemma_.lower(), "NOUN") in lex.triggers:
                return True
    return False


def _memberships(tokens, idx):
    """Yield ``(member, alliance, token)`` for membership stated at `tokens` (a sentence's member and join words).

    "Finland joined NATO", "Turkey is a member of NATO", "Hungary, a member of the EU",
    "NATO member Turkey", "Sweden became a NATO member". The member must be a state or an
    alliance and the other side an alliance, so "US ally Israel" is no membership.
    """
    lex = idx.lex
    kinds = registry()

    def alliances(tokens):
        return [m.key for t in tokens for m in [idx.mention(t)] if m is not None and m.type == "alliance"]

    def members(keys):
        return [k for k in keys if kinds.get(k, {}).get("type") in ("state", "alliance")]

    for token in tokens:
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN" and lemma in lex.membership_nouns:
            groups = alliances(
                [o for _, o in _prep_objects(token, {"of"})] + [c for c in token.children if c.dep_ == "compound"]
            )
            if token.dep_ in OBJECT_DEPS:
                found = _subjects(token.head, idx)
            elif token.dep_ in ("appos", "compound"):
                found = idx.actors(token.head)
            else:
                continue
        elif token.pos_ == "VERB" and lemma in lex.join_verbs and not _joins_an_action(token, lex):
            groups = alliances(
                [o for o in _children(token, OBJECT_DEPS)] + [o for _, o in _prep_objects(token, {"to"})]
            )
            subjects = _children(token, SUBJECT_DEPS) or (  # "Serbia wants to join": the wanting subject
                _children(token.head, SUBJECT_DEPS) if token.dep_ == "xcomp" else []
            )
            found = [k for s in subjects for k in idx.actors(s)]
        else:
            continue
        for member in members(found):
            for group in groups:
                if member != group:
                    yield member, group, token


def _triggers(tokens, lex):
    """Yield ``(token, entry)`` for every lexicon trigger among `tokens`."""
    for token in tokens:
        pos = "VERB" if token.pos_ in ("VERB", "AUX") else "NOUN" if token.pos_ == "NOUN" else None
        if pos is None:
            continue
        for entry in lex.triggers.get((token.lemma_.lower(), pos), ()):
            yield token, entry


def find_events(doc, mentions, *, skip=()):
    """Return the Events of a parsed Doc.

    Parameters
    ----------
    doc : spacy.tokens.Doc
    mentions : list of Mention
        From `actorgraph.actors.find_mentions`.
    skip : sequence of (start, end)
        Character ranges to ignore (boilerplate).

    Returns
    -------
    list of Event
        One per (agent, target, relation) and sentence. Affiliation events
        (``leads``, ``part_of``) come from titled persons and agency descriptions.
    """
    lex, idx = load_lexicon(), ArgumentIndex(doc, mentions)
    events, seen = [], set()

    def add(relation, agent, target, token, theme=None, affiliation=False):
        sent = idx.sent(token)
        if agent == target or (relation, agent, target, sent.start) in seen:
            return
        seen.add((relation, agent, target, sent.start))
        events.append(
            Event(
                relation=relation,
                agent=agent,
                target=target,
                trigger=token.text,
                start=sent.start_char,
                end=sent.end_char,
                # An office named in apposition is stated, not reported.
                modality="asserted" if affiliation else modality_of(token, lex),
                said_by=None if affiliation else said_by_of(token, idx, lex),
                quantity=quantity_of(theme) if theme is not None else None,
                location=None if affiliation else location_of(token, idx),
            )
        )

    # Only the tokens whose lemma a rule looks for, found once per Doc.
    triggers = tokens_with(doc, lemmas=lex.trigger_lemmas)
    joins = tokens_with(doc, lemmas=lex.membership_nouns | lex.join_verbs)
    for sent in doc.sents:
        if any(s <= sent.start_char < e for s, e in skip):
            continue
        for token, entry in _triggers([t for t in triggers if sent.start <= t.i < sent.end], lex):
            if not _object_class_ok(entry, _constrained_object(token, entry), lex) or not _particle_ok(token, entry):
                continue
            frame = _verb_arguments if token.pos_ in ("VERB", "AUX") else _noun_arguments
            agents, targets, theme = frame(token, entry, idx)
            symmetric = lex.info(entry["relation"]).symmetric
            pairs = (
                _denial_pairs(agents, targets)
                if lex.info(entry["relation"]).pairing == "denial"
                else _pairs(agents, targets, symmetric)
            )
            for a, t in pairs:
                add(entry["relation"], a, t, token, theme)
        for member, group, token in _memberships([t for t in joins if sent.start <= t.i < sent.end], idx):
            add("member_of", member, group, token)
    for m in mentions:
        if m.affiliation and m.type in ("leader", "agency") and m.role in ("person", "description"):
            relation = "leads" if m.heads_office else "part_of"
            add(relation, m.key, m.affiliation, doc[m.start], affiliation=True)
    return events
