from django import forms
from django.contrib.auth.base_user import BaseUserManager

from . import push, topics


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
        return BaseUserManager.normalize_email(self.cleaned_data["email"])  # domain lower-cased

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


class PushForm(forms.Form):
    """A browser's push subscription (filled in by push.js) and what it follows."""

    endpoint = forms.CharField(max_length=1000, widget=forms.HiddenInput)
    p256dh = forms.CharField(max_length=100, widget=forms.HiddenInput)
    auth = forms.CharField(max_length=40, widget=forms.HiddenInput)
    topic = forms.MultipleChoiceField(
        label="Notify me of", required=True, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, offered: list[topics.Topic], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].choices = [(t.key, t.label) for t in offered]
        self.fields["topic"].error_messages["required"] = "Choose at least one thing to follow."
        for name in ("endpoint", "p256dh", "auth"):
            self.fields[name].error_messages["required"] = (
                "This browser didn't give us a way to notify it."
            )

    def clean(self):
        data = super().clean()
        if not self.errors:
            try:
                push.check(data["endpoint"], data["p256dh"], data["auth"])
            except push.InvalidSubscription as error:
                raise forms.ValidationError(str(error)) from None
        return data
