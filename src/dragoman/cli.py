"""The command line: parses arguments, calls the Python API, prints the result."""

from __future__ import annotations

import errno
import json
import os
import sys
from datetime import date as Date
from pathlib import Path

import click

from dragoman import api, evaluate
from dragoman.actors import ActorDataError
from dragoman.actors.check import check_actor_file
from dragoman.events.codebook import PLOVER_TYPES, codebook
from dragoman.examples import examples_path
from dragoman.exports import FORMATS, export, output_paths
from dragoman.ingest import IngestError
from dragoman.pipeline import Summary
from dragoman.records import Event, Mention
from dragoman.store import StoreError, open_store


class DateParam(click.ParamType):
    name = "YYYY-MM-DD"

    def convert(self, value, param, ctx):
        if isinstance(value, Date):
            return value
        try:
            return Date.fromisoformat(value)
        except ValueError:
            self.fail(f"{value!r} is not a date in the form YYYY-MM-DD", param, ctx)


DATE = DateParam()
# --limit of events, quotes and eval: a count, so a negative one is a usage error.
COUNT = click.IntRange(min=0)
DB = click.option("--db", required=True, type=click.Path(dir_okay=False), help="SQLite file of the store.")


def _plover_type(ctx, param, value: str | None) -> str | None:
    """An event type in any case; one the codebook does not know would match nothing."""
    if value is None or value.upper() in PLOVER_TYPES:
        return value and value.upper()
    raise click.BadParameter(f"{value!r} is not a PLOVER event type; use one of {', '.join(PLOVER_TYPES)}")


# Factualities as users name them ("asserted" is stored as the empty mode).
MODE_NAMES = [m or "asserted" for m in codebook().modes]


