"""Resolve mentions across a corpus: one node per real-world actor."""

import collections
import functools

from rapidfuzz import fuzz

from .actors import leaders, person_key, registry, slug
from .lexicon import load_lexicon

__all__ = ["Resolver", "NAME_SIMILARITY"]

#: rapidfuzz ratio (0-100) above which two person names are one person
#: ("Zelensky"/"Zelenskyy" 94, "Yoon Suk Yeol"/"Yoon Suk-yeol" 100, "Kim Jong Un"/"Kim Jong Nam" 82).
NAME_SIMILARITY = 88


def _pick_label(counts):
    """Return the canonical name among surface forms: the most frequent full name, then the longest."""
    multi = {t: n for t, n in counts.items() if len(t.split()) > 1} or counts
    return min(multi.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0] if multi else None


@functools.cache
def _listed_labels():
    """Return ``{person key: label}`` of the dictionaries' people: their node is named as listed."""
    return {person_key(r["label"]): r["label"] for r in leaders().values()}


def _listed_label(head, counts):
    """Return a dictionary person's label, as the text writes it if it does ("Anne McLellan"), or None."""
    listed = _listed_labels().get(head)
    if listed is None:
        return None
    return next((t for t, _ in counts.most_common() if t.lower() == listed.lower()), listed)


def _words(person_key):
    return person_key.removeprefix("person:").split()


