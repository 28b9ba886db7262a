import factory
from factory.django import DjangoModelFactory

from .models import Author


class AuthorFactory(DjangoModelFactory):
    class Meta:
        model = Author

    name = factory.Sequence(lambda n: f"Writer {n}")
    slug = factory.Sequence(lambda n: f"writer-{n}")
    role = "Reporter"
    bio = "Covers the city for the paper."
