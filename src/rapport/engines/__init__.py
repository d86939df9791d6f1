"""Engines: how documents get from the input stream through the pipeline into the store.

* ``local``: this machine. ``run()`` streams documents through the pipeline in one process
  or in a pool of worker processes (the model loaded once per process), in input order,
  with bounded memory; ``count_documents()`` sizes an input for progress and ETA.
* ``dask``: a Dask cluster (or a LocalCluster). Partitions of the input go to workers,
  each runs the pipeline and writes Parquet partitions of the store's tables; the client
  loads them into the DuckDB file in input order.

``rapport.api.ingest(engine=...)`` picks one; both end in the same rows.
"""
from .local import count_documents, run

__all__ = ["count_documents", "run"]
