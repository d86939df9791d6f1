"""rapport: news reports in, sourced actors, quotations and political events out."""
__version__ = "0.1.0"
