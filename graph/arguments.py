"""Which actor a token stands for, in one parsed Doc: the `ArgumentIndex`, and the parse's dependency groups.

Construction functions (`actorgraph.constructions`) ask the index for the actors of the
tokens a construction points at; this module knows nothing about relation types.
"""

import bisect

from .actors import ARMED_SECTORS, ORGAN_SECTORS, agent_sector, registry, sector_actor
from .lexicon import load_lexicon, noun_lemmas
from .tokens import children_of, parse_of

__all__ = [
    "ArgumentIndex",
    "SUBJECT_DEPS",
    "PASSIVE_SUBJECT_DEPS",
    "OBJECT_DEPS",
    "CLIMB_DEPS",
    "PRONOUNS",
    "children_with",
    "prep_objects",
    "noun_prep_objects",
]

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "obj", "attr", "oprd"})
#: "acomp": "Syria is ready to resume talks" is Syria's resuming.
CLIMB_DEPS = frozenset({"xcomp", "conj", "advcl", "pcomp", "ccomp", "acomp"})
#: Words that stand for several actors named before them (see `ArgumentIndex.plural_antecedent`).
PLURAL_PRONOUNS = frozenset({"they", "them"})
#: Where "they" or "the two" can stand for actors: as a subject or an object.
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
SUBJECTS_ALL = frozenset({"nsubj", "nsubjpass"})
#: Actor types whose coordinated names own a group noun each ("French and German troops", "US and NATO forces").
OWNER_TYPES = frozenset({"state", "alliance"})
#: Actor types whose names in apposition make a list (see `ArgumentIndex.listed`).
LISTED_TYPES = frozenset({"state", "alliance"})
#: Actor types of a group noun whose members a list in brackets names (see `ArgumentIndex.bracketed_members`).
GATHERED_TYPES = frozenset({"alliance", "other"})
#: Marks around a group's members: "the Quartet (the US, Russia, the EU and the UN)", "the two - X and Y -".
OPENING_BRACKETS = frozenset({"(", "-", "--", "\u2013", "\u2014"})
#: How the small model attaches a list's next item when it misses the coordination: "Japan, India,
#: and Brazil met" as an apposition, "Chile, Peru, Bolivia and Ecuador" with Peru an npadvmod.
LIST_MISPARSES = frozenset({"appos", "npadvmod", "compound"})
#: How a body's name modifies a noun of its people or organs: "a UN panel", "NATO's commanders".
BODY_NAME_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
#: Entity labels of a modifier that names a reference noun's owner itself ("the Bush government").
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE"})
#: Nouns a state is named by with "of": "the republic of Georgia", "the kingdom of Jordan".
STATE_NOUNS = frozenset({"republic", "kingdom", "state", "country", "nation", "emirate", "sultanate", "federation"})
#: Pronouns that stand for an actor named nearby (see `ArgumentIndex.antecedent`).
PRONOUNS = frozenset({"it", "its", "i", "we", "he", "she", "his", "her"})
#: Object pronouns that stand for a person (`ArgumentIndex._object_person`).
OBJECT_PRONOUNS = frozenset({"him", "her"})


