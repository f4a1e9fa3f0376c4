"""Build data/cameo_countries.jsonl: each state of data/actors.jsonl with its CAMEO country code.

Run ``python scripts/build_cameo_countries.py`` after ``pip install -e '.[build-data]'``. The file is
sorted and carries no timestamp. ``actorgraph gdelt`` reads it to put GDELT's country codes
(``Actor1CountryCode``: ``PRK``) onto the ids the extractor gives states (``north-korea``).

Sources
-------
pycountry
    ISO 3166-1 alpha-3 of each state's alpha-2 code: CAMEO's country codes are ISO alpha-3.
PETRARCH2's Phoenix.Countries.actors.txt (``/work/shared/third-party/openeventdata``, MIT)
    CAMEO's own codes, for the states ISO does not code: an entry ``KOSOVO [KSV]`` whose name is
    the state's label gives its code.
"""

import json
import os
import pathlib
import re

import pycountry

DATA = pathlib.Path(__file__).resolve().parents[1] / "data"
PHOENIX = (
    pathlib.Path(os.environ.get("OPENEVENTDATA", "/work/shared/third-party/openeventdata"))
    / "Phoenix.Countries.actors.txt"
)
#: A country-level entry: NAME_ [ABC] (a three-letter code, no dates).
COUNTRY_ENTRY = re.compile(r"^([A-Z][A-Z_']*?)_?\s+\[([A-Z]{3})\]")


def phoenix_codes(path=PHOENIX):
    """Return ``{NAME: code}`` of the country-level entries of the Phoenix countries dictionary."""
    found = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if m := COUNTRY_ENTRY.match(line):
            found.setdefault(m.group(1).replace("_", " "), m.group(2))
    return found


def records():
    """Yield ``{"cameo", "id", "iso2"}`` for each state of data/actors.jsonl, sorted by code."""
    phoenix = phoenix_codes()
    states = [json.loads(line) for line in (DATA / "actors.jsonl").read_text(encoding="utf-8").splitlines()]
    found = []
    for s in (s for s in states if s["type"] == "state"):
        country = pycountry.countries.get(alpha_2=s["iso2"])
        code = country.alpha_3 if country else phoenix.get(s["label"].upper())
        if code is None:
            raise SystemExit(f"no CAMEO code for {s['id']} ({s['iso2']})")
        found.append({"cameo": code, "id": s["id"], "iso2": s["iso2"]})
    return sorted(found, key=lambda r: r["cameo"])


def main():
    rows = records()
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    (DATA / "cameo_countries.jsonl").write_text(text, encoding="utf-8")
    print(f"wrote {len(rows)} codes to {DATA / 'cameo_countries.jsonl'}")


if __name__ == "__main__":
    main()
