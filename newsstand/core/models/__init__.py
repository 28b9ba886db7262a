from .cards import PostCard
from .home import HomePage
from .invalidations import PendingInvalidation
from .settings import PublicationSettings, handle_field, handle_validator

__all__ = [
    "HomePage",
    "PendingInvalidation",
    "PostCard",
    "PublicationSettings",
    "handle_field",
    "handle_validator",
]
