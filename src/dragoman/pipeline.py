"""Composes the stages: language -> actors -> events -> dates (-> store, in ``api``)."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from dragoman.actors.resolver import ActorResolver
from dragoman.actors.story import story_home, with_local_people, with_story_country
from dragoman.dating import date_events
from dragoman.events.agency import keep_agents
from dragoman.events.classifier import load_classifier
from dragoman.events.coder import EventCoder
from dragoman.events.contexts import assign_contexts
from dragoman.events.hybrid import combine
from dragoman.events.phrases import with_argument_phrases
from dragoman.events.quotes import find_quotes
from dragoman.headline import foreground, headline_text, main_event, verb_reading
from dragoman.language import MAX_CHARS, load_nlp, parse, sentences
from dragoman.records import Article, CodedArticle, Event, Mention, Skipped, Warned
from dragoman.where import dateline_place, find_places, locate_events


@dataclass
class Summary:
    """What a coding run did; printed at the end of ``dragoman code``."""

    documents: int = 0
    sentences: int = 0
    events: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[Warned] = field(default_factory=list)  # read and coded all the same
    started: float = field(default_factory=time.perf_counter)
    elapsed: float = 0.0

    def add(self, coded: CodedArticle) -> None:
        self.documents += 1
        self.sentences += len(coded.sentences)
        self.events += len(coded.events)

    def finish(self) -> "Summary":
        self.elapsed = time.perf_counter() - self.started
        return self

    @property
    def sentences_per_second(self) -> float:
        return self.sentences / self.elapsed if self.elapsed else 0.0


class Pipeline:
    """The coding stages with their loaded resources; build once, code many articles."""

    def __init__(self, actor_files: Sequence[str | Path] = (), use_classifier: bool = True):
        self.resolver = ActorResolver(extra_files=actor_files)
        self.coder = EventCoder(place_actor=self._place_actor)
        # the words a headline's misparsed verb may be (see headline.verb_reading)
        self._headline_verbs = frozenset(self.coder.lex.verbs.keys() | self.coder.lex.light_verbs)
        # Rules alone when the classifier's artifacts are missing or it is switched off.
        self.classifier = load_classifier() if use_classifier else None

    def code(self, articles: Iterable[Article], summary: Summary | None = None) -> Iterator[CodedArticle]:
        """Code articles in order; an article too long for the parser, or one the coder
        fails on, is skipped (listed in ``summary.skipped`` with why)."""
        summary = summary if summary is not None else Summary()
        batch = _fitting(articles, summary)
        for article, doc, headline in _zip_parsed(batch, self._headline_text):
            try:
                coded = self.code_parsed(article, doc, headline)
            except Exception as error:  # a fault of ours on one article must not end the batch
                summary.skipped.append(Skipped(article.origin or article.doc_id,
                                               f"could not be coded ({type(error).__name__}: {error}); please report it"))
                continue
            summary.add(coded)
            yield coded

    def code_parsed(self, article: Article, doc, headline=None) -> CodedArticle:
        """Code one parsed article; ``headline`` is its parsed headline text (parsed here
        when the article has a title and none is given)."""
        mentions = self.resolver.find_mentions(doc, article.date)
        quotes = find_quotes(doc, article.doc_id, mentions)
        events = self.coder.code(doc, article.doc_id, mentions, quotes)
        if self.classifier is not None:
            events = combine(doc, article.doc_id, events, mentions, quotes, self.classifier,
                             place_recipients=self.coder.place_recipients)
        events = [with_argument_phrases(doc, e) for e in keep_agents(doc, events)]
        dateline = dateline_place(article.text)
        places = [] if dateline else [p.country for p in find_places(doc, mentions) if p.country]
        home = story_home(mentions, dateline.country if dateline else None, self.resolver, article.date, places)
        if home:  # "the president", "police": the story's country
            events = [with_story_country(e, home) for e in events]
        date_events(doc, events, article.date, quotes)
        events = [self._redate_actors(e, article) for e in events]
        assign_contexts(doc, events)  # after redating: a party's sector on the event's date
        locate_events(doc, events, mentions, article.text)
        events = [with_local_people(e, self.resolver.kb) for e in events]
        main = main_event(self._headline_events(article, headline)) or main_event(events)
        article = replace(article, main_type=main.event_type if main else None)
        return CodedArticle(article, sentences(doc, article.doc_id), mentions, events, quotes)

    def _headline_text(self, article: Article) -> str | None:
        """The headline as the parser should read it (title case put in sentence case)."""
        return headline_text(article.title, self.resolver.kb) if article.title else None

    def _headline_events(self, article: Article, doc=None) -> list[Event]:
        """The events the headline reports, by the rules alone (they only name the
        article's main type)."""
        if doc is None:
            text = self._headline_text(article)
            if text is None:
                return []
            doc = load_nlp()(text)
        reading = verb_reading(doc, self._headline_verbs)
        if reading is not None:  # the parse missed the headline's verb or its passive
            return self._coded_headline(load_nlp()(reading), article)
        return self._coded_headline(doc, article)

    def _coded_headline(self, doc, article: Article) -> list[Event]:
        # no quotes: a headline's "X: ..." is no speech worth the search
        events = self.coder.code(doc, article.doc_id, self.resolver.find_mentions(doc, article.date), need_actor=False)
        return foreground(events, doc)

    def _redate_actors(self, event: Event, article: Article) -> Event:
        """Roles are those valid on the event date ("the Secretary of State" in 2022)."""
        when = event.date if event.date_basis in ("text", "context") and event.date else article.date
        if when == article.date:
            return event
        event.actors = [self._at(m, when) for m in event.actors]
        event.recipients = [self._at(m, when) for m in event.recipients]
        return event

    def _at(self, mention: Mention, when) -> Mention:
        return replace(mention, actor=self.resolver.actor_at(mention.actor, when))

    def _place_actor(self, token, doc) -> Mention | None:
        """The country of a destination ("a visit to Moscow") as a recipient."""
        # the place's own words: not a clause or aside hung on it ("Syria, the ministry said")
        right = max([token.i] + [c.right_edge.i for c in token.rights if c.dep_ not in _NOT_PLACE_WORDS])
        span = doc[token.left_edge.i : right + 1]
        found = self.resolver.resolve_text(span.text)
        if not found:
            return None
        first = found[0]
        return Mention(text=span.text, start=span.start_char, end=span.end_char, actor=first.actor)


_NOT_PLACE_WORDS = frozenset({"relcl", "acl", "conj", "cc", "punct", "advcl", "parataxis", "dep"})


def _fitting(articles: Iterable[Article], summary: Summary) -> Iterator[Article]:
    for article in articles:
        if len(article.text) > MAX_CHARS:
            summary.skipped.append(
                Skipped(article.origin or article.doc_id, f"text too long ({len(article.text):,} characters, limit {MAX_CHARS:,})")
            )
            continue
        yield article


def _zip_parsed(articles: Iterable[Article], headline_text) -> Iterator[tuple[Article, object, object]]:
    """Pair each article with the parses of its text and headline (None without one)
    while streaming through spaCy's batches."""
    pending: list[tuple[Article, bool]] = []

    def texts() -> Iterator[str]:
        for article in articles:
            headline = headline_text(article)
            pending.append((article, headline is not None))
            yield article.text
            if headline is not None:
                yield headline

    docs = parse(texts())
    for doc in docs:
        article, has_headline = pending.pop(0)
        yield article, doc, next(docs) if has_headline else None