def _speaking_subjects(verb) -> list:
    """Return the subjects of a verb of saying, or of the verb a subjectless participle of saying hangs
    on: "Rice launched a drive, saying she would…", "… by saying she would" (Rice speaks)."""
    subjects = list(children_with(verb, SUBJECT_DEPS))
    while not subjects and verb.dep_ in ("advcl", "pcomp") and verb.head.i != verb.i:
        verb = verb.head.head if verb.dep_ == "pcomp" else verb.head  # "by saying": the preposition's verb
        subjects = list(children_with(verb, SUBJECT_DEPS))
    return subjects


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
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self._sents, self._references, self._actors = None, {}, {}

    def sentences(self) -> list:
        """Return the Doc's sentences, found once (``Doc.sents`` scans the Doc on every access)."""
        if self._sents is None:
            self._sents = list(self.doc.sents)
            self._starts = [s.start for s in self._sents]
        return self._sents

    def sent(self, token):
        """Return the sentence of `token` (as ``token.sent``, which scans the Doc on every call)."""
        return self.sentences()[bisect.bisect_right(self._starts, token.i) - 1]

    def mention(self, token):
        """Return the Mention `token` belongs to, or None."""
        return self.by_token.get(token.i)

    def antecedent(self, token):
        """Return the actor a pronoun refers to, or None.

        "he", "she", "his" and "her" take the speaker of their clause, else the one person named
        before them in the sentence, else the person subject of the sentence before; "its"
        takes the nearest state, alliance or organisation named before it in the sentence
        ("sent to Russia to assist its war", "fought Hamas and its allies"); "it" takes the
        subject of the sentence's main verb when that comes first ("South Korea said it
        would", "Hamas said it fired"), else the main subject of the previous sentence (see
        `_is_it`). "I" and "we" in a quote are its speaker. These are the readings news
        prose makes safe.
        """
        if token.lower_ in ("i", "we"):
            root = self.sent(token).root
            if root.lemma_.lower() in self.lex.report_verbs and root.i > token.i:
                return next((k for s in children_with(root, SUBJECT_DEPS) for k in self.actors(s)), None)
            return None
        if token.lower_ in ("he", "she", "his", "her"):
            return self._person_antecedent(token)
        sent = self.sent(token)
        if token.lower_ == "its":
            bound = self._clause_subject(token)
            if bound is not None:
                return bound
            for i in range(token.i - 1, sent.start - 1, -1):
                m = self.by_token.get(i)
                if m is not None and _is_it(m) and m.type != "agency" and m.role != "demonym":
                    return m.key
        sents = [sent] + ([self.sent(self.doc[sent.start - 1])] if sent.start > 0 else [])
        for s in sents:
            for subject in children_with(s.root, SUBJECT_DEPS):
                if subject.i < token.i:
                    m = self.by_token.get(subject.i) or self.by_token.get(
                        next((c.i for c in children_of(subject) if c.dep_ == "poss"), -1)
                    )
                    if m is not None and _is_it(m):
                        return m.key
        return None

    def _clause_subject(self, its):
        """Return the state or group "its" (or "their") is bound to by its clause, else None.

        On the subject of a reported clause it is the speaker's ("Iran, angry at Iraq, said its troops
        attacked"); on an object it is the subject of its own verb ("Saudi Arabia, angry at Yemen, told
        its citizens to leave"). Only a named subject before it, never one climbed to: in "troops sent
        to Russia to assist its war" the nearest state is the reading. "their" is bound so to one
        actor only ("The Taliban said their fighters attacked"), never to a coordinated subject.
        """
        noun = its.head
        while noun.dep_ in ("pobj", "prep") and noun.head.pos_ in ("NOUN", "PROPN", "ADP"):
            noun = noun.head  # "the withdrawal of its troops"
        verb = noun.head
        if noun.dep_ in SUBJECT_DEPS and verb.dep_ in ("ccomp", "parataxis"):
            verb = verb.head if verb.head.lemma_.lower() in self.lex.speech_verbs else verb
        elif noun.dep_ not in ("dobj", "pobj", "dative") or verb.pos_ not in ("VERB", "AUX"):
            return None
        heads = [verb, verb.head] if verb.dep_ == "conj" else [verb]  # "accused Syria … and said its army"
        subjects = [
            c for h in heads for c in children_with(h, SUBJECT_DEPS) if c.i < its.i and c.lower_ not in PRONOUNS
        ]
        if its.lower_ == "their" and any(s.conjuncts for s in subjects):
            return None  # "Russia and Belarus said their troops": two owners, not one
        keys = [self.by_token[s.i] for s in subjects if s.i in self.by_token]
        return next((m.key for m in keys if _is_it(m) and m.type != "agency" and m.role != "demonym"), None)

    def _person_antecedent(self, token):
        """Return the person "he"/"his" stands for: the speaker of the clause it is in ("Erdogan,
        after talks with Putin, said his army …"), else the one person named before it in its
        sentence, else the person subject of the sentence before, else None."""
        head = token.head
        while head.head.i != head.i:
            if head.dep_ in ("ccomp", "parataxis") and head.head.lemma_.lower() in self.lex.report_verbs:
                speakers = [self.by_token.get(s.i) for s in _speaking_subjects(head.head)]
                return next((m.key for m in speakers if m is not None and m.role in ("person", "office")), None)
            head = head.head
        sent = self.sent(token)
        named = self._persons_before(token)
        if named or sent.start == 0:
            return named.pop() if len(named) == 1 else None
        before = self.sent(self.doc[sent.start - 1]).root  # "Putin arrived on Monday. He met …"
        subjects = [self.by_token.get(s.i) for s in children_with(before, SUBJECT_DEPS)]
        return next((m.key for m in subjects if m is not None and m.role == "person"), None)

    def _object_person(self, token):
        """Return the person "him" or "her" as an object stands for, else None.

        A pronoun object is never its own clause's subject ("Hu sent a message to Sihamoni to
        congratulate him": not Hu), so it is the one other person named before it in its
        sentence. An infinitive or a second verb with no subject of its own has its governing
        verb's ("met Obama and praised him").
        """
        verb = token.head.head if token.dep_ == "pobj" else token.head
        subjects = list(children_with(verb, SUBJECT_DEPS))
        while not subjects and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.i != verb.i:
            verb = verb.head  # "met Obama and praised him", "called Erdogan to thank him"
            subjects = list(children_with(verb, SUBJECT_DEPS))
        named = self._persons_before(token) - {self.actor(s, groups=False) for s in subjects}
        return named.pop() if len(named) == 1 else None

    def _persons_before(self, token) -> set[str]:
        """Return the keys of the persons named before `token` in its sentence."""
        start = self.sent(token).start
        return {m.key for i in range(start, token.i) for m in [self.by_token.get(i)] if m and m.role == "person"}

    def actor(self, token, *, groups=True, locative=False):
        """Return the actor key `token` stands for, or None.

        Capitals under a locative preposition ("in Pyongyang") are places, not
        actors. Demonyms count only through the noun they modify. "it" and "its"
        stand for their antecedent (see `antecedent`), a group named through whom it
        follows for that group (`followed_group`), "the group" or "the country" for the
        actor it refers back to (`reference`), and a body's people for the body
        (`body_owner`).
        """
        if token.lower_ in PRONOUNS and token.dep_ in ("nsubj", "nsubjpass", "poss"):
            return self.antecedent(token)
        if token.lower_ in OBJECT_PRONOUNS and token.dep_ in ("dobj", "pobj", "dative"):
            return self._object_person(token)
        key = self.followed_group(token)  # before `reference`: "the group led by Kony" is Kony's
        key = key or (self.reference(token) if token.lower_ in self.lex.reference_nouns else None)
        if key is not None:
            return key
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
        return (self.body_owner(token) or self._apposed_name(token)) if groups else None

    def _apposed_name(self, token):
        """Return the actor a noun names in apposition after a comma ("China's military chief, General
        Liang", "its ally, Syria"), else None: the noun is that actor."""
        for child in children_with(token, {"appos"}):
            m = self.by_token.get(child.i)
            if m is not None and child.i > token.i and self.doc[child.left_edge.i - 1].text == ",":
                return m.key if m.role in ("person", "name") else None
        return None

    def reference(self, token):
        """Return the actor a definite noun refers back to ("the group", "the country", "the rebels"), else None.

        The noun takes up the one actor of its kind (``reference_nouns`` of the lexicon: a state
        for "the country" and "the government", an armed group for "the militants", any group
        or organisation for "the group") named before it in its sentence and the one before, as
        a clause's subject ("Chile recalled its envoy. The country accused Peru"; not "Hamas
        condemned Israel. The government …"); when none is named there, the one of its kind
        the article has named before it. Two or more such actors, and it stands for nobody: a
        reference is taken up only where a reader has no choice.
        """
        if token.i not in self._references:
            self._references[token.i] = self._refers_to(token) if self._is_reference(token) else None
        return self._references[token.i]

    def _refers_to(self, token):
        kinds = self.lex.reference_nouns[token.lower_]
        sent = self.sent(token)
        near = self.named_before(token, kinds, self.sent(self.doc[sent.start - 1]).start if sent.start else 0)
        if near:
            return near[0][0] if len(near) == 1 and near[0][1] else None
        keys = self.named_before(token, kinds, 0)
        return keys[0][0] if len(keys) == 1 else None

    def named_before(self, token, kinds, start):
        """Return ``[(key, subject)]`` for the distinct actors of `kinds` (see `referents`) named from
        token `start` up to `token`, `subject` True when one of its mentions there is a clause's
        subject (`_in_subject`); three at most (all that a reference needs to know: one, two, more)."""
        found = {}
        for m in self.mentions:
            if m.start >= token.i:
                break
            if m.start >= start and not self._is_reference(self.doc[m.end - 1]):
                for key in [k for kind, k in referents(m) if kind in kinds]:
                    found[key] = found.get(key, False) or _in_subject(self.doc[m.end - 1])
        return list(found.items())[:3]

    def _is_reference(self, token):
        """True for a reference noun used as one: with "the" and no owner or name of its own ("the
        group", "the Islamist group"; not "the Afghan government", "the government of Iraq"), and
        not the start of a name ("the Group of Eight")."""
        if token.lower_ not in self.lex.reference_nouns or token.pos_ not in ("NOUN", "PROPN"):
            return False
        m = self.by_token.get(token.i)
        if m is not None and not (m.role == "sector" and registry().get(m.key, {}).get("kind") == "sector"):
            return False  # a name's word ("the Islamic Movement of Uzbekistan"), or a state's organ
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(token)):
            return False
        for c in children_of(token):
            if c.dep_ in ("poss", "appos") or (c.dep_ == "prep" and c.lower_ in ("of", "from")):
                return False  # "Iraq's government", "the group, Hamas", "the government of Iraq"
            if c.dep_ in BODY_NAME_DEPS and (self.by_token.get(c.i) not in (None, m) or c.ent_type_ in NAME_LABELS):
                return False  # "the Afghan government", "the Hamas movement"
        return True

    def followed_group(self, token):
        """Return the group a noun of fighters or of a group names through whom it follows, else None.

        "the group led by Joseph Kony", "fighters loyal to the Taliban", "fighters of Kony's
        movement", "gunmen of the Taliban movement", "a militia linked to Kony" (a person's group: a
        group linked to another group is an affiliate, no one's own), "Zarqawi's group" (a person the dictionaries
        file under a group, `_groups_led`): when the dictionaries know the one it
        follows as a group (Phoenix files a group's leaders under the group: "Joseph Kony" is
        the Lord's Resistance Army), the noun is that group, over the bare sector noun
        ("rebels"). A person they do not know as a group's makes no node: no group is invented.
        """
        if not self._is_follower(token):
            return None
        for c in children_of(token):
            linked = c.dep_ == "acl" and c.lemma_.lower() == "link"
            if linked:  # "a group linked to Zarqawi": a person's group only, a group's affiliate is another group
                named = [self.by_token[o.i] for _, o in prep_objects(c, {"to"}) if o.i in self.by_token]
                groups = _groups_led(named)
                if len(groups) == 1 and len({m.key for m in named}) == 1:
                    return groups.pop()
                continue
            if c.dep_ in ("acl", "amod") and c.lemma_.lower() in ("lead", "loyal"):
                leaders = [o for _, o in prep_objects(c, {"by"} if c.lemma_.lower() == "lead" else {"to"})]
            elif c.dep_ == "poss":  # "Zarqawi's group": the group the dictionaries file a person under
                groups = _groups_led([self.by_token[c.i]] if c.i in self.by_token else [])
                if len(groups) == 1:
                    return groups.pop()
                continue
            elif c.dep_ == "prep" and c.lower_ == "of":  # "fighters of Kony's movement"
                groups = [o for o in children_with(c, {"pobj"}) if o.lemma_.lower() in self.lex.movement_nouns]
                leaders = [p for o in groups for p in children_with(o, {"poss", "compound"})]
            else:
                continue
            named = [self.by_token[t.i] for t in leaders if t.i in self.by_token]
            groups = {k for m in named for kind, k in referents(m) if kind == "group"} | _groups_led(named)
            if len(groups) == 1 and len({m.key for m in named}) == 1:
                return groups.pop()
        return None

    def _is_follower(self, token):
        lemmas = noun_lemmas(token)
        return token.pos_ in ("NOUN", "PROPN") and not lemmas.isdisjoint(
            self.lex.movement_nouns | self.lex.follower_nouns | self.lex.group_nouns | self.lex.force_nouns
        )

    def body_owner(self, token):
        """Return the intergovernmental body whose people or organ a noun names, else None.

        "a United Nations panel", "U.N. inspectors", "NATO commanders", "experts from the IAEA":
        the body's name on a noun of its people or organs (the lexicon's ``body_nouns``, and the
        agent nouns of a state organ's sectors, `actorgraph.actors.ORGAN_SECTORS`) stands for the
        body, as a state's name on its officials stands for the state. Only when one body is
        named there and no other actor ("a joint UN and Iraqi team" is no one's alone).
        """
        if token.pos_ not in ("NOUN", "PROPN") or not self._is_body_noun(token):
            return None
        names = [t for c in children_of(token) if c.dep_ in BODY_NAME_DEPS for t in [c, *c.conjuncts]]
        named, inner = [self.by_token[t.i] for t in names if t.i in self.by_token], []
        for p in children_with(token, {"prep"}):
            for o in children_with(p, {"pobj"}) if p.lower_ in ("of", "from") else []:
                named += [self.by_token[o.i]] if o.i in self.by_token else []
                inner += [k for k in [None if o.i in self.by_token else self.body_owner(o)] if k]
        keys = {m.key for m in named} | set(inner)
        bodies = all(m.type == "alliance" and m.role == "name" for m in named)
        return keys.pop() if len(keys) == 1 and bodies else None

    def _is_body_noun(self, token):
        return not noun_lemmas(token).isdisjoint(self.lex.body_nouns) or agent_sector(token) in ORGAN_SECTORS

    def _attributive(self, mention, noun):
        """Return the owner an agency's name gives a noun it modifies: the agency for its people and
        units ("South Korean military officers"), its state for things ("South Korean military
        equipment" is South Korea's, not its army's)."""
        if mention.type == "agency" and mention.affiliation and mention.end == noun.i and not self._is_group(noun):
            return mention.affiliation
        return mention.key

    def _owns(self, mention, noun):
        """False for a state's name on irregular forces: "Syrian rebels" are not Syria's."""
        return not (mention.type == "state" and noun.lemma_.lower() in self.lex.irregular_nouns)

    def _is_group(self, token):
        return not noun_lemmas(token).isdisjoint(self.lex.group_nouns | self.lex.force_nouns)

    def owner(self, token):
        """Return the actor owning a noun: its possessor, demonym, compound, "of X" or "from X", or who
        leads it ("a NATO-led force"), or None."""
        led = next((k for c in children_of(token) if c.dep_ == "amod" for k in self.led_by(c)), None)
        if led:  # "a NATO-led force", "Saudi-led forces": who leads a force acts through it
            return led
        modifiers = [c for c in children_of(token) if c.dep_ in ("poss", "amod", "compound", "nmod")]
        pronouns = [c for c in modifiers if c.dep_ == "poss" and c.lower_ in PRONOUNS]  # "its troops"
        named = [(c, self.by_token[c.i]) for c in modifiers if c.i in self.by_token]
        # a demonym beats a pronoun ("his Japanese counterpart" is Japan's); a body's name does not
        # ("its U.N. diplomats" are the state's diplomats at the UN)
        if pronouns and not any(m.role == "demonym" for _, m in named):
            named = []
        if named:  # "Hezbollah fighters", "Kurdish militias", "Assad's forces"
            m = named[0][1]
            return self._attributive(m, token) if self._owns(m, token) else None
        for child in pronouns:
            key = self.antecedent(child)
            if key:
                return key
        for child in (c for c in modifiers if c.dep_ == "poss" and c.lower_ not in PRONOUNS):
            key = self._possessor_reference(child)
            if key:
                return key
        for child in children_of(token):
            if child.dep_ == "prep" and child.lower_ in ("from", "of"):  # "the government of Iraq"
                for pobj in children_of(child):
                    members = self.bracketed_members(pobj)  # "ministers of the G4 (Brazil, India, …)"
                    if members:
                        return self.actor(members[0])
                    if pobj.i in self.by_token:
                        return self.by_token[pobj.i].key
                    nested = [o for p in children_with(pobj, {"prep"}) if p.lower_ == "of" for o in children_of(p)]
                    found = next((self.by_token[o.i].key for o in nested if o.i in self.by_token), None)
                    if found and (pobj.pos_ == "PROPN" or pobj.lemma_.lower() in STATE_NOUNS):
                        return found  # "the Minister of Defence of Japan", "officials of the republic of Belarus"
        return None

    def _possessor_reference(self, poss):
        """Return the actor a possessor that names none itself refers to: "their" bound by its clause
        ("the Taliban said their fighters"), a reference noun ("the group's fighters"), else None."""
        if poss.lower_ == "their":
            return self._clause_subject(poss)
        return self.reference(poss) if poss.lower_ in self.lex.reference_nouns else None

    def actors(self, token, **kw):
        """Return the actor keys of `token` and its coordinated tokens ("Russia and North Korea").

        "they" and "the two" stand for the actors of the nearest coordinated subject before
        them (`plural_antecedent`); a list of names the parser took for an apposition ("Japan,
        India, and Brazil") counts as coordinated (`listed`).
        """
        memo = (token.i, kw.get("groups", True), kw.get("locative", False))
        if memo not in self._actors:  # the constructions ask about the same words many times
            self._actors[memo] = self._actors_of(token, **kw)
        return list(self._actors[memo])

    def _actors_of(self, token, **kw):
        if token.dep_ in ARGUMENT_DEPS and (token.lower_ in PLURAL_PRONOUNS or _is_the_two(token)):
            if not self.bracketed_members(token):  # "the two sides - Armenia and Azerbaijan -" name them
                return self.plural_antecedent(token)
        keys = []
        for t in self.listed(token):
            for key in [self.actor(t, **kw), *self._owners_listed(t, **kw), *self._owners_coordinated(t, **kw)]:
                if key and key not in keys:
                    keys.append(key)
        return keys

    def _owners_listed(self, token, **kw):
        """Return the further owners of a group noun of a list: "the presidents of Togo, Benin and Niger",
        "ministers from Ghana, Togo and Benin".

        A noun that is already its first owner's mention ("the presidents of Brazil and
        Argentina", a state's organ) lists the others too; a sector actor of its own ("the
        rebels of Chad and Sudan") does not, since its other owners' rebels are other actors.
        """
        m = self.by_token.get(token.i)
        organ = m is not None and m.role == "sector" and m.start == token.i and m.type != "group"
        if not kw.get("groups", True) or not (organ or (m is None and self._is_group(token))):
            return []
        pobjs = [
            o for p in children_with(token, {"prep"}) if p.lower_ in ("of", "from") for o in children_with(p, {"pobj"})
        ]
        listed = self.listed(pobjs[0]) if pobjs else []
        return [self.actor(c, groups=False) for c in (listed if listed[:1] != pobjs[:1] else listed[1:])]

    def _owners_coordinated(self, token, **kw):
        """Return the states, or their sector actors, of a group noun whose owner is coordinated
        ("French and German troops", "Iraqi and Syrian rebels"): each state's people act, as in
        "France and Germany"; the last owner's mention holds the noun (see `actorgraph.actors`).
        An alliance coordinated with a state owns its share too ("US and NATO forces")."""
        if not kw.get("groups", True) or not self._is_group(token):
            return []
        noun = self.by_token.get(token.i)
        for child in children_with(token, {"amod", "compound", "nmod", "poss"}):
            m = self.by_token.get(child.i)
            if m is None or m.type not in OWNER_TYPES or m is noun or not child.conjuncts:
                continue
            owners = [m, *(self.by_token.get(c.i) for c in child.conjuncts)]
            if not any(o is not None and o.type == "state" for o in owners):
                continue
            return [self._owned_by(o, token, noun) for o in owners if o is not None and o.type in OWNER_TYPES]
        return []

    def _owned_by(self, state, token, noun):
        """Return the actor a state's people named by `token` are: the state, or its sector actor
        when the noun's own mention is one ("Iraqi and Syrian rebels": ``iraq-rebels``)."""
        if self._owns(state, token):
            return state.key
        if noun is not None and noun.type == "group" and noun.sector:
            return sector_actor(state.key, noun.sector)
        return None

    def listed(self, token):
        """Return `token`, its conjuncts, and the names in apposition to it that make a list with it.

        A state or alliance named in apposition to another ("Japan, India, and Brazil met", parsed
        as an apposition by the small model) is the next item of a list, never a second name for
        it: an actor has one name per mention.
        """
        found = [token, *token.conjuncts]
        m = self.by_token.get(token.i)
        members = self.bracketed_members(token) if m is None or m.type in GATHERED_TYPES else []
        if members:
            return members
        if m is None or m.type not in LISTED_TYPES or m.role != "name":
            return found
        for t in found:  # grows as items are found: "Chile, Peru, Bolivia and Ecuador" (Peru an npadvmod)
            for child in children_with(t, LIST_MISPARSES):
                other = self.by_token.get(child.i)
                if other is None or other.type not in LISTED_TYPES or other.key == m.key or other.role != "name":
                    continue
                if child.dep_ == "compound" and not _comma_after(child.doc, other.end):
                    continue  # "South Korea": one name, not a list
                found += [c for c in [child, *child.conjuncts] if c not in found]
        return found

    def bracketed_members(self, token):
        """Return the tokens of the members a group noun names in brackets or dashes after it, else [].

        "The Quartet (the US, Russia, the EU and the UN) met", "talks between the two sides - Israel
        and Syria -": the list stands for the group, so each member acts (and a gathering pairs
        them, as "X, Y and Z met" does). Every item must be an actor, at least two of them different.
        """
        appos = [c for c in children_with(token, {"appos"}) if c.i > token.i]
        opening = appos[0].left_edge.i - 1 if appos else token.i
        if opening <= token.i or self.doc[opening].text not in OPENING_BRACKETS:
            return []
        closing = _closing(self.doc, opening)
        if closing is None:
            return []
        items = [t for c in appos for t in [c, *self.listed(c)] if opening < t.i < closing]
        items = list(dict.fromkeys(items))
        keys = [self.actor(t) for t in items]
        return items if all(keys) and len(set(keys)) >= 2 else []

    def plural_antecedent(self, token):
        """Return the actors "they"/"the two" stand for, or [].

        The nearest subject before `token` in its sentence, else in the sentence before, that
        names two or more actors by coordination ("Russia and China met. They condemned …");
        else the pair or the one group that is all there is to refer to (`_sole_referents`).
        """
        shared = self._conjoined_object(token)
        if shared:
            return shared
        sent = self.sent(token)
        sents = [sent] + ([self.sent(self.doc[sent.start - 1])] if sent.start > 0 else [])
        for s in sents:
            for t in reversed([t for t in s if t.i < token.i and t.dep_ in SUBJECTS_ALL and t.conjuncts]):
                keys = self.actors(t)
                if len(keys) >= 2:
                    return keys
        return self._stood_with(token) or self._sole_referents(token, sents[-1].start)

    def _conjoined_object(self, them):
        """Return ``[actor]`` "them" stands for as the object of a verb coordinated with one whose plural
        object names one actor: "captured two Syrian soldiers and shot them", "mistook three Kenyan
        police officers for bandits and killed them"; else []."""
        verb = them.head
        if them.lower_ != "them" or them.dep_ != "dobj" or verb.dep_ != "conj":
            return []
        objects = [o for o in children_with(verb.head, {"dobj"}) if o.tag_ in ("NNS", "NNPS")]
        keys = [k for o in objects for k in self.actors(o)]
        return keys if len(keys) == 1 else []

    def _stood_with(self, they):
        """Return the actors "they" stand for in an "as"/"while" clause of a verb with a "with" phrase:
        "Britain stands with the Nigerian people as they confront Boko Haram" (the ones stood with), else []."""
        clause = they.head
        if they.dep_ != "nsubj" or clause.dep_ != "advcl":
            return []
        if not any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in children_of(clause)):
            return []
        main = clause.head
        heads = [main, *(c for c in children_of(main) if c.dep_ in ("dobj", "advcl", "advmod") and c.i != clause.i)]
        # "stands shoulder to shoulder with Kenya": the phrase on a word of the main verb's
        return [k for o in phrase_objects(heads, {"with"}) for k in self.actors(o)]

    def _sole_referents(self, token, start):
        """Return the two actors "the two countries", "the two sides" or "the two leaders" stand for when
        they are the only ones of their kind (`PAIR_KINDS`) named from token `start` on ("Kenya signed
        a pact with Uganda. The two countries …", "Putin met Erdogan. The two leaders …"), or the one armed group
        "they" stand for when it is the only one named there, as a subject ("The Taliban attacked a
        post. They …"); else []. A state alone is not "they": "Russia held talks. They …" is its people.
        """
        if token.lower_ in PLURAL_PRONOUNS:
            found = self.named_before(token, ("armed",), start)
            return [found[0][0]] if len(found) == 1 and found[0][1] else self._plural_subject(token)
        kinds = PAIR_KINDS.get(token.lemma_.lower())
        if kinds is None:
            return []
        found = self.named_before(self.doc[token.left_edge.i], kinds, start)
        return [key for key, _ in found] if len(found) == 2 else []

    def _plural_subject(self, they):
        """Return ``[actor]`` of the people "they" stand for: the plural noun that is the main subject
        of its sentence before it, else of the sentence before, when that noun stands for one actor
        ("Israeli troops raided Jenin. They arrested …": Israel), else []. Not a state's name:
        "Russia held talks. They …" are Russians, not Russia.
        """
        sent = self.sent(they)
        for s in [sent] + ([self.sent(self.doc[sent.start - 1])] if sent.start > 0 else []):
            for subject in children_with(s.root, SUBJECTS_ALL):
                if subject.i < they.i and subject.tag_ in ("NNS", "NNPS") and not subject.conjuncts:
                    m = self.by_token.get(subject.i)
                    keys = [] if m is not None and m.role != "sector" else self.actors(subject)
                    return keys if len(keys) == 1 else []
        return []

    def inside(self, token, *, led=True):
        """Return the actors a noun phrase is about: itself, else its possessor or "of X" ("Russia's war").

        `led` False leaves out who leads it ("U.S.-led sanctions"): see
        `actorgraph.constructions.object_inside`.
        """
        keys = self.actors(token)
        if keys:
            return keys
        for c in children_of(token):
            if c.dep_ in ("poss", "amod", "compound", "nmod"):
                keys += [k for k in self.actors(c) + (self.led_by(c) if led else []) if k not in keys]
            elif c.dep_ == "prep" and c.lower_ == "of":
                keys += [k for o in children_of(c) if o.dep_ == "pobj" for k in self.actors(o) if k not in keys]
        return keys

    def led_by(self, token):
        """Return the actors of an "X-led" modifier ("U.S.-led sanctions"), else []."""
        if token.lower_ != "led":
            return []
        return [k for c in children_of(token) for k in self.actors(c) or self._demonym(c)]

    def _demonym(self, token):
        """Return ``[state]`` for a demonym standing by itself as a leader ("Saudi-led"), else []."""
        m = self.by_token.get(token.i)
        return [m.key] if m is not None and m.role == "demonym" and token.i == m.start else []


