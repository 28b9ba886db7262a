class DemoError(Exception):
    """The demo publication cannot be loaded into this database."""
