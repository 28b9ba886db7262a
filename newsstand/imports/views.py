"""The admin view "Import from a web page": a URL or pasted HTML becomes a draft article."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.views.generic import FormView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from newsstand.articles.models import SectionPage
from newsstand.core.outbound import FetchRefused

from .forms import ImportArticleForm
from .services import import_article_html, import_article_url
from .webpage import ArticleNotFound


def sections_for(user) -> list[SectionPage]:
    """The sections `user` may add articles to."""
    return [
        section
        for section in SectionPage.objects.live().order_by("title")
        if section.permissions_for_user(user).can_add_subpage()
    ]


class ImportArticleView(WagtailAdminTemplateMixin, FormView):
    form_class = ImportArticleForm
    template_name = "imports/import_article.html"
    page_title = "Import from a web page"
    header_icon = "download"

    def dispatch(self, request, *args, **kwargs):
        self.sections = sections_for(request.user)
        if not self.sections:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "sections": self.sections}

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            action_url=reverse("imports_article"),
            submit_button_label="Import as a draft",
            submit_button_active_label="Importing…",
            **kwargs,
        )

    def form_valid(self, form):
        url, html = form.cleaned_data["url"], form.cleaned_data["html"]
        section, user = form.cleaned_data["section"], self.request.user
        try:
            if html.strip():
                result = import_article_html(
                    html=html,
                    section=section,
                    url=url,
                    user=user,
                    fetch_image=form.cleaned_data["fetch_image"],
                )
            else:
                result = import_article_url(url=url, section=section, user=user)
        except (FetchRefused, ArticleNotFound) as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)
        messages.success(self.request, f'"{result.page.title}" was imported as a draft.')
        for note in result.notes:
            messages.warning(self.request, note)
        return redirect("wagtailadmin_pages:edit", result.page.pk)