class Resolver:
    """Collects the mentions of a whole corpus, then maps each provisional key to a node id.

    Use `add` for every article's mentions, then `nodes()` and `resolve(article, key)`.
    Persons are clustered with rapidfuzz: full names by similarity, a lone
    surname ("Mr Yoon", "Zelensky") by the first or last word of a full name,
    preferring a person named in the same article. A person is a ``leader`` when
    any mention gives an office; people the text never gives an office are not
    actors. Acronyms join the organisation whose initials they spell.
    """

    def __init__(self):
        self.mentions = collections.defaultdict(list)  # key -> [(article, mention dict)]
        self._in_article = collections.defaultdict(list)  # (article, key) -> [mention dict]: no corpus-wide scans
        self._leaders = collections.defaultdict(list)  # article -> [leader mention dict]
        self._map = None

    def add(self, article, mentions):
        """Record one article's mentions (`actorgraph.records.MentionRecord`)."""
        for m in mentions:
            self.mentions[m.key].append((article, m))
            self._in_article[(article, m.key)].append(m)
            if m.type == "leader":
                self._leaders[article].append(m)
        self._map = None

    # -- persons --------------------------------------------------------------------------------------------
    def _person_clusters(self):
        """Return ``{full-name key: cluster head key}`` for multi-word person names."""
        full = sorted(
            (k for k in self.mentions if k.startswith("person:") and len(_words(k)) > 1),
            key=lambda k: (-len(self.mentions[k]), k),
        )
        heads, cluster = [], {}
        for key in full:
            name = " ".join(_words(key))
            match = next(
                (
                    h
                    for h in heads
                    if fuzz.ratio(name, " ".join(_words(h))) >= NAME_SIMILARITY and self._same_surname(key, h)
                ),
                None,
            )
            if match is None:
                heads.append(key)
                match = key
            cluster[key] = match
        return cluster

    @staticmethod
    def _same_surname(a, b):
        wa, wb = _words(a), _words(b)
        return any(fuzz.ratio(x, y) >= NAME_SIMILARITY for x in (wa[0], wa[-1]) for y in (wb[0], wb[-1]))

    def _surname_owner(self, key, article, cluster, memo):
        """Return the cluster a one-word name belongs to, preferring one named in `article`.

        `memo` keeps each key's candidate clusters, which do not depend on the article.
        """
        if key not in memo:
            word = _words(key)[0] if _words(key) else ""
            memo[key] = sorted(
                {
                    head
                    for full, head in cluster.items()
                    if any(fuzz.ratio(word, w) >= NAME_SIMILARITY for w in (_words(full)[0], _words(full)[-1]))
                }
            )
        owners = memo[key]
        if len(owners) > 1:
            local = [
                h for h in owners if any((article, full) in self._in_article for full, hh in cluster.items() if hh == h)
            ]
            owners = local
        return owners[0] if len(owners) == 1 else None

    # -- organisations --------------------------------------------------------------------------------------
    def _acronyms(self):
        """Return ``{org key: key}`` joining an all-capitals name to the organisation it abbreviates."""
        orgs = {k: self.mentions[k][0][1].text for k in self.mentions if k.startswith("org:")}
        initials = {
            "".join(w[0] for w in text.split() if w[0].isupper()): k
            for k, text in orgs.items()
            if len(text.split()) > 1
        }
        return {
            k: initials[text] for k, text in orgs.items() if text.isupper() and text in initials and initials[text] != k
        }

    # -- unnamed office holders ("the South Korean president") ---------------------------------------------
    def _office_holder(self, article, key, mapping):
        """Return the leader an office-holder mention means in `article`, else the office's agency id.

        The leader must be named in the same article with the same title word ("president") and
        belong to that office or its state; when two or none qualify, the office itself is meant.
        """
        office = key.removeprefix("office:")
        first = self._in_article[(article, key)][0]
        state, title = first.affiliation, first.title
        holders = {
            mapping[(article, m.key)]
            for m in self._leaders[article]
            if m.affiliation in (state, office) and (m.title or "").lower().split()[-1:] == [title]
        }
        holders.discard(None)
        return holders.pop() if len(holders) == 1 else office

    # -- the map --------------------------------------------------------------------------------------------
    def _build(self):
        cluster = self._person_clusters()
        acronyms = self._acronyms()
        mapping, memo = {}, {}
        for key, seen in self.mentions.items():
            for article in dict.fromkeys(a for a, _ in seen):
                if key in cluster:
                    target = cluster[key]
                elif key.startswith("person:"):
                    target = self._surname_owner(key, article, cluster, memo)
                else:
                    target = acronyms.get(key, key)
                mapping[(article, key)] = target
        # a person with an office, or one the text files under a body ("X, an al-Qaeda fighter"), is an actor
        titled = {
            mapping[(a, m.key)]
            for k, seen in self.mentions.items()
            for a, m in seen
            if m.type == "leader" or m.affiliation
        }
        for article, key in mapping:
            if key.startswith("office:"):
                mapping[(article, key)] = self._office_holder(article, key, mapping)
        for pair, target in mapping.items():
            if target is not None and target.startswith("person:") and target not in titled:
                mapping[pair] = None  # no office or body anywhere in the corpus: not a political actor
        texts = collections.defaultdict(collections.Counter)
        for (article, key), head in mapping.items():
            if head is not None:
                texts[head].update(m.text for m in self._in_article[(article, key)] if m.role != "office")
                texts[head].update(())  # an office known only as "the Iraqi foreign minister" still gets a node
        self._labels = {head: _listed_label(head, counts) or _pick_label(counts) for head, counts in texts.items()}
        # Gazetteer and agency ids are kept; persons and organisations are slugged from their label.
        ids = {head: slug(self._labels[head]) if head.startswith(("person:", "org:")) else head for head in texts}
        self._map = {pair: ids.get(t) for pair, t in mapping.items()}
        self._labels = {ids[h]: label for h, label in self._labels.items()}

    def resolve(self, article, key):
        """Return the node id of a provisional key as mentioned in `article`, or None if it is no actor."""
        if self._map is None:
            self._build()
        if (article, key) in self._map:
            return self._map[(article, key)]
        if key in registry() or not key.startswith(("person:", "org:")):
            return key
        return None

    def nodes(self):
        """Return ``{node id: attributes}`` for every resolved actor that was mentioned."""
        if self._map is None:
            self._build()
        groups = collections.defaultdict(list)
        for (article, key), node in self._map.items():
            if node is not None:
                groups[node] += [(article, m) for m in self._in_article[(article, key)]]
        return {node: self._attributes(node, seen) for node, seen in sorted(groups.items())}

    def _attributes(self, node, seen):
        """Return a node's attributes from its mentions (label, type, aliases, mentions, articles, affiliation)."""
        known = registry().get(node)
        kinds = collections.Counter(m.type for _, m in seen)
        # an office in a named organisation is that organisation's node ("org:hrw" is "hrw")
        offices = collections.Counter(
            office for a, m in seen if m.affiliation for office in [self.resolve(a, m.affiliation)] if office
        )
        if known:
            label, kind, affiliation = known["label"], known["type"], known.get("affiliation")
        else:
            label = self._labels[node]
            kind = "leader" if kinds["leader"] else "agency" if kinds["agency"] else kinds.most_common(1)[0][0]
            affiliation = offices.most_common(1)[0][0] if offices else None
            if seen[0][1].role in ("description", "office"):
                label = self._agency_label(node, seen[0][1].affiliation)
        return {
            "label": label,
            "type": kind,
            "aliases": sorted({m.text for _, m in seen}),
            "mentions": len(seen),
            "articles": sorted({a for a, _ in seen}),
            "affiliation": affiliation,
            "office": offices.most_common(1)[0][0] if offices else None,
            **_codes(known, seen, affiliation),
        }

    @staticmethod
    def _agency_label(node, state):
        """Return "South Korea intelligence agency" for an agency known only by descriptions."""
        state_label = registry().get(state, {}).get("label", state)
        kinds = load_lexicon().agency_kinds
        kind = node.removeprefix(f"{state}-").replace("-", "_")
        return f"{state_label} {kinds.get(kind, {}).get('label', kind.replace('_', ' '))}"

    def placeholder(self, node):
        """Return attributes for an actor named only through a title ("Ukraine's military intelligence chief")."""
        attrs = self._placeholder(node)
        return attrs | _codes(registry().get(node), [], attrs["affiliation"])

    def _placeholder(self, node):
        """Return the attributes of `placeholder` but its codes."""
        known = registry().get(node)
        state = None if known else max((s for s in registry() if node.startswith(s + "-")), key=len, default=None)
        return {
            "label": known["label"] if known else self._agency_label(node, state) if state else node,
            "type": known["type"] if known else "agency",
            "aliases": [],
            "mentions": 0,
            "articles": [],
            "affiliation": known.get("affiliation") if known else state,
            "office": None,
        }


def _codes(known, seen, affiliation):
    """Return a node's ``cameo`` and ``sector``: the registry's, else its mentions' commonest.

    A person or organisation the gazetteer does not know, named with an office, takes its
    state's code and the government sector (``KORGOV`` for South Korea's president). A group
    of no known state has the bare sector as its code (``REB`` for "Kurdish rebels"), and its
    mentions' sector.
    """
    if known and known.get("cameo"):
        return {"cameo": known["cameo"], "sector": known.get("sector")}
    codes = collections.Counter(m.cameo for _, m in seen if m.cameo)
    if codes:
        code = codes.most_common(1)[0][0]
        sectors = collections.Counter(m.sector for _, m in seen if m.cameo == code and m.sector)
        return {"cameo": code, "sector": code[3:6] or (sectors.most_common(1)[0][0] if sectors else None)}
    parent = registry().get(affiliation or "", {})
    if parent.get("type") == "state" and parent.get("cameo"):
        return {"cameo": parent["cameo"] + "GOV", "sector": "GOV"}
    return {"cameo": parent.get("cameo"), "sector": parent.get("sector")}