#: How a name sits inside the noun phrase it names an actor in: "the Islamist group Hamas", "Iran's
#: envoy", "the leader of Hamas".
INSIDE_PHRASE_DEPS = frozenset({"compound", "amod", "poss", "nmod", "appos", "conj", "pobj", "prep"})


def _in_subject(token):
    """True when `token` lies in the subject of a clause, as the subject or inside its phrase
    ("Hamas said", "The Islamist group Hamas said", "Iran's envoy said", "the leader of Hamas said")."""
    for _ in range(6):
        if token.dep_ in SUBJECTS_ALL:
            return True
        if token.dep_ not in INSIDE_PHRASE_DEPS or (token.dep_ == "prep" and token.lower_ != "of"):
            return False
        token = token.head
    return False


def _is_it(m):
    """True for a Mention "it" and "its" may stand for: a state, body or agency, or a group or other
    organisation ("Hamas said it fired", "Hezbollah said its fighters"); never a person."""
    return m.type in ("state", "alliance", "agency") or any(kind == "group" for kind, _ in referents(m))


def _groups_led(named):
    """Return the non-state groups the people among Mentions `named` belong to, as the dictionaries
    file them ("Joseph Kony": the Lord's Resistance Army)."""
    return {
        m.affiliation
        for m in named
        if m.role == "person" and registry().get(m.affiliation or "", {}).get("type") in ("group", "other")
    }


