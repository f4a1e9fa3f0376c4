import json

import pytest

from actorgraph.errors import InputError
from actorgraph.ingest import boilerplate_spans, read_articles


def test_ingest_headers_filename_date_and_title_fallback(tmp_path):
    (tmp_path / "2024-10-21-report.txt").write_text(
        "Seoul warns Moscow\nSeoul warned Moscow on Monday.", encoding="utf-8"
    )
    (tmp_path / "b.md").write_text("title: Talks\ndate: 2024-10-22\nsource: Wire\n\nNATO met Seoul.", encoding="utf-8")
    got = {a.id: a for a in read_articles([tmp_path], default_date="2024-01-01")}
    assert got["2024-10-21-report"].date == "2024-10-21"
    assert got["2024-10-21-report"].title == "Seoul warns Moscow"
    assert (got["b"].title, got["b"].date, got["b"].source, got["b"].text) == (
        "Talks",
        "2024-10-22",
        "Wire",
        "NATO met Seoul.",
    )


def test_ingest_duplicate_text_counts_once(tmp_path):
    (tmp_path / "a.txt").write_text("Russia  attacked Ukraine.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Russia attacked Ukraine.\n", encoding="utf-8")
    warnings = []
    assert [a.id for a in read_articles([tmp_path], warn=warnings.append)] == ["a"]
    assert "counted once" in warnings[0]


def test_ingest_bad_files_warn_and_strict_raises(tmp_path):
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 talks".encode("latin-1"))
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "ok.txt").write_text("Poland met Canada.", encoding="utf-8")
    warnings = []
    assert [a.id for a in read_articles([tmp_path], warn=warnings.append)] == ["ok"]
    assert len(warnings) == 3 and all(str(tmp_path) in w for w in warnings)
    with pytest.raises(InputError, match="bin.txt: binary"):
        list(read_articles([tmp_path], strict=True))


def test_ingest_jsonl_bad_lines_name_the_line(tmp_path):
    path = tmp_path / "feed.jsonl"
    rows = [
        json.dumps({"id": "x1", "text": "Iran warned Israel.", "date": "2024-10-01"}),
        "{not json",
        json.dumps({"title": "no text"}),
    ]
    path.write_text("\n".join(rows), encoding="utf-8")
    warnings = []
    articles = list(read_articles([path], warn=warnings.append))
    assert [(a.id, a.date) for a in articles] == [("x1", "2024-10-01")]
    assert [w.split(":")[1] for w in warnings] == ["2", "3"]


def test_ingest_byline_and_follow_us_are_boilerplate():
    text = "South Korea warned Russia on Tuesday.\nFrances Ibiefo\nFollow us on:"
    assert [text[s:e] for s, e in boilerplate_spans(text)] == ["Frances Ibiefo", "Follow us on:"]


def test_ingest_missing_path_is_an_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        list(read_articles([tmp_path / "nope.txt"]))


def test_ingest_jsonl_is_read_line_by_line_a_bad_line_skipped(tmp_path):
    path = tmp_path / "feed.jsonl"
    good = [json.dumps({"id": f"x{i}", "text": f"Iran warned Israel {i} times."}).encode() for i in (1, 3)]
    path.write_bytes(b"\xef\xbb\xbf" + good[0] + b"\r\n" + b'{"text": "caf\xe9"}\r\n' + good[1] + b"\r\n\r\n")
    warnings = []
    assert [a.id for a in read_articles([path], warn=warnings.append)] == ["x1", "x3"]
    assert len(warnings) == 1 and warnings[0].startswith(f"{path}:2: not UTF-8")


def test_ingest_count_inputs_counts_files_and_jsonl_lines(tmp_path):
    from actorgraph.ingest import count_inputs

    (tmp_path / "a.txt").write_text("Iran warned Israel.", encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text('{"text": "a"}\n\n{"text": "b"}\n', encoding="utf-8")
    assert count_inputs([tmp_path]) == 3


def test_ingest_jsonl_on_standard_input_is_detected_by_its_first_character(tmp_path):
    from click.testing import CliRunner

    from actorgraph.cli import cli

    feed = '\n  {"text": "Iran warned Israel.", "date": "2024-10-01"}\n{"text": "Japan condemned North Korea."}\n'
    out = tmp_path / "g.json"
    result = CliRunner().invoke(cli, ["build", "-", "--no-cache", "-o", str(out)], input=feed)
    assert result.exit_code == 0, result.output
    articles = json.loads(out.read_text(encoding="utf-8"))["graph"]["articles"]
    assert sorted((a["id"], a["date"] or "") for a in articles) == [("stdin-2", "2024-10-01"), ("stdin-3", "")]
    forced = CliRunner().invoke(cli, ["build", "-", "--no-cache", "--input-format", "text", "-o", str(out)], input=feed)
    assert forced.exit_code == 0, forced.output
    assert [a["id"] for a in json.loads(out.read_text(encoding="utf-8"))["graph"]["articles"]] == ["stdin"]


def test_ingest_csv_and_tsv_rows_with_named_columns(tmp_path):
    (tmp_path / "feed.csv").write_text(
        'key,headline,body,when\nk1,Talks,"Iran warned Israel.\nThen it met Egypt.",2024-10-02\n,,"",\n',
        encoding="utf-8",
    )
    (tmp_path / "feed.tsv").write_text("text\tdate\nPoland met Canada.\t2024-10-03\n", encoding="utf-8")
    columns = {"text": "body", "title": "headline", "date": "when", "id": "key"}
    warnings = []
    got = list(read_articles([tmp_path / "feed.csv"], columns=columns, warn=warnings.append))
    assert [(a.id, a.title, a.date, a.text) for a in got] == [
        ("k1", "Talks", "2024-10-02", "Iran warned Israel.\nThen it met Egypt.")
    ]
    assert got[0].origin == f"{tmp_path / 'feed.csv'}:3" and warnings == []
    (tsv,) = read_articles([tmp_path / "feed.tsv"])
    assert (tsv.id, tsv.date, tsv.text) == ("feed-2", "2024-10-03", "Poland met Canada.")


def test_ingest_csv_without_its_text_column_names_the_columns_it_has(tmp_path):
    (tmp_path / "feed.csv").write_text("body,when\nIran warned Israel.,2024-10-02\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"no 'text' column \(columns: body, when\); name it with --text-column"):
        list(read_articles([tmp_path / "feed.csv"], strict=True))


def test_ingest_bad_header_date_is_a_warning_and_the_date_falls_back(tmp_path):
    (tmp_path / "2024-10-05-a.txt").write_text("date: 2024-13-45\n\nIran warned Israel.", encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text('{"text": "Japan condemned North Korea.", "date": "soon"}\n', encoding="utf-8")
    (tmp_path / "feed.csv").write_text("text,date\nPoland met Canada.,2024-02-30\n", encoding="utf-8")
    warnings = []
    got = list(read_articles([tmp_path], default_date="2024-01-01", strict=True, warn=warnings.append))
    assert [a.date for a in got] == ["2024-10-05", "2024-01-01", "2024-01-01"]
    assert warnings == [
        f"{tmp_path / '2024-10-05-a.txt'}: date '2024-13-45' is not a date like 2024-10-18; ignored",
        f"{tmp_path / 'feed.csv'}:2: date '2024-02-30' is not a date like 2024-10-18; ignored",
        f"{tmp_path / 'feed.jsonl'}:1: date 'soon' is not a date like 2024-10-18; ignored",
    ]
