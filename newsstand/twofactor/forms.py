from django import forms


class TokenForm(forms.Form):
    token = forms.CharField(
        label="Code",
        max_length=16,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
        help_text="The 6-digit code your authenticator app shows, or one of your recovery codes.",
    )

    def clean_token(self) -> str:
        return "".join(self.cleaned_data["token"].split())