def referents(m):
    """Return the ``(kind, key)`` pairs a reference back to Mention `m` may take up.

    A state by any of its names, its people and organs ("Syrian troops") is a "state", and so is
    the state of a person or agency named by title, or of a state's group ("Syrian rebels"); an
    armed group (a rebel, militant or radical sector, or an international militant group) is
    "armed" and a "group"; another organisation is a "group"; an intergovernmental body an
    "alliance"; a person a "person" (for "the two leaders" only).
    """
    if m.type == "state":
        return [("state", m.key)]
    home = [("state", m.affiliation)] if registry().get(m.affiliation or "", {}).get("type") == "state" else []
    if m.role == "person":
        return [("person", m.key), *home]
    if m.type == "agency":
        return home
    if m.type == "alliance":
        return [("alliance", m.key)]
    if m.type not in ("group", "other") or m.role == "office":
        return []
    code = m.cameo or ""
    armed = m.sector in ARMED_SECTORS or code[3:6] in ARMED_SECTORS or code.startswith("IMG")
    return ([("armed", m.key)] if armed else []) + [("group", m.key), *home]


#: The kinds of actor (see `referents`) that "the two …" may stand for, by its noun.
PAIR_KINDS = {
    **dict.fromkeys(["country", "nation", "government", "state", "neighbour", "neighbor", "capital"], ("state",)),
    **dict.fromkeys(["rival", "ally"], ("state",)),
    "side": ("state", "group", "alliance"),
    "leader": ("person",),
}
#: Nouns that "the two …" stands for a pair of actors with ("the two countries"); not "the two soldiers".
PAIR_NOUNS = frozenset(
    {"country", "nation", "side", "leader", "government", "state", "neighbour", "neighbor", "rival", "ally", "capital"}
)


