import factory
from factory.django import DjangoModelFactory

from wagtail.models import Collection

from .models import CustomImage


class ImageFactory(DjangoModelFactory):
    class Meta:
        model = CustomImage

    title = factory.Sequence(lambda n: f"Photo {n}")
    description = factory.Sequence(lambda n: f"A described test photo {n}")
    credit = "Photo: newsstand"
    file = factory.django.ImageField(width=64, height=36, color="teal")
    collection = factory.LazyFunction(Collection.get_first_root_node)