class _Group(click.Group):
    """A store that cannot be opened or read is a one-line error in every command."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except StoreError as error:
            raise click.ClickException(str(error)) from None


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="dragoman")
def main() -> None:
    """dragoman: news articles in, dated and source-linked political events out."""


@main.command("code")
@click.argument("paths", nargs=-1)
@DB
@click.option("--date", type=DATE, help="Publication date for inputs that carry none.")
@click.option("--source", help="Source name for inputs that carry none.")
@click.option("--actors", "actor_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra actor file (repeatable); takes precedence over the bundled ones.")
@click.option("--examples", is_flag=True, help="Also code the example articles bundled with dragoman.")
def code_command(paths, db, date, source, actor_files, examples):
    """Code articles (files, folders, globs; .txt .html .jsonl .csv) into the store.

    Example: dragoman code articles/ --db events.db --date 2025-02-19
    """
    inputs = list(paths) + ([str(examples_path())] if examples else [])
    if not inputs:
        raise click.UsageError("give at least one PATH, or --examples")
    summary = Summary()
    stored, mention_ids = 0, set()
    try:
        for coded in api.iter_code(inputs, store=db, date=date, source=source, actors=actor_files,
                                   summary=summary, progress=None):
            stored += 1
            mention_ids.update(e.id for e in coded.events)
    except (IngestError, ActorDataError) as error:
        raise click.ClickException(str(error)) from None
    _print_summary(summary, db, api.real_event_count(db, mention_ids) if stored else 0)
    if summary.skipped and not stored:
        sys.exit(1)  # every input was skipped: a script must notice


@main.command("events")
@DB
@click.option("--actor", help="Country code, name or text of an actor or recipient (e.g. RUS, Lavrov).")
@click.option("--event", "event_type", callback=_plover_type, metavar="TYPE",
              help="PLOVER event type, e.g. CONSULT (all: events/data/plover.yaml).")
@click.option("--since", type=DATE, help="Events on or after this date.")
@click.option("--until", type=DATE, help="Events on or before this date.")
@click.option("--context", type=click.Choice(list(codebook().contexts), case_sensitive=False), metavar="CONTEXT",
              help="PLOVER context the text gives the event, e.g. military (all: events/data/plover.yaml).")
@click.option("--mode", "modes", multiple=True, type=click.Choice(MODE_NAMES, case_sensitive=False),
              help="Only events of this factuality (repeatable): --mode asserted --mode historical keeps what happened.")
@click.option("--limit", type=COUNT, help="At most this many events.")
@click.option("--mentions", "per_mention", is_flag=True,
              help="One row per mention (each sentence that reports an event) instead of per real event.")
def events_command(db, actor, event_type, since, until, context, modes, limit, per_mention):
    """Print the events in the store as a table: one row per real-world event, with how
    many mentions, articles and sources report it.

    Example: dragoman events --db events.db --actor RUS --event CONSULT --since 2025-01-01 --context diplomatic --mode asserted
    """
    _require_db(db)
    filters = dict(actor=actor, event_type=event_type, since=since, until=until, context=context,
                   mode=list(modes) or None, limit=limit)
    if per_mention:
        found = api.events(db, **filters)
        click.echo(_table(_COLUMNS, [_mention_row(e) for e in found]))
        click.echo(f"{len(found)} mention(s)")
        return
    found = api.real_events(db, **filters)
    click.echo(_table(_EVENT_COLUMNS, [_event_row(e) for e in found]))
    click.echo(f"{len(found)} event(s)")


@main.command("quotes")
@DB
@click.option("--actor", help="Speaker: country code, name or text (e.g. RUS, Lavrov).")
@click.option("--limit", type=COUNT, help="At most this many quotes.")
def quotes_command(db, actor, limit):
    """Print what actors said: direct quotes and indirect speech, with speaker and cue verb.

    Example: dragoman quotes --db events.db --actor Lavrov
    """
    _require_db(db)
    found = api.quotes(db, actor=actor, limit=limit)
    for quote in found:
        speaker = _who([quote.speaker.actor]) if quote.speaker else "(speaker not named)"
        click.echo(f"{speaker} [{quote.cue}, {quote.kind}] {quote.doc_id}:{quote.sentence_index}")
        click.echo(f"    {quote.text}")
    click.echo(f"{len(found)} quote(s)")


@main.command("export")
@DB
@click.option("--format", "fmt", required=True, type=click.Choice(list(FORMATS)), help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Output file (default: stdout).")
def export_command(db, fmt, output):
    """Export every event in the store.

    plover-jsonl: one line per real event with its mentions; plover-jsonl-mentions: one
    line per mention; gdelt-tsv: GDELT 2.0 columns, with -o X it writes X.events.tsv and
    X.mentions.tsv (to stdout only the events table); gdelt-tsv-mentions: the mentions
    table alone.

    Example: dragoman export --db events.db --format plover-jsonl -o events.jsonl
    """
    _require_db(db)
    with open_store(db, create=False) as store:
        if output:
            files = ", ".join(str(p) for p in output_paths(fmt, output))
            try:
                count = export(store, fmt, Path(output))
            except OSError as error:
                raise click.ClickException(f"cannot write {error.filename or files}: {error.strerror or error}") from None
            click.echo(f"{count} record(s) written to {files}", err=True)
        else:
            _export_to_stdout(store, fmt)


@main.command("eval")
@click.option("--gold", required=True, type=click.Path(exists=True, dir_okay=False), help="Gold file.")
@click.option("--db", type=click.Path(exists=True, dir_okay=False), help="Score the events of this store.")
@click.option("--pred", type=click.Path(exists=True, dir_okay=False), help="Score these plover-jsonl events.")
@click.option("--format", "fmt", type=click.Choice([*evaluate.FORMATS, "plover-jsonl"]),
              help="Gold format (default: guessed from the file name).")
@click.option("--split", type=click.Choice(["test", "train", "all"]), help="Score only this fixed split of the gold.")
@click.option("--limit", type=COUNT, help="Score only the first N gold items.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def eval_command(gold, db, pred, fmt, split, limit, as_json):
    """Score events against a gold file: precision, recall, F1 per field and per type.

    With neither --db nor --pred, dragoman codes the gold texts itself.

    Example: dragoman eval --gold ../shared/data/petrarch/PETR2_GSR_validation.xml --format petr-gsr
    """
    try:
        report = evaluate.run_eval(Path(gold), fmt, Path(db) if db else None, Path(pred) if pred else None,
                                   limit, split, progress=None)
    except (evaluate.GoldFormatError, ValueError, FileNotFoundError) as error:
        raise click.ClickException(str(error)) from None
    click.echo(json.dumps(report.to_dict(), indent=2) if as_json else report.to_text())


@main.group("actors")
def actors_group() -> None:
    """Resolve actor mentions and check actor data files."""


@actors_group.command("resolve")
@click.argument("text")
@click.option("--date", type=DATE, help="Resolve roles valid on this date (default: today's holders).")
@click.option("--context", help="A sentence containing TEXT (or two: \"he\"/\"she\" is the one person named before it), parsed to read it in context.")
@click.option("--actors", "actor_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra actor file (repeatable); takes precedence over the bundled ones.")
def actors_resolve_command(text, date, context, actor_files):
    """Print who TEXT names as JSON (a list when it names several actors).

    Example: dragoman actors resolve "the US Secretary of State" --date 2022-07-27
    """
    try:
        mentions = api.resolve_actors(text, date=date, context=context, actors=actor_files)
    except (ValueError, ActorDataError) as error:
        raise click.ClickException(str(error)) from None
    found = [_actor_json(m) for m in mentions]
    click.echo(json.dumps(found[0] if len(found) == 1 else found, ensure_ascii=False, indent=2))


@actors_group.command("check")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
def actors_check_command(file):
    """Validate an actor data file; print each problem with its line number.

    Example: dragoman actors check my_actors.yaml
    """
    errors = check_actor_file(file)
    for error in errors:
        click.echo(error)
    if errors:
        raise click.ClickException(f"{len(errors)} problem(s) in {file}")
    click.echo(f"{file}: ok")


def _export_to_stdout(store, fmt: str) -> None:
    try:
        export(store, fmt, sys.stdout)
        sys.stdout.flush()  # a full disk or closed pipe shows here, not at exit
    except OSError as error:
        _silence_stdout()
        if error.errno == errno.EPIPE:  # `| head`: the reader has all it wanted
            sys.exit(1)
        raise click.ClickException(f"cannot write to standard output: {error.strerror or error}") from None


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's last flush cannot fail again."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):  # no file descriptor behind it (a test runner's stream)
        pass


def _actor_json(mention) -> dict:
    actor = mention.actor
    return {"text": mention.text, "name": actor.name, "country": actor.country, "sector": actor.sector,
            "wikidata": actor.wikidata, "resolved": actor.resolved, "role_title": actor.role_title}


def _require_db(db: str) -> None:
    if not Path(db).exists():
        raise click.ClickException(f"{db}: no such store (create it with `dragoman code ... --db {db}`)")


def _print_summary(summary: Summary, db: str, real_events: int) -> None:
    echo = lambda text: click.echo(text, err=True)  # noqa: E731 - the summary is a report, not data
    # Mentions are what the coder found sentence by sentence; `dragoman events` lists
    # the deduplicated events, so both are given.
    echo(
        f"read {summary.documents} document(s), skipped {len(summary.skipped)}; "
        f"{summary.sentences} sentences, {summary.events} event mentions "
        f"({real_events} events after deduplication) in {summary.elapsed:.1f}s "
        f"({summary.sentences_per_second:.0f} sentences/s) -> {db}"
    )
    for skipped in summary.skipped:
        echo(f"  skipped {skipped.origin}: {skipped.reason}")
    for warned in summary.warnings:
        echo(f"  warning {warned.origin}: {warned.reason}")


_COLUMNS = (("date", 10), ("event", 9), ("mode", 12), ("actor", 30), ("recipient", 30), ("trigger", 12), ("doc", 20))
_EVENT_COLUMNS = (("date", 10), ("event", 9), ("mode", 12), ("actor", 30), ("recipient", 30), ("ment", 4),
                  ("art", 3), ("src", 3), ("place", 14))


def _table(columns, rows: list[list[str]]) -> str:
    lines = ["  ".join(name.ljust(width) for name, width in columns), "  ".join("-" * width for _, width in columns)]
    for row in rows:
        lines.append("  ".join(_fit(cell, width) for cell, (_, width) in zip(row, columns)))
    return "\n".join(lines)


def _when(day, precision) -> str:
    if day is None:
        return "?"
    return {"month": day.isoformat()[:7], "year": day.isoformat()[:4]}.get(precision, day.isoformat())


def _mention_row(event: Event) -> list[str]:
    return [
        _when(event.date, event.date_precision),
        event.event_type,
        event.mode or "asserted",
        _who(event.actors),
        _who(event.recipients),
        event.evidence.trigger,
        f"{event.evidence.doc_id}:{event.evidence.sentence_index}",
    ]


def _event_row(event) -> list[str]:
    root = next((m for m in event.mentions if m.id == event.root_mention_id), None)
    return [
        _when(event.date, event.date_precision),
        event.event_type,
        event.mode or "asserted",
        _who(root.actors if root else event.actors),
        _who(root.recipients if root else event.recipients),
        str(event.num_mentions),
        str(event.num_articles),
        str(event.num_sources),
        event.place.name if event.place else "-",
    ]


def _who(parties) -> str:
    """ "Sergey Lavrov (RUS GOV)"; a party no actor entry names shows its words
    ('"Both sides" (?)'), so the reader sees what the text said."""
    out = []
    for party in parties:
        actor, text = (party.actor, party.text) if isinstance(party, Mention) else (party, None)
        name = actor.name or (f'"{text}"' if text else "?")
        out.append(f"{name} ({actor.country or '?'} {actor.sector or ''})".replace(" )", ")"))
    return "; ".join(out) or "-"


def _fit(text: str, width: int) -> str:
    return text.ljust(width) if len(text) <= width else text[: width - 1] + "…"


if __name__ == "__main__":
    main()
