"""The application: ``create_app`` wires the service, the security headers, the body limit, the one error
handler, the assets, the pages and the JSON API."""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.resources import files
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from jinja2 import Environment, PackageLoader
from starlette.exceptions import HTTPException
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dossier import __version__
from dossier.errors import DossierError, InputError, NotFoundError, UsageError
from dossier.evidence.encoder import Encoder
from dossier.serve.service import Service

MAX_BODY = 8 * 1024 * 1024  # bytes a request body may hold
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]
ASSETS = {"style.css": "text/css; charset=utf-8", "app.js": "text/javascript; charset=utf-8"}
log = logging.getLogger("dossier.serve")


class ServeError(Exception):
    """The one failure a view raises: an HTTP ``status`` and a ``message`` in words."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers


def as_serve_error(exc: Exception) -> ServeError:
    """Any exception as the ``ServeError`` it answers with."""
    if isinstance(exc, ServeError):
        return exc
    if isinstance(exc, NotFoundError):
        return ServeError(404, str(exc))
    if isinstance(exc, UsageError | InputError):
        return ServeError(400, str(exc))
    if isinstance(exc, RequestValidationError):
        return ServeError(400, validation_message(exc.errors()))
    if isinstance(exc, HTTPException):
        return ServeError(exc.status_code, str(exc.detail), dict(exc.headers or {}) or None)
    if isinstance(exc, DossierError):
        return ServeError(500, str(exc))
    log.exception("internal error", exc_info=exc)
    return ServeError(500, "internal error")


def validation_message(errors: Any) -> str:
    """Pydantic's errors in one line: ``where: what``; ...."""
    parts = []
    for error in errors:
        where = ".".join(str(p) for p in error.get("loc", ()) if p not in ("query", "body", "path"))
        parts.append(f"{where or 'request'}: {error.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def is_api(path: str) -> bool:
    return path == "/api" or path.startswith("/api/")


def error_response(templates: Environment, path: str, error: ServeError) -> Response:
    """The error as JSON (``{"status", "message"}``) under /api/, else as a page."""
    if is_api(path):
        body = {"status": error.status, "message": error.message}
        return JSONResponse(body, status_code=error.status, headers=error.headers)
    page = templates.get_template("error.html").render(
        status=error.status, message=error.message, writable=False
    )
    return HTMLResponse(page, status_code=error.status, headers=error.headers)


class Guard:
    """ASGI middleware: security headers on every response; request bodies over ``limit`` bytes refused
    with 413 (by their Content-Length, or as they stream in)."""

    def __init__(self, app: ASGIApp, limit: int, templates: Environment) -> None:
        self.app = app
        self.limit = limit
        self.templates = templates

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *HEADERS]
            await send(message)

        too_large = ServeError(413, f"request body larger than the limit of {self.limit:,} bytes")
        length = dict(scope.get("headers", [])).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.limit):
            error = too_large if length.isdigit() else ServeError(400, "invalid Content-Length")
            await error_response(self.templates, scope["path"], error)(scope, receive, secured)
            return
        received = 0

        async def limited() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise too_large
            return message

        await self.app(scope, limited, secured)


def create_app(
    db: str,
    token: str | None = None,
    max_body: int = MAX_BODY,
    encoder: Encoder | None = None,
    warm: bool = False,
) -> FastAPI:
    """The web application over the evidence base at ``db`` (which must exist): pages, assets and the
    JSON API under /api/ (OpenAPI document at /api/openapi.json). With a ``token``, POSTs that carry it
    (``Authorization: Bearer TOKEN``, or the ingest form's token field) store articles; without, the
    server is read-only. ``encoder`` embeds texts (MiniLM by default). With ``warm``, the claims listing,
    event types and sources are read in the background as the server starts, so the first visitor does not
    wait for them."""
    from dossier.serve import api, pages

    service = Service(db, token, encoder)
    templates = Environment(loader=PackageLoader("dossier.serve", "templates"), autoescape=True)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        if warm:
            threading.Thread(target=service.warm, name="dossier-warm", daemon=True).start()
        yield
        service.close()

    app = FastAPI(
        lifespan=lifespan,
        title="dossier",
        version=__version__,
        description="The evidence base across reports: claims, their boards, articles and sources.",
        openapi_url="/api/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    app.state.service = service
    app.state.templates = templates
    app.state.assets = {
        name: (files("dossier.serve").joinpath("static", name).read_bytes(), kind)
        for name, kind in ASSETS.items()
    }

    async def handle(request: Request, exc: Exception) -> Response:
        return error_response(templates, request.url.path, as_serve_error(exc))

    def openapi() -> dict[str, Any]:
        """FastAPI's document, with the 400 this API answers invalid requests with in place of 422."""
        if app.openapi_schema is None:
            document = get_openapi(
                title=app.title, version=app.version, description=app.description, routes=app.routes
            )
            for path in document.get("paths", {}).values():
                for operation in path.values():
                    operation.get("responses", {}).pop("422", None)
            schemas = document.get("components", {}).get("schemas", {})
            for name in ("HTTPValidationError", "ValidationError"):
                schemas.pop(name, None)
            app.openapi_schema = document
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    for kind in (ServeError, DossierError, HTTPException, RequestValidationError, Exception):
        app.add_exception_handler(kind, handle)
    app.add_middleware(Guard, limit=max_body, templates=templates)
    app.include_router(api.router)
    app.include_router(pages.router)
    return app
