"""Copy the sample reports into data/articles/ with title and date header lines.

    python scripts/import_seeds.py ../shared/seeds

The manifest's dates and titles become header lines; the text is kept byte for byte.
"""

import json
import pathlib
import sys


def main(seeds):
    seeds = pathlib.Path(seeds)
    out = pathlib.Path(__file__).resolve().parent.parent / "data" / "articles"
    out.mkdir(parents=True, exist_ok=True)
    manifest = json.loads((seeds / "manifest.json").read_text(encoding="utf-8"))
    for entry in manifest["articles"]:
        text = (seeds / entry["file"]).read_text(encoding="utf-8")
        header = ([f"title: {entry['title']}"] if entry.get("title") else []) + [f"date: {entry['date']}"]
        (out / entry["file"]).write_text("\n".join(header) + "\n\n" + text, encoding="utf-8")
        print(out / entry["file"])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/seeds")
