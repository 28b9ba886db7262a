"""Admin forms: a song needs a credited artist; a music post is titled from its song."""

from django import forms
from django.utils.text import slugify

from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm


def live_forms(formset) -> list[forms.Form]:
    """The child forms that will be saved: valid so far, and not marked for deletion."""
    return [
        form
        for form in formset.forms
        if hasattr(form, "cleaned_data") and not formset._should_delete_form(form)
    ]


class SongForm(WagtailAdminModelForm):
    def clean(self):
        cleaned_data = super().clean()
        formset = self.formsets["song_artists"]
        formset.is_valid()
        credits = [form for form in live_forms(formset) if form.cleaned_data.get("artist")]
        seen = set()
        for form in credits:
            artist = form.cleaned_data["artist"]
            if artist.pk in seen:
                form.add_error("artist", f"{artist} is already credited on this song.")
            seen.add(artist.pk)
        if credits and not any(form.cleaned_data.get("role") == "primary" for form in credits):
            self.add_error(None, "Credit at least one artist as the song's artist, not a guest.")
        return cleaned_data


class SongPageForm(WagtailAdminPageForm):
    """Titles the post from its song with the site's pattern; one post per song."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title"].required = False
        self.fields[
            "title"
        ].help_text = "Made from the song with the pattern in Settings › Music, whatever you type."
        self.fields["slug"].required = False

    def clean(self):
        song = self.cleaned_data.get("song")
        if song is not None and self.parent_page is not None:
            other = self.instance.other_post_for(song)
            if other is not None:
                self.add_error(
                    "song", f"{song} already has a music post: “{other.get_admin_display_title()}”."
                )
            self.cleaned_data["title"] = self.instance.title_for(song, self.parent_page)
            if not self.cleaned_data.get("slug"):
                self.cleaned_data["slug"] = slugify(
                    f"{song.artist_line} {song.title}", allow_unicode=True
                )
        return super().clean()
