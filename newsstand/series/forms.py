from django import forms

from wagtail.admin.forms import WagtailAdminPageForm


class EpisodePageForm(WagtailAdminPageForm):
    """Suggests the next free episode number and refuses one already in use in the series."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance._state.adding and self.parent_page is not None:
            number = self.instance.next_free_number(self.parent_page)
            self.fields["number"].initial = number
            self.fields["title"].initial = f"Episode {number:02d}"
            self.fields["slug"].initial = f"episode-{number:02d}"
            self.fields[
                "title"
            ].help_text = "Shown as “Series title (Episode NN)” whatever you type."

    def clean(self):
        cleaned_data = super().clean()
        number = cleaned_data.get("number")
        if number is not None and self.parent_page is not None:
            if self.instance.number_taken(self.parent_page, number):
                self.add_error(
                    "number",
                    forms.ValidationError(f"Episode {number} already exists in this series."),
                )
            else:
                cleaned_data["title"] = self.instance.title_for(self.parent_page.title, number)
        return cleaned_data
