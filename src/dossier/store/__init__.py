"""Store: extractions in one SQLite file (or a PostgreSQL database), with flat tables to query with SQL,
Datasette or CSV.

Public interface:
- ``Store(path="dossier.db")``: ``save``, ``has``, ``get``, ``ids``, ``count``, ``records``, ``rows``,
  ``close``; a context manager. ``path`` may be a ``postgresql://`` URL (``store/dialect.py`` runs the
  same statements and migrations there).
- ``TABLES``: the tables ``Store.rows`` exports (articles, entities, attributions, events, quantities).
- ``VIEWS``: the readable views for SQL and Datasette (claim_list, claim_evidence, attribution_list,
  event_list), read with ``Store.view_rows``.
"""

from dossier.store.store import TABLES, VIEWS, Store

__all__ = ["TABLES", "VIEWS", "Store"]
