from .cards import PostCard
from .home import HomePage
from .settings import PublicationSettings, handle_field, handle_validator

__all__ = ["HomePage", "PostCard", "PublicationSettings", "handle_field", "handle_validator"]
