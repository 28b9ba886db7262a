"""What an import did: counts per kind and outcome, and every item that needs a person."""

from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum


class Outcome(StrEnum):
    IMPORTED = "imported"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    SKIPPED = "skipped"
    FAILED = "failed"


@dataclass(frozen=True)
class Entry:
    kind: str
    wp_id: str
    title: str
    reason: str

    def __str__(self) -> str:
        title = f' "{self.title}"' if self.title else ""
        return f"{self.kind} {self.wp_id}{title}: {self.reason}"


@dataclass
class ImportReport:
    source: str = ""
    dry_run: bool = False
    counts: Counter = field(default_factory=Counter)  # (kind, Outcome) -> n
    skipped_groups: Counter = field(default_factory=Counter)  # reason -> n
    skipped: list[Entry] = field(default_factory=list)
    needs_look: list[Entry] = field(default_factory=list)
    failed: list[Entry] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    redirects: int = 0

    def count(self, kind: str, outcome: Outcome) -> None:
        self.counts[kind, outcome] += 1

    def skip(self, kind: str, wp_id: object, title: str, reason: str) -> None:
        self.count(kind, Outcome.SKIPPED)
        self.skipped.append(Entry(kind, str(wp_id), title, reason))

    def skip_group(self, kind: str, reason: str, n: int = 1) -> None:
        """Skips too many and too alike to list one by one (menu items, revisions…)."""
        self.counts[kind, Outcome.SKIPPED] += n
        self.skipped_groups[f"{kind}: {reason}"] += n

    def look(self, kind: str, wp_id: object, title: str, reason: str) -> None:
        self.needs_look.append(Entry(kind, str(wp_id), title, reason))

    def fail(self, kind: str, wp_id: object, title: str, reason: str) -> None:
        self.count(kind, Outcome.FAILED)
        self.failed.append(Entry(kind, str(wp_id), title, reason))

    def note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)

    def total(self, outcome: Outcome) -> int:
        return sum(n for (_, result), n in self.counts.items() if result == outcome)

    def lines(self) -> list[str]:
        """The report as text lines, for a terminal or a log."""
        kinds = sorted({kind for kind, _ in self.counts})
        title = "Dry run (nothing was saved)" if self.dry_run else "Import"
        lines = [f"{title} of {self.source}", ""]
        width = max([12, *(len(kind) + 1 for kind in kinds)])
        header = f"  {'':<{width}}" + "".join(f"{outcome.value:>11}" for outcome in Outcome)
        lines.append(header)
        for kind in kinds:
            cells = "".join(f"{self.counts[kind, outcome]:>11,}" for outcome in Outcome)
            lines.append(f"  {kind:<{width}}{cells}")
        lines.append(f"  redirects created: {self.redirects:,}")
        sections = [
            ("Notes", self.notes),
            ("Skipped", [f"{n:,} × {reason}" for reason, n in sorted(self.skipped_groups.items())]),
            ("Skipped items", self.skipped),
            ("Needs a look", self.needs_look),
            ("Failed", self.failed),
        ]
        for heading, entries in sections:
            if entries:
                lines += ["", f"{heading} ({len(entries):,}):"]
                lines += [f"  - {entry}" for entry in entries]
        return lines
