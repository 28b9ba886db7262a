from django.db import models


class PendingInvalidation(models.Model):
    """A change the shared page cache (Redis) couldn't be told of, because it was down or
    hung: until it is applied, no process serves a cached page (see core/pagecache.py)."""

    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"Change at {self.created_at:%Y-%m-%d %H:%M:%S}"
