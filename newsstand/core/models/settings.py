from django import forms
from django.core.validators import RegexValidator
from django.db import models

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.images import get_image_model_string
from wagtail.models import Site

from .. import pagecache, social
from ..colours import DEFAULT_ACCENT, validate_accent

SETTINGS_SECONDS = 3600  # saving them makes them stale sooner

handle_validator = RegexValidator(
    r"^@?[A-Za-z0-9_.\-]{1,100}$",
    "Enter a handle such as @naijabeat: letters, digits, dots, dashes and underscores.",
)


def handle_field(network: str) -> models.CharField:
    return models.CharField(
        f"{network} handle", max_length=101, blank=True, validators=[handle_validator]
    )


@register_setting(icon="site")
class PublicationSettings(BaseSiteSetting):
    """Who the publication is and where readers can follow it."""

    select_related = ["logo"]

    name = models.CharField(max_length=100, default="newsstand")
    tagline = models.CharField(max_length=160, blank=True)
    logo = models.ForeignKey(
        get_image_model_string(), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    accent_colour = models.CharField(
        max_length=7,
        default=DEFAULT_ACCENT,
        validators=[validate_accent],
        help_text="Your brand colour for kickers, links and buttons. It must be dark enough "
        "to read on white (WCAG AA, 4.5:1).",
    )
    facebook = handle_field("Facebook")
    x = handle_field("X")
    instagram = handle_field("Instagram")
    tiktok = handle_field("TikTok")
    youtube = handle_field("YouTube")
    telegram = handle_field("Telegram")
    whatsapp_channel_url = models.URLField(
        "WhatsApp channel link", blank=True, help_text="https://whatsapp.com/channel/…"
    )
    feed_full_content = models.BooleanField(
        "full text in feeds",
        default=True,
        help_text="Untick to put only the standfirst in RSS, Atom and JSON feeds.",
    )
    call_to_action = models.CharField(
        max_length=120,
        default="Get more stories like this",
        help_text="Shown under each article, followed by your social handles.",
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("tagline"),
                FieldPanel("logo"),
                FieldPanel("accent_colour", widget=forms.TextInput(attrs={"type": "color"})),
            ],
            "Identity",
        ),
        MultiFieldPanel(
            [
                FieldPanel("facebook"),
                FieldPanel("x"),
                FieldPanel("instagram"),
                FieldPanel("tiktok"),
                FieldPanel("youtube"),
                FieldPanel("telegram"),
                FieldPanel("whatsapp_channel_url"),
            ],
            "Connect with us",
        ),
        FieldPanel("call_to_action"),
        FieldPanel("feed_full_content"),
    ]

    class Meta:
        verbose_name = "publication settings"

    @classmethod
    def for_request(cls, request):
        """Wagtail's, read from the page cache's store until the next change (saving the
        settings is one): every page reads them, with the logo."""
        name = cls.get_cache_attr_name()
        site = Site.find_for_request(request)
        if hasattr(request, name) or site is None:
            return super().for_request(request)
        found = pagecache.remember(
            f"settings:publication:{site.pk}", lambda: cls.for_site(site), SETTINGS_SECONDS
        )
        found._request = request
        setattr(request, name, found)
        return found

    @property
    def social_profiles(self) -> list[social.Profile]:
        handles = {network.key: getattr(self, network.key) for network in social.NETWORKS}
        return social.profiles(handles, self.whatsapp_channel_url)
