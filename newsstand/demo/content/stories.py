"""The Stories section: serialized fiction, one module per series."""

from .forty_coolers import FORTY_COOLERS
from .second_key import SECOND_KEY
from .types import Stories

STORIES = Stories(
    title="Stories",
    slug="stories",
    intro=(
        "Original serialized fiction from Lagos, Ibadan and beyond: a new episode every week, "
        "or the whole story on one page once it is finished."
    ),
    series=(SECOND_KEY, FORTY_COOLERS),
)
