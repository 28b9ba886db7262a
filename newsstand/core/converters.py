class UnicodeSlugConverter:
    """A slug that may hold any letters, as taggit and our author slugs allow ("ọṣun-osogbo")."""

    regex = r"[-\w]+"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value
