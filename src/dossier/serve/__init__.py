"""``dossier serve``: the evidence base in a browser and as a JSON API, a thin shell over
``dossier.EvidenceBase``.

>>> from dossier.serve import create_app  # doctest: +SKIP
>>> app = create_app("examples/example.db", token=None)  # read-only  # doctest: +SKIP

``create_app`` builds the ASGI application; pages and API views call the library door and nothing
else; every failure is one ``ServeError`` with an HTTP status, turned into an HTML page or a JSON body by
one handler.
"""

from dossier.serve.app import MAX_BODY, ServeError, create_app

__all__ = ["MAX_BODY", "ServeError", "create_app"]
