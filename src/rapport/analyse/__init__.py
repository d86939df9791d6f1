"""Analyses over the store: event clusters, relations over time, the actor network, plots.

* ``clusters``: the same event reported by several articles -> one cluster
  (``clusters`` and ``cluster_events`` tables), recomputed after every ingest.
* ``relations``: per-period dyad series (counts by quad class and PLOVER type, Goldstein
  and PLOVER scale) and the busiest dyads.
* ``network``: actors as nodes, event counts and mean scores as weighted edges.
* ``plots``: Altair charts rendered by vl-convert (PNG, SVG, offline HTML).
"""
