"""The chart week form: one week per date, each song once, no more songs than places."""

from django.utils.dateformat import format as date_format

from wagtail.admin.forms import WagtailAdminPageForm


class ChartWeekPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title"].required = False
        self.fields["title"].help_text = "Made from the chart's name and the week's date."
        self.fields["slug"].required = False
        chart = self.parent_page
        if self.instance._state.adding and chart is not None:
            self.fields["week"].initial = self.instance.suggested_week(chart)

    def clean(self):
        chart = self.parent_page
        week = self.cleaned_data.get("week")
        if week is not None and chart is not None:
            if self.instance.week_taken(chart, week):
                self.add_error(
                    "week",
                    f"{chart.title} already has a week dated {date_format(week, 'j F Y')}.",
                )
            self.cleaned_data["title"] = self.instance.title_for(chart.title, week)
            self.cleaned_data["slug"] = self.cleaned_data.get("slug") or week.isoformat()
        self.check_entries(getattr(chart.specific, "size", None) if chart else None)
        return super().clean()

    def check_entries(self, size: int | None) -> None:
        formset = self.formsets["entries"]
        formset.is_valid()
        entries = [
            form
            for form in formset.forms
            if hasattr(form, "cleaned_data")
            and form.cleaned_data.get("song")
            and not formset._should_delete_form(form)
        ]
        seen = set()
        for form in entries:
            song = form.cleaned_data["song"]
            if song.pk in seen:
                form.add_error("song", f"{song} is already ranked this week.")
            seen.add(song.pk)
        if size is not None and len(entries) > size:
            self.add_error(
                None, f"The chart has {size} places, but {len(entries)} songs are ranked."
            )
