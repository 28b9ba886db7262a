"""The subscriber list in the Wagtail admin: search, filter by status, export to CSV."""

from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from newsstand.core.spreadsheets import spreadsheet_safe

from .models import Subscriber


class SubscriberIndex(IndexView):
    # An address or a consent note may start with "=": exported as text, never a formula.
    custom_value_preprocess = {
        **IndexView.custom_value_preprocess,
        str: {IndexView.FORMAT_CSV: spreadsheet_safe},
    }

    def get_base_queryset(self):
        return super().get_base_queryset().prefetch_related("follows")


class SubscriberViewSet(ModelViewSet):
    model = Subscriber
    icon = "mail"
    add_to_admin_menu = False  # reached from Followers, with the counts and the sends
    index_view_class = SubscriberIndex
    list_display = ["email", "status", "created_at", "confirmed_at"]
    list_filter = ["status"]
    search_fields = ["email"]
    search_backend_name = None  # the database's own matching: no search index of readers
    list_export = ["email", "status", "followed", "consent", "created_at", "confirmed_at"]
    export_filename = "followers"
    form_fields = ["email", "status", "consent"]
    inspect_view_enabled = True