def _is_the_two(token):
    """True for "the two" and "the two countries/sides/leaders" standing for a pair named before."""
    if token.lower_ == "two":
        two = token
    elif token.lemma_.lower() in PAIR_NOUNS:
        two = next((c for c in children_of(token) if c.lower_ == "two"), None)
    else:
        return False
    return two is not None and any(
        c.dep_ == "det" and c.lower_ == "the" for c in [*children_of(token), *children_of(two)]
    )


def _closing(doc, opening):
    """Return where the bracket or dash opened at `opening` closes (a dash also at the sentence's end), else None."""
    sent_end = doc[opening].sent.end
    wanted = ")" if doc[opening].text == "(" else doc[opening].text
    for i in range(opening + 1, sent_end):
        if doc[i].text == wanted:
            return i
    return None if wanted == ")" else sent_end - (doc[sent_end - 1].is_punct)


def _comma_after(doc, end):
    """True when a comma follows position `end`: a name listed before another, "Japan, India"."""
    return end < len(doc) and doc[end].text == ","


def children_with(token, deps):
    """Return the children of `token` whose dependency label is in `deps` (read from its Doc's `Parse`)."""
    p = parse_of(token.doc)
    dep, tokens = p.deps, p.doc
    return [tokens[j] for j in p.children[token.i] if dep[j] in deps]


