"""Tests for dragoman.ingest: readers, robustness, boilerplate removal, ids, examples."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from dragoman.examples import examples_path
from dragoman.ingest import IngestError, articles_from_records, clean_text, read_inputs
from dragoman.records import Article, Skipped

FIX = Path(__file__).resolve().parent / "fixtures" / "ingest"
DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SAMPLES = DATA / "samples"
HTML = DATA / "html_pages"


def read(*paths, **opts):
    return list(read_inputs([str(p) for p in paths], **opts))


def one(*paths, **opts):
    (item,) = read(*paths, **opts)
    return item


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"development data not found: {path}")
    return path


# --- text files ---------------------------------------------------------------------

def test_text_file_header_and_boilerplate():
    a = one(FIX / "article.txt")
    assert isinstance(a, Article)
    assert a.title == "Ministers meet in Vienna to discuss the nuclear deal"
    assert a.date == dt.date(2022, 7, 27) and a.date_origin == "text"
    assert a.meta["author"] == "Jane Roe"
    assert a.origin == str(FIX / "article.txt")
    assert a.source is None
    assert a.text == (
        "The foreign ministers of Austria and Iran met in Vienna on Tuesday to discuss the nuclear deal."
        "\n\nThe talks will continue next week, officials said."
    )


def test_text_date_option_and_unknown(tmp_path):
    p = tmp_path / "x.txt"
    p.write_text("Russia invaded Ukraine on February 24, 2022, and the war goes on.\nMore text.\n")
    a = one(p)
    assert a.date is None and a.date_origin == "unknown" and a.title is None
    a = one(p, date=dt.date(2023, 1, 2), source="Example")
    assert a.date == dt.date(2023, 1, 2) and a.date_origin == "option" and a.source == "Example"


@pytest.mark.parametrize("header, expected", [
    ("Wednesday, January 23, 2019", dt.date(2019, 1, 23)),
    ("Published 2022-07-27", dt.date(2022, 7, 27)),
    ("2025-02-18", dt.date(2025, 2, 18)),  # a bare ISO date line: boilerplate to clean_text
    ("February 18, 2025", dt.date(2025, 2, 18)),
    ("By Jane Doe, Reuters | July 27, 2022 10:02 AM EDT", dt.date(2022, 7, 27)),
    ("March 2022", None),               # no day: not a publication date
    ("Posted yesterday", None),         # relative: not a publication date
    ("By February 24, 2022, Russia had massed troops on the border.", None),  # a sentence
])
def test_header_dates(tmp_path, header, expected):
    p = tmp_path / "x.txt"
    p.write_text(f"A headline without a period\n{header}\n\nThe body sentence is here.\n")
    assert one(p).date == expected


# --- records --------------------------------------------------------------------------

def test_a_bare_iso_date_line_is_the_date_and_leaves_the_text(tmp_path):
    p = tmp_path / "x.txt"
    p.write_text("Talks in Riyadh\n2025-02-18\n\nLavrov met Rubio in Riyadh.\n")
    a = one(p)
    assert (a.title, a.date, a.date_origin, a.text) == ("Talks in Riyadh", dt.date(2025, 2, 18), "text",
                                                        "Lavrov met Rubio in Riyadh.")


def test_single_path_and_byline_guard(tmp_path):
    p = tmp_path / "x.txt"
    p.write_text("By the time he arrived, the talks had ended.\nHe left.\n")
    a = one(p)  # read_inputs(str) is one path, not an iterable of characters
    assert list(read_inputs(str(p)))[0].doc_id == a.doc_id
    assert "author" not in a.meta and a.text.startswith("By the time he arrived")


def test_jsonl_bad_lines_do_not_spoil_the_file():
    items = read(FIX / "records.jsonl")
    origin = str(FIX / "records.jsonl")
    by_origin = {i.origin: i for i in items}
    assert [i.origin for i in items] == [f"{origin}:{n}" for n in (1, 2, 3, 4, 6)]
    good = by_origin[f"{origin}:1"]
    assert isinstance(good, Article)
    assert good.doc_id == "7" and good.date == dt.date(2022, 7, 27) and good.date_origin == "metadata"
    assert good.source == "Example News" and good.meta == {"section": "World"}
    bad = by_origin[f"{origin}:2"]
    assert isinstance(bad, Skipped) and "malformed JSON" in bad.reason and " at at " not in bad.reason, bad.reason
    assert bad.reason.rsplit(" ", 2)[-2:][0] == "column", bad.reason
    assert by_origin[f"{origin}:3"].reason == "no text field"
    undated = by_origin[f"{origin}:4"]
    assert isinstance(undated, Article) and undated.text == "The envoy called his counterpart."
    assert undated.date is None and "unparseable date 'sometime soon': stored without a date" in undated.meta["warnings"]
    assert isinstance(by_origin[f"{origin}:6"], Skipped)


def test_csv_rows_and_line_numbers():
    origin = str(FIX / "records.csv")
    items = read(FIX / "records.csv", source="Example")
    assert [i.origin for i in items] == [f"{origin}:{n}" for n in (2, 3, 5, 6)]
    first, multi, short, last = items
    assert first.date == dt.date(2022, 7, 27) and first.source == "Example"
    assert multi.text == "A text over\ntwo lines."
    assert isinstance(short, Skipped) and "3 fields" in short.reason
    assert last.text == "The minister phoned his counterpart."


def test_articles_from_records_api():
    records = [
        {"id": "a1", "date": dt.date(2020, 1, 1), "title": "T", "text": "Leaders met.", "lang": "fr"},
        {"content": "The envoy arrived.", "date": "2020-02-03T10:00:00+02:00"},
        {"title": "no text"},
    ]
    a1, a2, skipped = articles_from_records(records, origin="api", source="Mine")
    assert (a1.doc_id, a1.date, a1.language, a1.origin) == ("a1", dt.date(2020, 1, 1), "fr", "api:1")
    assert a2.date == dt.date(2020, 2, 3) and a2.source == "Mine" and len(a2.doc_id) == 16
    assert skipped == Skipped("api:3", "no text field")


@pytest.mark.parametrize("name, data", [
    ("empty.csv", "id,text\nc1,\n"),
    ("blank.csv", "id,text\nc1,   \n"),
    ("empty.jsonl", '{"id": "c2", "text": ""}\n'),
    ("blank.jsonl", '{"id": "c3", "text": "  "}\n'),
])
def test_an_empty_text_field_has_one_wording(tmp_path, name, data):
    (tmp_path / name).write_text(data)
    assert one(tmp_path / name) == Skipped(f"{tmp_path / name}:2" if name.endswith(".csv") else f"{tmp_path / name}:1",
                                           "empty text")


def test_an_unparseable_date_warns_what_was_used_instead(tmp_path):
    (tmp_path / "r.jsonl").write_text('{"id": "b1", "date": "not-a-date", "text": "Lavrov met Rubio."}\n')
    assert one(tmp_path / "r.jsonl").meta["warnings"] == ["unparseable date 'not-a-date': stored without a date"]
    given = one(tmp_path / "r.jsonl", date=dt.date(2025, 1, 1))
    assert given.date == dt.date(2025, 1, 1) and given.date_origin == "option"
    assert given.meta["warnings"] == ["unparseable date 'not-a-date': used the given date 2025-01-01"]


# --- duplicates within a batch ----------------------------------------------------------

def test_a_repeated_id_is_skipped_naming_the_first(tmp_path):
    path = tmp_path / "dup.jsonl"
    path.write_text('{"id": "a1", "text": "Lavrov met Rubio."}\n{"id": "a1", "text": "Putin met Trump."}\n')
    first, second = read(path)
    assert first.text == "Lavrov met Rubio."
    assert second == Skipped(f"{path}:2", f"duplicate of {path}:1 (same id 'a1')")


def test_the_same_text_twice_is_skipped_naming_the_first(tmp_path):
    (tmp_path / "dup.csv").write_text("title,text\nA,Lavrov met Rubio.\nB,Lavrov met Rubio.\n")
    first, second = read(tmp_path / "dup.csv")
    assert isinstance(first, Article) and isinstance(second, Skipped)
    assert second.origin.endswith("dup.csv:3") and f"duplicate of {tmp_path / 'dup.csv'}:2" in second.reason


def test_a_copied_file_is_skipped_naming_the_original(tmp_path):
    (tmp_path / "a.txt").write_text("Talks in Riyadh\n\nLavrov met Rubio in Riyadh.\n")
    (tmp_path / "b.txt").write_text("Talks in Riyadh\n\nLavrov met Rubio in Riyadh.\n")
    first, second = read(tmp_path)
    assert isinstance(first, Article) and second.reason.startswith(f"duplicate of {tmp_path / 'a.txt'} (same id")


def test_records_with_a_repeated_id_are_skipped_too():
    first, second = articles_from_records([{"id": "x", "text": "One."}, {"id": "x", "text": "Two."}], origin="api")
    assert first.text == "One." and second == Skipped("api:2", "duplicate of api:1 (same id 'x')")


# --- paths ----------------------------------------------------------------------------

def test_folder_recursive_sorted_with_unknown_suffix():
    folder = FIX / "folder"
    items = read(folder)
    assert [Path(i.origin).relative_to(folder).as_posix() for i in items] == [
        "b.txt", "notes.xyz", "page.html", "sub/a.md"]  # .hidden/ is not read
    assert isinstance(items[1], Skipped) and "unsupported file type" in items[1].reason
    assert items[0].title == "First story"


def test_glob_and_duplicates(tmp_path):
    items = read(FIX / "folder" / "**" / "*.md", FIX / "folder" / "sub")
    assert [i.title for i in items] == ["Second story"]  # one file named twice, read once


def test_missing_paths_raise_before_reading():
    with pytest.raises(IngestError, match="no-such-file.txt"):
        read_inputs([FIX / "article.txt", "no-such-file.txt"])
    with pytest.raises(IngestError, match=r"nothing\*\.txt"):
        read_inputs([str(FIX / "nothing*.txt")])


def test_named_file_with_unknown_suffix():
    assert "unsupported" in one(FIX / "folder" / "notes.xyz").reason


# --- bad files ------------------------------------------------------------------------

@pytest.mark.parametrize("name, data, reason", [
    ("bin.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("empty.txt", b"", "empty file"),
    ("blank.md", b"  \n\n\t \n", "empty file"),
    ("bad.txt", b"The minister \x81 spoke.", "not valid UTF-8 at byte 13"),
    ("bin.jsonl", b'{"text": "a"}\n\x00\x01\x02', "binary"),
    ("bin.html", b"<html>\x00\x00</html>", "binary"),
    ("only-boilerplate.txt", b"Follow us on social\n\nPrint Friendly, PDF & Email\n", "boilerplate"),
])
def test_bad_files_are_skipped_with_a_reason(tmp_path, name, data, reason):
    (tmp_path / name).write_bytes(data)
    item = one(tmp_path / name)
    assert isinstance(item, Skipped) and reason in item.reason and item.origin == str(tmp_path / name)


def test_cp1252_is_decoded_with_a_warning(tmp_path):
    (tmp_path / "legacy.txt").write_bytes("Caf\u00e9 talks \u2013 the envoy said \u201cyes\u201d.".encode("cp1252"))
    a = one(tmp_path / "legacy.txt")
    assert a.text == "Caf\u00e9 talks \u2013 the envoy said \u201cyes\u201d."
    assert a.meta["warnings"] == ["not valid UTF-8 at byte 3: decoded as cp1252"]


def test_utf8_bom_and_utf16(tmp_path):
    (tmp_path / "bom.txt").write_bytes("\ufeffThe envoy arrived.".encode())
    (tmp_path / "u16.txt").write_bytes("The envoy left.".encode("utf-16"))  # the same text would be a duplicate
    assert [a.text for a in read(tmp_path)] == ["The envoy arrived.", "The envoy left."]


def test_bad_file_does_not_stop_the_batch(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"\x00\x01")
    (tmp_path / "b.jsonl").write_text('{"text": "One."}\n{oops\n{"text": "Three."}\n')
    items = read(tmp_path)
    assert [type(i).__name__ for i in items] == ["Skipped", "Article", "Skipped", "Article"]
    assert items[2].origin == f"{tmp_path / 'b.jsonl'}:2"


def test_jsonl_line_with_broken_encoding_is_kept_alone(tmp_path):
    (tmp_path / "r.jsonl").write_bytes('{"text": "Caf\u00e9 one."}\n'.encode() + b'{"text": "caf\xe9 two."}\n')
    one_, two = read(tmp_path / "r.jsonl")
    assert one_.text == "Caf\u00e9 one." and "warnings" not in one_.meta
    assert two.text == "caf\u00e9 two." and "byte" in two.meta["warnings"][0]


# --- boilerplate ----------------------------------------------------------------------

def test_clean_text_paragraphs_and_markdown():
    text = "## Talks resume\n\n**Bold** words and *italics*.\n\n\n\n---\nA [link](https://x.org) here."
    assert clean_text(text) == "Talks resume\n\nBold words and italics.\n\nA link here."


@pytest.mark.parametrize("sentence", [
    "Finland will become a member of NATO, the foreign minister said.",
    "The minister urged citizens to make a donation to the Red Cross.",
    "The EU pledged funds to support independent journalism in Belarus.",
    "Latest figures show trade between the two countries rose.",
    "Share prices fell after the sanctions were announced.",
    "Talks on keywords: the ministers agreed on a glossary.",
])
def test_clean_text_keeps_news_sentences(sentence):
    assert clean_text(f"Newsletter\n\n{sentence}\n\nFollow us on social") == sentence


def sample(n: int) -> Article:
    return one(need(SAMPLES / f"article_{n:03d}.txt"))


def test_sample_002_boilerplate_removed_news_kept():
    a = sample(2)
    assert a.title == "Diplomacy Watch: Blinken to meet with Lavrov in first since Russia invaded Ukraine"
    for junk in ["Follow us on social", "keep readingShow less", "tax-exempt donation",
                 "Thanks to our readers and supporters", "Top image credit", "Top photo credit",
                 "Subscribe now", "Newsletter", "Latest", "Janet Yellen"]:  # Yellen: a teaser
        assert junk not in a.text, junk
    assert a.text.count("Diplomacy Watch: Blinken to meet") == 0  # printed twice, used as title
    assert a.text.startswith("After months of silence, Russia and the U.S. are ready to start talking")
    assert "Secretary of State Antony Blinken announced Wednesday" in a.text
    assert "Price addressed concerns about corruption in Ukraine" in a.text
    assert "\n\n" in a.text and "\n\n\n" not in a.text


def test_sample_003_and_004():
    a = sample(3)
    assert a.title.startswith("US-Russia Talks in Saudi Arabia")
    assert "Table of Contents" not in a.text and "pic.twitter.com" not in a.text and "time.news" not in a.text.split("\n")[0]
    assert a.text.startswith("RIYADH")
    assert "Sergey Lavrov: If Europe wants to continue the war in Ukraine" in a.text
    assert "Keywords:" not in a.text and "US-Russia Negotiations," not in a.text  # a tag list, no sentence
    b = sample(4)
    assert b.date == dt.date(2022, 2, 14) and b.date_origin == "text"
    assert "Print Friendly" not in b.text and "Continue reading" not in b.text
    assert b.text.endswith("had already drawn to a close.")


def test_sample_001_markdown():
    a = sample(1)
    assert a.title.startswith("A high-level US-Russian dialogue is not realistic (yet)")
    assert a.meta["author"] == "Tomorrow's Affairs Staff"
    assert "**" not in a.text and "#" not in a.text and "---" not in a.text
    assert "\nMoscow did not want diplomacy\n" in a.text
    # the bold pull quote repeats the next paragraph: only one copy stays
    assert a.text.count("focused only on creating a superficial scandal") == 1


def test_sample_000_plain():
    a = sample(0)
    assert a.title is None and a.date is None
    assert a.text.startswith("Alright folks") and a.text.endswith("you should too.")


# --- HTML -----------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["bbc.com.52241221.html", "latimes.com.bloomberg.html",
                                  "theguardian.com.academics.html"])
def test_html_pages_against_eval(name):
    expected = json.loads(need(HTML / "eval.json").read_text())[name]
    a = one(HTML / name)
    assert isinstance(a, Article) and a.meta["extractor"] == "trafilatura"
    for s in expected["with"]:
        assert s in a.text
    for s in expected["without"]:
        assert s not in a.text
    if expected.get("date"):
        assert a.date == dt.date.fromisoformat(expected["date"]) and a.date_origin == "metadata"
    assert a.title and a.source and a.url


def test_html_fixture_metadata():
    a = one(FIX / "folder" / "page.html", source="ignored when the page names itself")
    assert a.title == "Envoys meet in Geneva" and a.date == dt.date(2021, 6, 16)
    assert a.source == "Example Times"
    assert "agreed to meet again next month" in a.text and "Follow us" not in a.text
    assert "\n\n" in a.text


def test_html_readability_fallback(monkeypatch):
    from dragoman.ingest import html

    def broken(_):
        raise RuntimeError("boom")

    monkeypatch.setattr(html, "_trafilatura", broken)
    a = one(FIX / "folder" / "page.html", date=dt.date(2021, 6, 17))
    assert a.meta["extractor"] == "readability" and "trafilatura failed: RuntimeError: boom" in a.meta["warnings"]
    assert "Geneva on Wednesday" in a.text and a.date_origin == "option"


def test_html_without_article(tmp_path):
    (tmp_path / "empty.html").write_text("<html><body><nav>Home</nav></body></html>")
    item = one(tmp_path / "empty.html")
    assert isinstance(item, Skipped) and "no article text" in item.reason


# --- ids and examples -----------------------------------------------------------------

def test_doc_ids_are_stable(tmp_path):
    def ids():
        return [a.doc_id for a in read(FIX / "folder", FIX / "records.csv") if isinstance(a, Article)]

    first, again = ids(), ids()
    assert first == again and len(set(first)) == len(first)
    assert one(FIX / "article.txt").doc_id != one(FIX / "article.txt", source="Other").doc_id
    # the same text in another file (and with other line endings) is the same document
    (tmp_path / "copy.txt").write_bytes((FIX / "article.txt").read_bytes().replace(b"\n", b"\r\n"))
    assert one(tmp_path / "copy.txt").doc_id == one(FIX / "article.txt").doc_id


def test_bundled_examples():
    path = examples_path()
    assert path.name == "wikinews_diplomacy.jsonl" and path.exists()
    items = read(path)
    assert len(items) == 12 and all(isinstance(a, Article) for a in items)
    assert all(a.source == "Wikinews" and a.date and a.doc_id.startswith("wikinews-") for a in items)
    assert all(a.url.startswith("https://en.wikinews.org/wiki/") for a in items)
    attribution = (path.parent / "ATTRIBUTION.md").read_text()
    assert "CC BY 2.5" in attribution and all(a.url in attribution for a in items)
