from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "newsstand.people"
    label = "people"
    verbose_name = "People"

    def ready(self):
        from newsstand.core.signal_handlers import invalidate_pages_on_change

        invalidate_pages_on_change(self.get_model("Author"))
