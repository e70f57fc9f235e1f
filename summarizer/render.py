"""A readable rendering of a brief for the terminal (rich)."""

from __future__ import annotations

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from summarizer.schema import Actor, BriefDraft, CasualtyRange, IncidentBrief

__all__ = ["fact_rows", "print_brief"]


def _actors(actors: list[Actor]) -> str:
    return "; ".join(f"{a.name} ({a.kind.value})" for a in actors) or "—"


def _range(value: CasualtyRange | None) -> str:
    if value is None:
        return "no figure given"
    return str(value.min) if value.min == value.max else f"{value.min}–{value.max}"


def fact_rows(brief: BriefDraft) -> list[tuple[str, str, str]]:
    """(label, brief field, value as text) for each fact, as the terminal and HTML views show."""
    where = ", ".join(
        p for p in (brief.location.place, brief.location.admin1, brief.location.country) if p
    )
    rows = [
        (
            "event",
            "event_type",
            f"{brief.event_type.value if brief.event_type else '—'} / "
            f"{brief.sub_event_type.value if brief.sub_event_type else '—'}",
        ),
        ("date", "date", brief.date or "—"),
        ("where", "location", where or "—"),
        ("perpetrators", "perpetrators", _actors(brief.perpetrators)),
        ("targets", "targets", _actors(brief.targets)),
        ("weapons", "weapons", ", ".join(brief.weapons) or "—"),
        ("killed", "killed", _range(brief.killed)),
        ("injured", "injured", _range(brief.injured)),
    ]
    if brief.named_casualties:
        named = "; ".join(f"{n.name} ({n.status.value})" for n in brief.named_casualties)
        rows.append(("named", "named_casualties", named))
    return rows


def _facts(brief: IncidentBrief) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold cyan", no_wrap=True)
    table.add_column()
    for label, _, value in fact_rows(brief):
        table.add_row(label, value)
    return table


def print_brief(brief: IncidentBrief, console: Console | None = None) -> None:
    """Print ``brief`` as a panel: headline, facts, summary, claims, evidence, provenance."""
    console = console or Console()
    parts: list[RenderableType] = [Text(brief.summary)]
    if brief.incident:
        parts = [_facts(brief), Text(""), *parts]
    if brief.claims:
        claims = Table(title="claims", show_header=True, header_style="bold", expand=True)
        claims.add_column("source", ratio=1)
        claims.add_column("says", ratio=3)
        for claim in brief.claims:
            claims.add_row(claim.source, claim.says)
        parts += [Text(""), claims]
    if brief.evidence:
        evidence = Table(title="evidence", show_header=True, header_style="bold", expand=True)
        evidence.add_column("field", no_wrap=True)
        evidence.add_column("quote")
        for item in brief.evidence:
            evidence.add_row(item.field, f"“{item.quote}”")
        parts += [Text(""), evidence]
    if brief.related_incidents:
        parts.append(
            Text(
                "\nrelated: "
                + " | ".join(f"{r.date or '?'} {r.description}" for r in brief.related_incidents),
                style="dim",
            )
        )
    prov = brief.provenance
    prompt = f", prompt {prov.prompt.name}@{prov.prompt.hash}" if prov.prompt else ""
    usage = (
        (
            f", {prov.usage.input_tokens}+{prov.usage.output_tokens} tokens in "
            f"{prov.usage.requests} request(s)"
        )
        if prov.usage
        else ""
    )
    parts.append(Text(f"\n{prov.engine} engine, {prov.model}{prompt}{usage}", style="dim"))
    title = brief.headline if brief.incident else f"[no incident] {brief.headline}"
    console.print(Panel(Group(*parts), title=Text(title, style="bold"), title_align="left"))
