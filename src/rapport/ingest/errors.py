"""The one exception ingest raises, so callers can tell bad input from bugs."""


class IngestError(Exception):
    """A document that cannot be read; the message is shown to the user as the reason."""
