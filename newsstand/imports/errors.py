"""Why an import stopped before writing anything."""


class ImportAborted(Exception):
    """The import can't start (unreadable file, no home page…); nothing was written."""
