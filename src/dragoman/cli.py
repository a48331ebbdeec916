"""The command line: parses arguments, calls the Python API, prints the result."""

from __future__ import annotations

import json
import sys
from datetime import date as Date
from pathlib import Path

import click

from dragoman import api, evaluate
from dragoman.actors import ActorDataError
from dragoman.actors.check import check_actor_file
from dragoman.examples import examples_path
from dragoman.exports import FORMATS, export
from dragoman.ingest import IngestError
from dragoman.pipeline import Summary
from dragoman.records import Event
from dragoman.store import open_store


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
DB = click.option("--db", required=True, type=click.Path(dir_okay=False), help="SQLite file of the store.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
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
    try:
        for _ in api.iter_code(inputs, store=db, date=date, source=source, actors=actor_files,
                               summary=summary, progress=None):
            pass
    except IngestError as error:
        raise click.ClickException(str(error)) from None
    _print_summary(summary, db)


@main.command("events")
@DB
@click.option("--actor", help="Country code, name or text of an actor or recipient (e.g. RUS, Lavrov).")
@click.option("--event", "event_type", help="PLOVER event type, e.g. CONSULT.")
@click.option("--since", type=DATE, help="Events on or after this date.")
@click.option("--until", type=DATE, help="Events on or before this date.")
@click.option("--limit", type=int, help="At most this many events.")
def events_command(db, actor, event_type, since, until, limit):
    """Print the events in the store as a table.

    Example: dragoman events --db events.db --actor RUS --event CONSULT --since 2025-01-01
    """
    _require_db(db)
    found = api.events(db, actor=actor, event_type=event_type.upper() if event_type else None,
                       since=since, until=until, limit=limit)
    click.echo(_table(found))
    click.echo(f"{len(found)} event(s)")


@main.command("export")
@DB
@click.option("--format", "fmt", required=True, type=click.Choice(list(FORMATS)), help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Output file (default: stdout).")
def export_command(db, fmt, output):
    """Export every event in the store.

    Example: dragoman export --db events.db --format plover-jsonl -o events.jsonl
    """
    _require_db(db)
    with open_store(db) as store:
        if output:
            with open(output, "w", encoding="utf-8") as fp:
                count = export(store, fmt, fp)
            click.echo(f"{count} event(s) written to {output}", err=True)
        else:
            export(store, fmt, sys.stdout)


@main.command("eval")
@click.option("--gold", required=True, type=click.Path(exists=True, dir_okay=False), help="Gold file.")
@click.option("--db", type=click.Path(exists=True, dir_okay=False), help="Score the events of this store.")
@click.option("--pred", type=click.Path(exists=True, dir_okay=False), help="Score these plover-jsonl events.")
@click.option("--format", "fmt", type=click.Choice([*evaluate.FORMATS, "plover-jsonl"]),
              help="Gold format (default: guessed from the file name).")
@click.option("--split", type=click.Choice(["test", "train", "all"]), help="Score only this fixed split of the gold.")
@click.option("--limit", type=int, help="Score only the first N gold items.")
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
@click.option("--context", help="A sentence containing TEXT, parsed to read it in context.")
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


def _actor_json(mention) -> dict:
    actor = mention.actor
    return {"text": mention.text, "name": actor.name, "country": actor.country, "sector": actor.sector,
            "wikidata": actor.wikidata, "resolved": actor.resolved, "role_title": actor.role_title}


def _require_db(db: str) -> None:
    if not Path(db).exists():
        raise click.ClickException(f"{db}: no such store (create it with `dragoman code ... --db {db}`)")


def _print_summary(summary: Summary, db: str) -> None:
    echo = lambda text: click.echo(text, err=True)  # noqa: E731 - the summary is a report, not data
    echo(
        f"read {summary.documents} document(s), skipped {len(summary.skipped)}; "
        f"{summary.sentences} sentences, {summary.events} events in {summary.elapsed:.1f}s "
        f"({summary.sentences_per_second:.0f} sentences/s) -> {db}"
    )
    for skipped in summary.skipped:
        echo(f"  skipped {skipped.origin}: {skipped.reason}")


_COLUMNS = (("date", 10), ("event", 9), ("mode", 12), ("actor", 30), ("recipient", 30), ("trigger", 12), ("doc", 20))


def _table(events: list[Event]) -> str:
    rows = [_row(e) for e in events]
    head = "  ".join(name.ljust(width) for name, width in _COLUMNS)
    lines = [head, "  ".join("-" * width for _, width in _COLUMNS)]
    for row in rows:
        lines.append("  ".join(_fit(cell, width) for cell, (_, width) in zip(row, _COLUMNS)))
    return "\n".join(lines)


def _row(event: Event) -> list[str]:
    when = event.date.isoformat() if event.date else "?"
    if event.date and event.date_precision == "month":
        when = when[:7]
    elif event.date and event.date_precision == "year":
        when = when[:4]
    return [
        when,
        event.event_type,
        event.mode or "asserted",
        _who(event.actors),
        _who(event.recipients),
        event.evidence.trigger,
        f"{event.evidence.doc_id}:{event.evidence.sentence_index}",
    ]


def _who(mentions) -> str:
    return "; ".join(f"{m.actor.name or m.text} ({m.actor.country or '?'} {m.actor.sector or ''})".replace(" )", ")")
                     for m in mentions) or "-"


def _fit(text: str, width: int) -> str:
    return text.ljust(width) if len(text) <= width else text[: width - 1] + "…"


if __name__ == "__main__":
    main()
