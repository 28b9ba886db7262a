from django import forms

from newsstand.articles.models import SectionPage


class ImportArticleForm(forms.Form):
    url = forms.URLField(
        label="Web address",
        required=False,
        assume_scheme="https",
        help_text="The story's address. With pasted HTML below, it is only used to credit it.",
    )
    html = forms.CharField(
        label="Or paste the page's HTML",
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=5 * 1024 * 1024,
        help_text="For pages the server can't reach, e.g. behind a login.",
    )
    fetch_image = forms.BooleanField(
        label="Download its lead image",
        required=False,
        help_text="With pasted HTML, nothing goes online unless you tick this.",
    )
    section = forms.ModelChoiceField(queryset=SectionPage.objects.none(), empty_label=None)

    def __init__(self, *args, sections: list[SectionPage], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["section"].queryset = SectionPage.objects.filter(
            pk__in=[section.pk for section in sections]
        ).order_by("title")

    def clean(self):
        data = super().clean()
        if not data.get("url") and not data.get("html", "").strip():
            raise forms.ValidationError("Give the story's web address, or paste its HTML.")
        return data
