"""Exports for the analysts' own tools: STIX 2.1 (threat-intelligence platforms), GEXF and GraphML
(Gephi and other graph tools) and Parquet (pandas, DuckDB, Spark).

Public interface:
- ``gather(base)``: what every export reads from an ``EvidenceBase``, once (``Evidence``).
- ``stix_bundle(evidence)``: the STIX 2.1 bundle, as plain JSON-ready data.
- ``network(evidence)``, ``write_gexf(evidence, path)``, ``write_graphml(evidence, path)``: the evidence
  network (networkx ``MultiDiGraph``).
- ``write_parquet(base, folder)``: one Parquet file per table.
"""

from dossier.export.evidence import Evidence, gather
from dossier.export.network import graph as network
from dossier.export.network import write_gexf, write_graphml
from dossier.export.parquet import write_parquet
from dossier.export.stix import bundle as stix_bundle

__all__ = ["Evidence", "gather", "network", "stix_bundle", "write_gexf", "write_graphml", "write_parquet"]