def prep_objects(token, preps):
    """Yield ``(prep, pobj)`` for prepositional children of `token` whose preposition is in `preps`."""
    p = parse_of(token.doc)
    dep, lower, children = p.deps, p.lowers, p.children
    for prep in children[token.i]:
        if dep[prep] in ("prep", "dative", "agent") and lower[prep] in preps:
            for pobj in children[prep]:
                if dep[pobj] in ("pobj", "pcomp"):
                    yield lower[prep], p.doc[pobj]
        elif dep[prep] == "dative":
            yield "to", p.doc[prep]


def phrase_objects(heads, preps) -> list:
    """Return the objects of the prepositional phrases on `heads` whose preposition is in `preps`.

    Constructions that read a phrase on a verb or on its object alike ("met with Y", "shook hands
    with Y", "took up arms against Y") call it with the verb and its objects. Unlike
    `prep_objects`, only a ``prep`` child and its ``pobj`` count: a dative names no partner.
    """
    return [
        o for h in heads for p in children_with(h, {"prep"}) if p.lower_ in preps for o in children_with(p, {"pobj"})
    ]


def noun_prep_objects(noun, preps):
    """Yield ``(prep, pobj)`` of a noun and of a participle modifying it.

    The parser often hangs the phrase on the participle: "the agreement reached
    between X and Y", "talks held with Y", "the deal signed by X".
    """
    yield from prep_objects(noun, preps)
    for acl in children_with(noun, {"acl"}):
        if acl.tag_ == "VBN":
            yield from prep_objects(acl, preps)
