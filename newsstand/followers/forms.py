from django import forms

from . import topics


class SignupForm(forms.Form):
    email = forms.EmailField(label="Your email", max_length=254)
    topic = forms.MultipleChoiceField(
        label="Send me", required=True, widget=forms.CheckboxSelectMultiple
    )
    # A honeypot: hidden from people (and skipped by keyboard); bots fill every field.
    website = forms.CharField(required=False, label="Leave this empty")

    def __init__(self, *args, offered: list[topics.Topic], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].choices = [(t.key, t.label) for t in offered]
        self.fields["topic"].error_messages["required"] = "Choose at least one thing to follow."

    def clean_email(self) -> str:
        local, _, domain = self.cleaned_data["email"].rpartition("@")
        return f"{local}@{domain.lower()}"

    @property
    def is_bot(self) -> bool:
        return bool(self.cleaned_data.get("website"))


class PreferencesForm(forms.Form):
    topic = forms.MultipleChoiceField(
        label="Send me", required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, offered: list[topics.Topic], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].choices = [(t.key, t.label) for t in offered]
