"""The JSON API under /api/: the pages' data (claims with the same filters, claim, articles, article,
sources, source) and POST /api/articles to extract and store articles (bearer token)."""

from __future__ import annotations

import hmac
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, Field
from starlette.responses import JSONResponse

from dossier.errors import InputError
from dossier.schema import Article
from dossier.serve import queries
from dossier.serve.app import ServeError
from dossier.serve.service import Service
from dossier.serve.uploads import from_fields


class Failure(BaseModel):
    """Every error the API answers with."""

    status: int = Field(description="The HTTP status")
    message: str = Field(description="What went wrong, in words")


def failure(description: str) -> dict[str, Any]:
    return {"model": Failure, "description": description}


router = APIRouter(
    prefix="/api",
    tags=["api"],
    responses={
        400: failure("Invalid parameters"),
        404: failure("No such record or route"),
        413: failure("Body too large"),
    },
)
MAX_ARTICLES = 200  # articles one POST may carry


def service_of(request: Request) -> Service:
    return request.app.state.service


def authorize(service: Service, given: str | None) -> None:
    """Let a write through only with the server's token; ``ServeError`` 403 when the server is read-only,
    401 when the token is missing or wrong."""
    if not service.writable:
        raise ServeError(
            403, "this server is read-only: start it with --token or DOSSIER_TOKEN to accept writes"
        )
    if not given or not hmac.compare_digest(given.encode(), (service.token or "").encode()):
        raise ServeError(401, "writes need the server's token", {"WWW-Authenticate": "Bearer"})


def bearer(request: Request) -> None:
    """Dependency of the writes: the ``Authorization: Bearer TOKEN`` header must carry the token."""
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    authorize(service_of(request), value.strip() if scheme.lower() == "bearer" else None)


class ArticleIn(BaseModel):
    """One article to extract and store."""

    text: str = Field(description="The article's text")
    id: str | None = Field(None, max_length=200, description="Its id (the text's hash when none)")
    title: str | None = Field(None, max_length=1000)
    url: str | None = Field(None, max_length=2000)
    published: str | None = Field(None, max_length=40, description="YYYY-MM-DD")
    outlet: str | None = Field(None, max_length=200)


class ArticlesIn(BaseModel):
    articles: list[ArticleIn] = Field(min_length=1, max_length=MAX_ARTICLES)


def ingest_job(articles: list[Article], errors: list[InputError]) -> Any:
    """The write that extracts and stores ``articles``: what was done with each, and each bad item with its
    reason (``errors`` found while reading, then those of the extraction)."""

    def job(base: Any) -> dict[str, Any]:
        failed = list(errors)
        done = list(base.ingest(articles, on_error=failed.append)) if articles else []
        return {
            "ingested": [{"id": i.id, "status": i.status} for i in done],
            "errors": [{"item": e.item, "reason": e.reason} for e in failed],
        }

    return job


@router.get("/claims", summary="Claims, searched, filtered, sorted and paged")
def api_claims(request: Request, query: Annotated[queries.ClaimQuery, Query()]) -> JSONResponse:
    found = queries.claims(service_of(request), query)
    return JSONResponse(
        {
            "total": found.total,
            "page": query.page,
            "per_page": query.per_page,
            "pages": found.pages,
            "claims": [queries.claim_summary(b) for b in found.boards],
        }
    )


@router.get("/claims/{claim_id}", summary="One claim's board (by id or unique prefix)")
def api_claim(request: Request, claim_id: str) -> JSONResponse:
    return JSONResponse(queries.board_data(service_of(request), claim_id))


@router.get("/articles", summary="Every stored article: id, title, outlet, published, origin")
def api_articles(request: Request) -> JSONResponse:
    return JSONResponse({"articles": queries.articles(service_of(request))})


@router.get("/articles/{article_id:path}", summary="One article: extraction, claim items, sourcing profile")
def api_article(request: Request, article_id: str) -> JSONResponse:
    return JSONResponse(queries.article(service_of(request), article_id).to_dict())


@router.get("/sources", summary="The sources across reports, most items first, paged")
def api_sources(
    request: Request,
    page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    per_page: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> JSONResponse:
    found = queries.sources(service_of(request))
    start = (page - 1) * per_page
    listed = found[start : start + per_page]
    return JSONResponse({"total": len(found), "page": page, "per_page": per_page, "sources": listed})


@router.get("/sources/{key:path}", summary="What one source asserted, denied or declined, and how it stands")
def api_source(
    request: Request,
    key: str,
    page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    per_page: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> JSONResponse:
    record = queries.source(service_of(request), key)
    start = (page - 1) * per_page
    statements = record.statements[start : start + per_page]
    return JSONResponse(
        {
            "source": record.source.to_dict(),
            "total": len(record.statements),
            "page": page,
            "per_page": per_page,
            "statements": statements,
        }
    )


@router.post(
    "/articles",
    summary="Extract and store articles (needs the bearer token)",
    responses={401: failure("No or wrong token"), 403: failure("Read-only server")},
    dependencies=[Depends(bearer)],
)
async def api_ingest(request: Request, body: ArticlesIn) -> JSONResponse:
    service = service_of(request)
    errors: list[InputError] = []
    articles = [
        a
        for n, fields in enumerate(body.articles)
        if (a := from_fields(fields.model_dump(), f"articles[{n}]", errors.append)) is not None
    ]
    return JSONResponse(await service.write(ingest_job(articles, errors)))
