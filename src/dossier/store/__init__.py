"""Store: extractions in one SQLite file, with flat tables to query with SQL, Datasette or CSV.

Public interface:
- ``Store(path="dossier.db")``: ``save``, ``has``, ``get``, ``ids``, ``count``, ``records``, ``rows``,
  ``close``; a context manager.
- ``TABLES``: the tables ``Store.rows`` exports (articles, entities, attributions, events, quantities).
"""

from dossier.store.store import TABLES, Store

__all__ = ["TABLES", "Store"]
