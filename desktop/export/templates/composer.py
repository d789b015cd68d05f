"""The building blocks every template composes with: chapters, text, figures, title page.

A `Composer` owns the `Document` being built, hands out unique anchors, numbers
the figures, turns the Markdown of record texts into paragraphs and lists, and
reports one progress step per record.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from desktop.export import texts
from desktop.export.i18n import DossierLanguage
from desktop.export.model import (
    Block,
    BulletList,
    Chart,
    Document,
    Figure,
    Heading,
    Inline,
    Metadata,
    PageBreak,
    Paragraph,
    ParagraphStyle,
    Photo,
    Span,
    TableOfContents,
    TitlePage,
    plain,
)
from desktop.export.options import ExportOptions
from desktop.export.photos import PhotoPreparer
from desktop.export.progress import Progress
from desktop.export.selection import DossierData
from desktop.models import Attachment
from desktop.services.markup import parse_blocks, parse_inline
from desktop.services.taxonomy import display_name
from desktop.services.workspace import localized


class Composer:
    def __init__(
        self,
        data: DossierData,
        lang: DossierLanguage,
        options: ExportOptions,
        photos: PhotoPreparer | None,
        progress: Progress,
    ) -> None:
        self.data = data
        self.lang = lang
        self.options = options
        self.progress = progress
        self._photos = photos
        self._anchors = 0
        self._figures = 0
        # Observations printed in full (references to them become links).
        self.printed_observations: set[str] = set()
        self.doc = Document(
            meta=Metadata(title="", subject="", author="", language=lang.tag),
            running_title="",
            footer_note=self.setting("funding_notice"),
            page_label=lang.tr(texts.PAGE_LABEL),
        )

    # -- workspace settings, taxonomy ------------------------------------------------------

    def setting(self, key: str) -> str:
        return localized(self.data.settings, key, self.lang.code).strip()

    def term(self, term_id: str | None) -> str:
        if not term_id:
            return ""
        term = self.data.taxonomy.terms.get(term_id)
        return display_name(term, self.lang.code) if term is not None else ""

    def terms(self, term_ids: Iterable[str]) -> str:
        return ", ".join(label for label in (self.term(t) for t in term_ids) if label)

    def municipality(self, municipality_id: str | None) -> str:
        if not municipality_id:
            return ""
        found = self.data.taxonomy.municipalities.get(municipality_id)
        return found.name if found is not None else ""

    # -- structure -------------------------------------------------------------------------

    def anchor(self, prefix: str = "h") -> str:
        """A unique bookmark name (valid in PDF and Word: letters, digits, underscore)."""
        self._anchors += 1
        return f"{prefix}_{self._anchors}"

    def front_matter(
        self, kicker: str, title: str, subtitle: str, facts: list[tuple[str, str]]
    ) -> None:
        """Metadata, running head, title page and table of contents."""
        organisation = self.setting("organisation")
        self.doc.meta = Metadata(
            title=f"{title} – {kicker}",
            subject=subtitle or kicker,
            author=organisation,
            language=self.lang.tag,
            keywords=(kicker, self.setting("title")),
        )
        self.doc.running_title = f"{self.setting('title')} · {kicker}"
        facts = [*facts, (self.lang.tr(texts.ISSUED), self.lang.long_date(date.today()))]
        if self.options.pseudonymise:
            facts.append((self.lang.tr(texts.NAMES), self.lang.tr(texts.NAMES_AS_INITIALS)))
        self.doc.add(
            TitlePage(
                kicker=kicker,
                title=title,
                subtitle=subtitle,
                organisation=organisation,
                facts=tuple(facts),
                funding_notice=self.setting("funding_notice"),
                logo=self._logo(),
            ),
            TableOfContents(self.lang.tr(texts.CONTENTS), self.lang.tr(texts.TOC_HINT)),
        )

    def chapter(self, title: str, *, new_page: bool = True) -> str:
        """A level-1 heading (on a new page unless told otherwise); returns its anchor."""
        if new_page:
            self.doc.add(PageBreak())
        anchor = self.anchor()
        self.doc.add(Heading(1, title, anchor))
        return anchor

    def heading(
        self, level: int, title: str, *, in_toc: bool = True, anchor: str | None = None
    ) -> str:
        anchor = anchor or self.anchor()
        self.doc.add(Heading(level, title, anchor, in_toc))
        return anchor

    def paragraph(
        self,
        spans: Inline | str,
        style: ParagraphStyle = "body",
        *,
        keep_with_next: bool = False,
        anchor: str | None = None,
    ) -> None:
        content = plain(spans) if isinstance(spans, str) else spans
        if content:
            self.doc.add(Paragraph(content, style, anchor, keep_with_next))

    def label(self, text: str) -> None:
        """A small label above the text it names, kept on the same page as that text."""
        self.paragraph(text, "label", keep_with_next=True)

    def markdown(self, text: str, style: ParagraphStyle = "body") -> None:
        """A record's Markdown text as paragraphs and lists (bold/italic kept)."""
        self.doc.add(*markdown_blocks(text, style))

    def labelled(self, label: str, markdown: str) -> None:
        if markdown.strip():
            self.label(label)
            self.markdown(markdown)

    # -- figures ---------------------------------------------------------------------------

    def chart(self, title: str, chart: Chart) -> None:
        if chart.bars:
            self.doc.add(self._figure(chart, title))

    def photo(self, attachment: Attachment, fallback_caption: str) -> None:
        """A photo with its caption; a note in its place if the file is not here yet."""
        caption = attachment.caption.strip() or fallback_caption
        prepared = self._photos.prepare(attachment.sha256) if self._photos else None
        if prepared is None:
            name = attachment.caption.strip() or attachment.file_name
            self.paragraph(self.lang.format(texts.PHOTO_MISSING, name=name), "note")
            return
        self.doc.add(self._figure(prepared, caption))

    def photos_of(self, owner_id: str, fallback_caption: str) -> None:
        for attachment in self.data.photos.get(owner_id, []):
            self.photo(attachment, fallback_caption)

    def _figure(self, content: Photo | Chart, caption: str) -> Figure:
        self._figures += 1
        label = self.lang.format(texts.FIGURE, number=self.lang.number(self._figures))
        return Figure(content, label, caption, self.anchor("fig"))

    def _logo(self) -> Photo | None:
        sha256 = str(self.data.settings.get("funding_logo_sha256") or "")
        if not sha256 or self._photos is None:
            return None
        return self._photos.prepare(sha256)

    # -- facts of the title page -----------------------------------------------------------

    def period_text(self) -> str:
        start, end = self.options.date_from, self.options.date_to
        if start and end:
            return self.lang.format(
                texts.DATE_RANGE, start=self.lang.long_date(start), end=self.lang.long_date(end)
            )
        if start:
            return self.lang.format(texts.PERIOD_FROM, date=self.lang.long_date(start))
        if end:
            return self.lang.format(texts.PERIOD_UNTIL, date=self.lang.long_date(end))
        return self.lang.tr(texts.WHOLE_PERIOD)

    def scope_facts(self) -> list[tuple[str, str]]:
        """The filters of the export as (label, value) lines for the title page."""
        options, lang = self.options, self.lang
        facts = [(lang.tr(texts.PERIOD), self.period_text())]
        if options.municipality_ids:
            names = ", ".join(self.municipality(m) for m in options.municipality_ids)
            facts.append((lang.tr(texts.MUNICIPALITIES), names))
        if options.activity_type_ids:
            facts.append((lang.tr(texts.ACTIVITY_TYPES), self.terms(options.activity_type_ids)))
        if options.field_of_action_ids:
            facts.append((lang.field("fields_of_action"), self.terms(options.field_of_action_ids)))
        if options.tag_ids:
            facts.append((lang.field("tags"), self.terms(options.tag_ids)))
        return facts


def markdown_blocks(text: str, style: ParagraphStyle = "body") -> list[Block]:
    """Paragraphs and (bulleted or numbered) lists from the stored Markdown subset."""
    blocks: list[Block] = []
    items: list[Inline] = []
    numbered = False

    def flush() -> None:
        if items:
            blocks.append(BulletList(tuple(items), numbered))
            items.clear()

    for block in parse_blocks(text):
        spans = tuple(Span(r.text, bold=r.bold, italic=r.italic) for r in block.runs)
        if block.kind in ("bullet", "numbered"):
            if items and numbered != (block.kind == "numbered"):
                flush()
            numbered = block.kind == "numbered"
            items.append(spans)
            continue
        flush()
        if block.kind == "heading":
            spans = tuple(Span(s.text, bold=True, italic=s.italic) for s in spans)
        blocks.append(Paragraph(spans, style))
    flush()
    return blocks


def inline_markdown(text: str) -> Inline:
    """One line of Markdown as spans (for table cells)."""
    return tuple(Span(r.text, bold=r.bold, italic=r.italic) for r in parse_inline(text))
