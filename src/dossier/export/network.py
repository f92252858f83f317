"""Networks of the evidence for Gephi and other graph tools (GEXF, GraphML), built with networkx.

Nodes are the sources, the claims, the outlets and the actors (PLOVER actor codes); edges run from a
source to a claim it ``asserts``, ``denies`` or ``declines`` (one edge per statement, with the report and
the quote), from an outlet to a claim one of its articles ``reports``, and from an actor to a claim it
``takes-part`` in (as actor or recipient). Every edge carries its ``date`` (the report's publication
date) and every node the first date it appears, as ``start``: GEXF writes them as a dynamic graph, so
Gephi's timeline plays the story report by report. An outlet's own voice is its outlet node.
"""

from __future__ import annotations

import os
from typing import Any

import networkx as nx

from dossier.export.evidence import Evidence, standing

RELATIONS = ("asserts", "denies", "declines", "reports", "takes-part")


def _clean(data: dict[str, Any]) -> dict[str, Any]:
    """Attributes both formats can write: no None, lists joined with ``;``."""
    return {
        key: ";".join(map(str, value)) if isinstance(value, list | tuple) else value
        for key, value in data.items()
        if value is not None
    }


def graph(evidence: Evidence) -> nx.MultiDiGraph:
    """The evidence network of ``evidence``: sources, claims, outlets and actors, with dated edges."""
    g = nx.MultiDiGraph(name="dossier evidence network")
    articles = evidence.articles
    outlet_names: dict[str, str] = {}
    for article in articles.values():
        key = article["outlet_key"]
        outlet_names.setdefault(key, article.get("outlet") or key.removeprefix("outlet:"))

    def node(key: str, **data: Any) -> None:
        date = data.pop("date", None)
        if key not in g:
            g.add_node(key, **_clean(data))
        if date and (g.nodes[key].get("start") is None or date < g.nodes[key]["start"]):
            g.nodes[key]["start"] = date

    def edge(source: str, target: str, key: str, relation: str, date: str | None, **data: Any) -> None:
        g.add_edge(
            source, target, key=key, **_clean({"relation": relation, "date": date, "start": date, **data})
        )

    for board in evidence.boards:
        claim = board.claim
        cid = f"claim:{claim.id}"
        node(
            cid,
            kind="claim",
            label=claim.statement,
            claim=claim.id,
            event_type=claim.type,
            grade=board.grade,
            standing=standing(board),
            contradicted=board.contradicted,
            reports=len(claim.articles),
            date=board.first_reported,
        )
        for article in claim.articles:
            record = articles.get(article, {})
            outlet = record.get("outlet_key")
            if outlet:
                node(outlet, kind="outlet", label=outlet_names[outlet], date=record.get("published"))
                edge(outlet, cid, f"reports:{article}", "reports", record.get("published"), article=article)
        when = claim.date or board.first_reported
        for role, codes in (("actor", claim.actor), ("recipient", claim.recipient)):
            for code in dict.fromkeys(codes):
                node(f"actor:{code}", kind="actor", label=code, date=when)
                edge(f"actor:{code}", cid, f"{role}:{code}", "takes-part", when, role=role)

    for statement in evidence.statements():
        item = statement.item
        key = statement.source
        if key in outlet_names:  # the outlet's own voice
            node(key, kind="outlet", label=outlet_names[key], date=item.published)
        else:
            summary = evidence.sources.get(key)
            node(
                key,
                kind="source",
                label=evidence.source_name(key),
                source_kind=summary.kind if summary else item.source_kind,
                date=item.published,
            )
        edge(
            key,
            f"claim:{statement.claim}",
            f"{item.article}:{item.idx}",
            statement.position,
            item.published,
            article=item.article,
            quote=item.text,
            spans=[f"{start}-{end}" for start, end in item.spans],
            via=item.via,
            copy_of=statement.copy_of,
        )
    return g


def write_gexf(evidence: Evidence, path: str | os.PathLike[str]) -> nx.MultiDiGraph:
    """Write the evidence network as GEXF 1.2 (Gephi), dynamic by date; the graph written."""
    g = graph(evidence)
    nx.write_gexf(g, path)
    return g


def write_graphml(evidence: Evidence, path: str | os.PathLike[str]) -> nx.MultiDiGraph:
    """Write the evidence network as GraphML; the graph written."""
    g = graph(evidence)
    nx.write_graphml(g, path)
    return g
