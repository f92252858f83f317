"""Wire the stages: article -> parse -> actors -> attribution -> events -> enrichment -> record."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from spacy.tokens import Doc

from dossier import actors, attribution, enrich, events
from dossier.errors import DossierError, InputError
from dossier.ingest import make_article, with_furniture
from dossier.ingest.boilerplate import mask_furniture, outside_furniture
from dossier.nlp import parse
from dossier.schema import Article, Extraction


def extract_from_doc(article: Article, doc: Doc) -> Extraction:
    """Run every per-article stage over a parsed document (the article's text with its furniture blanked:
    same length, so every offset indexes ``article.text``)."""
    entities = actors.extract_entities(doc, published=article.published)
    attributions = attribution.extract_attributions(doc, entities)
    found = events.extract_events(doc, entities, attributions)
    found = enrich.enrich_events(found, doc, entities, published=article.published, attributions=attributions)
    quantities = enrich.extract_quantities(doc)
    record = Extraction(
        id=article.id,
        text=article.text,
        title=article.title,
        url=article.url,
        published=article.published,
        outlet=article.outlet,
        entities=entities,
        attributions=attributions,
        events=found,
        quantities=quantities,
        furniture=article.furniture,
        encoding=article.encoding,
    )
    return outside_furniture(record, article.text, article.furniture)


def extract(
    text: str,
    id: str | None = None,
    published: str | None = None,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
) -> Extraction:
    """Extract one article's entities, attributions, events and quantities.

    >>> extract("Iran denied the report.", published="2024-09-07").entities[0].country
    'IRN'
    """
    article = make_article(text, id=id, title=title, url=url, published=published, outlet=outlet)
    return next(extract_many([article]))


def extract_many(
    articles: Iterable[Article | str],
    processes: int = 1,
    batch_size: int = 32,
    on_error: Callable[[InputError], None] | None = None,
) -> Iterator[Extraction]:
    """Stream extractions for ``articles`` (``Article`` records or plain texts), in input order.

    An article that fails raises ``InputError``, or, given ``on_error``, is handed to it and skipped
    while the rest go through. With ``processes`` > 1, worker processes parse and extract chunks of
    articles (``dossier.processes``); the records and their order are the same.

    >>> [r.id for r in extract_many([make_article("Iran denied it.", id="a1")])]
    ['a1']
    """

    if processes > 1:
        from dossier.processes import extract_in_processes

        yield from extract_in_processes(articles, processes, batch_size, on_error)
        return

    def prepared() -> Iterator[tuple[str, Article]]:
        for item in articles:
            try:
                article = with_furniture(item) if isinstance(item, Article) else make_article(item)
            except InputError as exc:
                if on_error is None:
                    raise
                on_error(exc)
                continue
            # Furniture is blanked, not cut: the parse never reads it and its offsets index the text.
            yield mask_furniture(article.text, article.furniture), article

    for doc, article in _parse_each(prepared(), batch_size, 1, on_error):
        try:
            record = extract_from_doc(article, doc)
        except Exception as exc:
            if on_error is None:
                raise
            # One article that trips a stage must not take the rest of the batch with it.
            reason = (
                str(exc)
                if isinstance(exc, DossierError)
                else f"extraction failed ({type(exc).__name__}: {exc})"
            )
            on_error(InputError(article.origin or article.id, reason))
            continue
        yield record


def _parse_each(
    items: Iterator[tuple[str, Article]],
    batch_size: int,
    processes: int,
    on_error: Callable[[InputError], None] | None,
) -> Iterator[tuple[Doc, Article]]:
    """``parse`` with one article that breaks the parser costing only itself: when a batch fails, its
    articles are parsed one by one (the one that fails is handed to ``on_error``) and the rest go on."""
    fed: deque[tuple[str, Article]] = deque()
    reading: list[BaseException] = []  # an error reading the input is not the parser's: it is raised

    def feed() -> Iterator[tuple[str, Article]]:
        while True:
            try:
                item = next(items)
            except StopIteration:
                return
            except BaseException as exc:
                reading.append(exc)
                raise
            fed.append(item)
            yield item

    while True:
        try:
            for doc, article in parse(feed(), batch_size=batch_size, processes=processes):
                fed.popleft()  # ``parse`` yields in input order
                yield doc, article
            return
        except Exception:
            if on_error is None or not fed or reading:
                raise
        failed = list(fed)
        fed.clear()
        for text, article in failed:
            try:
                ((doc, _),) = parse([(text, article)])
            except Exception as exc:
                on_error(
                    InputError(article.origin or article.id, f"parse failed ({type(exc).__name__}: {exc})")
                )
                continue
            yield doc, article


def stance_facts(texts: list[str]) -> list[Any]:
    """The ``BodyFacts`` (attributions and event statuses) the stance model reads, of each text, extracted
    here: for texts that are not stored (``dossier stance``, FNC-1 labelling)."""
    from dossier.evidence.stance_features import BodyFacts

    return [BodyFacts.of(record) for record in extract_many(texts)]
