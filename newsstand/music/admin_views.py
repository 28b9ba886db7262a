"""Snippet deletion that explains, rather than fails, when something still uses the object."""

from django.contrib import messages
from django.db.models import ProtectedError
from django.shortcuts import redirect

from modelcluster.fields import ParentalKey
from wagtail.models import Page
from wagtail.snippets.views.snippets import DeleteView


def describe(obj) -> str:
    """The thing an editor recognises: a page, or the snippet or page a child row belongs to."""
    for field in obj._meta.get_fields():
        if isinstance(field, ParentalKey):
            return describe(getattr(obj, field.name))
    if isinstance(obj, Page):
        return f"the page “{obj.get_admin_display_title()}”"
    return f"the {obj._meta.verbose_name} “{obj}”"


class ProtectedDeleteView(DeleteView):
    """Wagtail hides the delete button for objects its reference index says are in use;
    this also catches what the database refuses when that index is behind."""

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ProtectedError as error:
            users = sorted({describe(obj) for obj in error.protected_objects})
            messages.error(
                self.request,
                f"“{self.object}” can't be deleted: it is still used by {', '.join(users)}. "
                "Remove it from there first.",
            )
            return redirect(self.get_usage_url().split("?")[0])
