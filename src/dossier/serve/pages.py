"""The HTML pages: Claims, Claim board, Articles, Article, Sources, Source and Ingest, rendered on the
server from what ``queries`` reads through the library door."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Request
from pydantic import ValidationError
from starlette.datastructures import UploadFile
from starlette.responses import HTMLResponse, RedirectResponse, Response

from dossier.base import standing
from dossier.errors import InputError
from dossier.ingest import normalise_date
from dossier.serve import markup, queries
from dossier.serve.api import authorize, ingest_job, service_of
from dossier.serve.app import ServeError, validation_message
from dossier.serve.uploads import from_fields, from_file

router = APIRouter(include_in_schema=False)
MAX_FILES = 50
PER_PAGE = 100  # rows of the sources and of a source's statements a page shows


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    service = service_of(request)
    template = request.app.state.templates.get_template(name)
    page = template.render(
        request=request,
        writable=service.writable,
        q=lambda value: quote(value, safe=""),
        mark_link=markup.mark_link,
        **context,
    )
    return HTMLResponse(page, status_code=status)


@router.get("/static/{name}")
def asset(request: Request, name: str) -> Response:
    """One of the assets the package ships, by name (never a path)."""
    found = request.app.state.assets.get(name)
    if found is None:
        raise ServeError(404, f"no asset {name!r}")
    body, kind = found
    return Response(body, media_type=kind, headers={"Cache-Control": "public, max-age=3600"})


@router.get("/")
def home() -> Response:
    return RedirectResponse("/claims", status_code=302)


def claim_query(request: Request) -> queries.ClaimQuery:
    """The Claims page's query string as a ``ClaimQuery``; empty fields are left out."""
    known = queries.ClaimQuery.model_fields
    params = {k: v for k, v in request.query_params.items() if v.strip() and k in known}
    try:
        return queries.ClaimQuery.model_validate(params)
    except ValidationError as exc:
        raise ServeError(400, validation_message(exc.errors())) from None


@router.get("/claims")
def claims_page(request: Request) -> HTMLResponse:
    query = claim_query(request)
    service = service_of(request)
    found = queries.claims(service, query)
    current = {k: v for k, v in query.model_dump().items() if v not in (None, False, "")}

    def url(**changes: Any) -> str:
        params = current | changes
        defaults = queries.ClaimQuery().model_dump()
        kept = {
            k: ("1" if v is True else v) for k, v in params.items() if v != defaults.get(k) and v is not None
        }
        return "/claims" + (f"?{urlencode(kept)}" if kept else "")

    def sort_url(column: str) -> str:
        order = "asc" if query.sort == column and query.order == "desc" else "desc"
        return url(sort=column, order=order, page=1)

    return render(
        request,
        "claims.html",
        title="Claims",
        page=found,
        query=query,
        rows=[queries.claim_summary(b) for b in found.boards],
        types=queries.event_types(service),
        url=url,
        sort_url=sort_url,
    )


@router.get("/claims/{claim_id}")
def claim_page(request: Request, claim_id: str) -> HTMLResponse:
    service = service_of(request)
    board = queries.board(service, claim_id)
    return render(
        request,
        "claim.html",
        title=board.claim.statement[:80],
        board=board,
        best=queries.best_quote(board),
        evidence=queries.evidence(board),
        chart=markup.timeline(board),
        conflicting=queries.statements(service, board.claim.conflicts),
        related=queries.related(service, board),
        standing=standing(board),
    )


@router.get("/articles")
def articles_page(request: Request) -> HTMLResponse:
    return render(request, "articles.html", title="Articles", articles=queries.articles(service_of(request)))


@router.get("/articles/{article_id:path}")
def article_page(request: Request, article_id: str, hl: str | None = None) -> HTMLResponse:
    found = queries.article(service_of(request), article_id)
    text = found.record["text"]
    try:
        marks = markup.parse_marks(hl, len(text))
    except ValueError as exc:
        raise ServeError(400, str(exc)) from None
    url = found.record.get("url") or ""
    return render(
        request,
        "article.html",
        title=found.record.get("title") or article_id,
        found=found,
        record=found.record,
        body=markup.highlight(text, found.record, marks),
        marked=bool(marks),
        bars=markup.profile_bars(found.profile),
        url=url if url.startswith(("https://", "http://")) else None,
    )


def page_number(request: Request) -> int:
    page = request.query_params.get("page", "1")
    if not page.isdigit() or not 1 <= int(page) <= 1_000_000:
        raise ServeError(400, f"page: {page!r} is not a page number")
    return int(page)


def paged(rows: list[Any], number: int) -> dict[str, Any]:
    """One page of ``rows`` (``PER_PAGE`` a page) with what the page's navigation needs."""
    start = (number - 1) * PER_PAGE
    pages = max(1, -(-len(rows) // PER_PAGE))
    return {"rows": rows[start : start + PER_PAGE], "total": len(rows), "number": number, "pages": pages}


@router.get("/sources")
def sources_page(request: Request) -> HTMLResponse:
    listed = paged(queries.sources(service_of(request)), page_number(request))
    return render(request, "sources.html", title="Sources", listed=listed)


@router.get("/sources/{key:path}")
def source_page(request: Request, key: str) -> HTMLResponse:
    record = queries.source(service_of(request), key)
    standings = [x["standing"] for x in record.statements]
    counts = {s: standings.count(s) for s in ("confirmed", "contradicted", "unresolved")}
    listed = paged(record.statements, page_number(request))
    title = record.source.name or key
    return render(request, "source.html", title=title, record=record, counts=counts, listed=listed)


@router.get("/ingest")
def ingest_page(request: Request) -> HTMLResponse:
    return render(request, "ingest.html", title="Ingest", result=None)


@router.post("/ingest")
async def ingest_submit(request: Request) -> HTMLResponse:
    service = service_of(request)
    async with request.form(max_files=MAX_FILES, max_fields=20) as form:
        token = form.get("token")
        authorize(service, token if isinstance(token, str) else None)
        errors: list[InputError] = []
        fields = {k: v for k, v in form.items() if isinstance(v, str) and k != "token"}
        try:
            published = normalise_date(fields.get("published") or None)
        except ValueError as exc:
            raise ServeError(400, str(exc)) from None
        articles = []
        if (fields.get("text") or "").strip():
            pasted = from_fields(fields | {"published": published}, "pasted text", errors.append)
            articles += [pasted] if pasted else []
        for upload in form.getlist("files"):
            if isinstance(upload, UploadFile) and upload.filename:
                data = await upload.read()
                articles += list(from_file(upload.filename, data, published, errors.append))
    if not articles and not errors:
        raise ServeError(400, "nothing to ingest: paste a text or choose files")
    result = await service.write(ingest_job(articles, errors))
    titles = {a.id: a.title for a in articles}
    for row in result["ingested"]:
        row["title"] = titles.get(row["id"])
    return render(request, "ingest.html", title="Ingest", result=result)
