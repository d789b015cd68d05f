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
    Column,
    Document,
    Figure,
    Funding,
    Heading,
    Inline,
    Metadata,
    PageBreak,
    Paragraph,
    ParagraphStyle,
    Photo,
    Span,
    Table,
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
from desktop.services.publication import project_name
from desktop.services.taxonomy import display_name
from desktop.services.workspace import localized

# A chapter starts on a new page only if less than this share of a page is left.
CHAPTER_MIN_SPACE = 0.3


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
        self._chapters = 0
        # Observations printed in full (references to them become links).
        self.printed_observations: set[str] = set()
        self.doc = Document(
            meta=Metadata(title="", subject="", author="", language=lang.tag),
            running_title="",
            footer_note=self.setting("funding_notice"),
            page_label=lang.tr(texts.PAGE_LABEL),
            draft_mark=self.draft_mark(),
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

    def project(self) -> str:
        """The project's name: the same in every dossier language."""
        return project_name(self.data.settings)

    def draft_mark(self) -> str:
        """ "Draft — 3 open conflicts" while any record of the dossier is in conflict."""
        count = len(self.data.conflicts)
        return self.lang.count(texts.DRAFT_MARK, count) if count else ""

    def front_matter(
        self, kicker: str, title: str, subtitle: str, facts: list[tuple[str, str]]
    ) -> None:
        """Metadata, running head, title page, imprint and table of contents."""
        organisation = self.setting("organisation")
        project = self.project()
        self.doc.meta = Metadata(
            title=f"{title} – {kicker}" if title != kicker else title,
            subject=subtitle or kicker,
            author=organisation,
            language=self.lang.tag,
            keywords=self.keywords(kicker),
        )
        self.doc.running_title = f"{project} · {kicker}"
        facts = [*facts, (self.lang.tr(texts.ISSUED), self.lang.long_date(date.today()))]
        if self.options.pseudonymise:
            examples = ", ".join(self.lang.pseudonym(letter) for letter in ("A", "B"))
            names = self.lang.format(texts.NAMES_AS_PSEUDONYMS, examples=examples)
            facts.append((self.lang.tr(texts.NAMES), names))
        self.doc.add(
            TitlePage(
                kicker=kicker,
                title=title,
                subtitle=subtitle,
                organisation=organisation,
                facts=tuple(facts),
                funding=self._funding(),
                draft=self.doc.draft_mark,
            )
        )
        self.imprint(title)
        self.doc.add(
            PageBreak(),
            TableOfContents(self.lang.tr(texts.CONTENTS), self.lang.tr(texts.TOC_HINT)),
        )

    def keywords(self, kicker: str) -> tuple[str, ...]:
        """Metadata keywords in the dossier's language: its kind, the project, the fields."""
        fields = [t.id for t in self.data.taxonomy.terms_of("field_of_action")]
        return (kicker, self.project(), *(self.term(t) for t in fields if self.term(t)))

    def imprint(self, title: str) -> None:
        """The imprint on the back of the cover: who publishes, who answers, what may be done.

        From the workspace's publication settings; lines without a value are left out.
        """
        lang = self.lang
        lines = [
            (lang.tr(texts.TITLE), title),
            (lang.tr(texts.PROJECT), self.project()),
            (lang.tr(texts.PUBLISHER), self.setting("publisher") or self.setting("organisation")),
            (lang.tr(texts.CONTACT), self.setting("contact")),
            (lang.tr(texts.EDITOR), self.setting("editor")),
            (
                lang.tr(texts.VERSION),
                lang.format(
                    texts.VERSION_LINE,
                    version=self.setting("version") or "1.0",
                    date=lang.long_date(date.today()),
                ),
            ),
            (lang.tr(texts.PHOTO_CREDITS), self.photo_credits()),
            (lang.tr(texts.LICENCE), self.setting("licence")),
        ]
        self.doc.add(PageBreak())
        self.heading(1, lang.tr(texts.IMPRINT), in_toc=False)
        self.doc.add(
            Table(
                (Column("", 0.26), Column("", 0.74)),
                tuple((plain(k), plain(v)) for k, v in lines if v),
                kind="facts",
            )
        )
        self.paragraph(lang.tr(texts.FUNDING_DISCLAIMER), "note")
        if self.doc.draft_mark:
            self.paragraph(lang.tr(texts.DRAFT_NOTE), "note")

    def photo_credits(self) -> str:
        """The workspace's credit line; else "the project partners" if the dossier has photos."""
        credits = self.setting("photo_credits")
        if credits or not (self.options.include_photos and self.data.photos):
            return credits
        return self.lang.tr(texts.PHOTOS_BY_PARTNERS)

    def _funding(self) -> Funding:
        label = self.data.settings.get("eu_label") or ()
        return Funding(
            label=tuple(str(line) for line in label) if not isinstance(label, str) else (label,),
            fund=self.setting("fund_line"),
            notice=self.setting("funding_notice"),
            programme_logo=self._logo(str(self.data.settings.get("funding_logo_sha256") or "")),
            partner_logos=tuple(
                logo
                for logo in (
                    self._logo(str(sha)) for sha in self.data.settings.get("partner_logos") or ()
                )
                if logo is not None
            ),
        )

    def chapter(self, title: str, *, new_page: bool = True) -> str:
        """A level-1 heading (on a new page unless told otherwise); returns its anchor."""
        self._chapters += 1
        if new_page:
            # The first chapter after the contents opens a page; the others follow on
            # unless too little of the page is left (a short chapter is no page of its own).
            first = self._chapters == 1
            self.doc.add(PageBreak() if first else PageBreak(min_space=CHAPTER_MIN_SPACE))
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
            self.doc.add(self._figure(chart, plain(title)))

    def photo_caption(self, title: str, *, limit: int | None = None) -> Inline:
        """ "Photo: {title}"; with a limit, the title is an excerpt (cut after redaction)."""
        before, _, after = self.lang.tr(texts.PHOTO_OF).partition("{title}")
        spans = (Span(before), Span(title, limit=limit), Span(after))
        return tuple(span for span in spans if span.text)

    def photo(
        self, attachment: Attachment, fallback_caption: Inline, when: date | None = None
    ) -> None:
        """A photo with its caption, date and credit; a note if the file is not here yet."""
        caption = plain(attachment.caption.strip()) or fallback_caption
        extra = [self.lang.short_date(when)] if when else []
        credit = attachment.credit.strip() or self.setting("photo_credits")
        if credit:
            extra.append(self.lang.format(texts.PHOTO_BY, credit=credit))
        if extra:
            caption = (*caption, Span(" · " + " · ".join(extra)))
        prepared = self._photos.prepare(attachment.sha256) if self._photos else None
        if prepared is None:
            name = attachment.caption.strip() or attachment.file_name
            self.paragraph(self.lang.format(texts.PHOTO_MISSING, name=name), "note")
            return
        self.doc.add(self._figure(prepared, caption))

    def photos_of(self, owner_id: str, fallback_caption: Inline, when: date | None = None) -> None:
        for attachment in self.data.photos.get(owner_id, []):
            self.photo(attachment, fallback_caption, when)

    def _figure(self, content: Photo | Chart, caption: Inline) -> Figure:
        self._figures += 1
        label = self.lang.format(texts.FIGURE, number=self.lang.number(self._figures))
        return Figure(content, label, caption, self.anchor("fig"))

    def _logo(self, sha256: str) -> Photo | None:
        if not sha256 or self._photos is None:
            return None
        return self._photos.prepare(sha256)

    # -- facts of the title page -----------------------------------------------------------

    def period_text(self) -> str:
        """The period the dossier's records cover, within the one asked for.

        Not "all dates": the first and last date of what is printed (activities,
        observations, the activities of notes), narrowed by `--from`/`--to`.
        """
        first, last = self.data.date_span()
        start = max(d for d in (self.options.date_from, first) if d) if first else None
        end = min(d for d in (self.options.date_to, last) if d) if last else None
        start = start or self.options.date_from
        end = end or self.options.date_to
        if start and end:
            return self.lang.date_range(start, end)
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
