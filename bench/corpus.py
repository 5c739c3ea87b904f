"""Deterministic generator of synthetic news articles for benchmarks and many-path tests.

    python bench/corpus.py --count 100000 --out bench/_work/corpus-100000-s1

Writes plain-text copies in the layout of seeds/000_*.txt and Markdown files with YAML front
matter. All text is invented from the word lists in corpus_vocab.py. The same seed always
gives the same bytes: one `random.Random(seed)` drives every choice and no clock is read.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus_vocab as vocab  # noqa: E402  (bench/ is a folder of scripts, not a package)

FIRST_DAY = datetime(2015, 1, 1)
SPAN_MINUTES = int((datetime(2025, 1, 1) - FIRST_DAY).total_seconds() // 60)
# Spelled out rather than strftime("%B"), which follows the process locale.
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip
# Ten years make 120 month folders; split a month further once it would pass this many files.
FILES_PER_FOLDER = 500
DUPLICATE_TITLE_SHARE = 0.01


@dataclass(frozen=True, slots=True)
class ArticleSpec:
    """Everything needed to write one article, in either format."""

    index: int
    title: str
    section: str
    byline: str
    published: datetime  # naive, local Dhaka time, as the plain-text copies print it
    modified: datetime | None
    paragraphs: tuple[str, ...]
    tags: tuple[str, ...]
    summary: str | None
    is_markdown: bool


def text_date(moment: datetime) -> str:
    """'11 December, 2022, 09:45 am', built by hand so the locale cannot change it."""
    hour = moment.hour % 12 or 12
    half = "am" if moment.hour < 12 else "pm"
    month = MONTHS[moment.month - 1]
    return f"{moment.day:02d} {month}, {moment.year}, {hour:02d}:{moment.minute:02d} {half}"


def iso_date(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S") + "+06:00"


def _capitalised(phrase: str) -> str:
    return phrase[:1].upper() + phrase[1:]


def _random_moment(rng: random.Random) -> datetime:
    return FIRST_DAY + timedelta(minutes=rng.randrange(SPAN_MINUTES))


def _same_day_moment(rng: random.Random, earlier: datetime) -> datetime:
    # A duplicated title must land on the same calendar day, or slugs would not collide.
    later = earlier + timedelta(minutes=rng.randint(1, 90))
    return later if later.date() == earlier.date() else earlier - timedelta(minutes=1)


def _title(rng: random.Random, section: str) -> str:
    template = rng.choice(vocab.TITLE_TEMPLATES)
    place, place2 = rng.sample(vocab.PLACES, 2)
    text = template.format(
        org=rng.choice(vocab.ORGANISATIONS),
        adj=rng.choice(vocab.ADJECTIVES),
        topic=rng.choice(vocab.TOPICS[section]),
        place=place,
        place2=place2,
        person=rng.choice(vocab.PEOPLE),
    )
    return _capitalised(text)


def _lead(rng: random.Random, section: str) -> str:
    org = _capitalised(rng.choice(vocab.ORGANISATIONS))
    topic = rng.choice(vocab.TOPICS[section])
    place = rng.choice(vocab.PLACES)
    weekday = rng.choice(vocab.WEEKDAYS)
    adj = rng.choice(vocab.ADJECTIVES)
    article = "an" if adj[0] in "aeiou" else "a"
    return f"{org} said on {weekday} that {topic} in {place} had become {article} {adj} concern."


def _paragraphs(rng: random.Random, section: str, words: int) -> tuple[str, ...]:
    count = max(1, round(words / vocab.WORDS_PER_SENTENCE)) - 1
    # One bulk call per phrase list is far cheaper than a choice() per sentence.
    subjects = rng.choices(vocab.SUBJECTS, k=count)
    predicates = rng.choices(vocab.PREDICATES, k=count)
    tails = rng.choices(vocab.SENTENCE_TAILS, k=count)
    sizes = rng.choices((2, 3, 4, 5), k=count + 1)
    sentences = [_lead(rng, section)]
    sentences += [f"{s} {p} {t}." for s, p, t in zip(subjects, predicates, tails, strict=True)]
    paragraphs: list[str] = []
    start = 0
    for size in sizes:
        if start >= len(sentences):
            break
        paragraphs.append(" ".join(sentences[start : start + size]))
        start += size
    return tuple(paragraphs)


def _tags(rng: random.Random) -> tuple[str, ...]:
    wanted = rng.randint(2, 5)
    chosen: dict[str, None] = {}
    while len(chosen) < wanted:
        tag = rng.choices(vocab.TAG_VOCABULARY, cum_weights=vocab.TAG_CUM_WEIGHTS)[0]
        chosen[tag] = None
    return tuple(chosen)


def plan_article(
    rng: random.Random,
    index: int,
    previous: ArticleSpec | None,
    markdown_share: float,
    words: int,
) -> ArticleSpec:
    """Draw one article; the order of rng calls is part of the determinism contract."""
    is_markdown = rng.random() < markdown_share
    section = rng.choice(vocab.SECTIONS)
    byline = rng.choices(vocab.BYLINE_POOL, cum_weights=vocab.BYLINE_CUM_WEIGHTS)[0]
    if previous is not None and rng.random() < DUPLICATE_TITLE_SHARE:
        title = previous.title
        published = _same_day_moment(rng, previous.published)
    else:
        title = _title(rng, section)
        published = _random_moment(rng)
    modified = published + timedelta(minutes=rng.randint(5, 600)) if rng.random() < 0.5 else None
    paragraphs = _paragraphs(rng, section, words)
    tags = _tags(rng)
    summary = paragraphs[0].split(". ")[0].rstrip(".") + "." if rng.random() < 0.4 else None
    return ArticleSpec(
        index, title, section, byline, published, modified, paragraphs, tags, summary, is_markdown
    )


def plan_minimal(rng: random.Random, index: int) -> ArticleSpec:
    """A tiny article for tests that only need many paths."""
    section = rng.choice(vocab.SECTIONS)
    title = f"{_title(rng, section)} ({index})"
    lead = _lead(rng, section)
    return ArticleSpec(
        index, title, section, "TBS Report", _random_moment(rng), None, (lead,), (), None, False
    )


def render_text(spec: ArticleSpec) -> str:
    """The plain-text layout of the seed copies, footer included."""
    head = [spec.title, "", spec.section, "", spec.byline, text_date(spec.published)]
    if spec.modified is not None:
        head.append(f"Last modified: {text_date(spec.modified)}")
    body = "\n\n".join(spec.paragraphs)
    # The seed copies end right after the footer sentence, without a final newline.
    return "\n".join(head) + "\n\n" + body + "\n\n" + vocab.COMMENTS_FOOTER


def _front_matter(spec: ArticleSpec) -> str:
    # json.dumps yields double-quoted scalars and flow lists, both valid YAML, and it escapes
    # the quotes and colons that titles contain.
    lines = ["---", f"title: {json.dumps(spec.title, ensure_ascii=False)}"]
    lines.append(f"date: {iso_date(spec.published)}")
    if spec.modified is not None:
        lines.append(f"updated: {iso_date(spec.modified)}")
    lines.append(f"section: {json.dumps(spec.section)}")
    lines.append(f"author: {json.dumps(spec.byline, ensure_ascii=False)}")
    if spec.tags:
        lines.append(f"tags: {json.dumps(list(spec.tags))}")
    if spec.summary is not None:
        lines.append(f"summary: {json.dumps(spec.summary, ensure_ascii=False)}")
    lines.append("---")
    return "\n".join(lines)


def _decorated(rng: random.Random, paragraphs: tuple[str, ...]) -> list[str]:
    """Sprinkle the Markdown features a renderer must handle: headings, lists, emphasis, links."""
    blocks: list[str] = []
    for number, paragraph in enumerate(paragraphs):
        roll = rng.random()
        if number and roll < 0.12:
            blocks.append(f"## {rng.choice(vocab.SUBHEADINGS)}")
        if roll > 0.85:
            first, _, rest = paragraph.partition(" ")
            paragraph = f"*{first}* {rest}"
        elif roll > 0.75:
            slug = rng.choice(vocab.TAG_VOCABULARY).replace(" ", "-").replace("'", "")
            paragraph += f" See [the earlier report](https://example.org/{slug}) for background."
        blocks.append(paragraph)
        if 0.50 < roll < 0.56:
            items = rng.sample(vocab.PREDICATES, 3)
            blocks.append("\n".join(f"- Officials {item}" for item in items))
    return blocks


def render_markdown(rng: random.Random, spec: ArticleSpec) -> str:
    return _front_matter(spec) + "\n\n" + "\n\n".join(_decorated(rng, spec.paragraphs)) + "\n"


def folder_for(out: Path, spec: ArticleSpec, buckets: int) -> Path:
    folder = out / f"{spec.published.year}" / f"{spec.published.month:02d}"
    return folder / f"{spec.index % buckets:02d}" if buckets > 1 else folder


def generate(
    out: Path,
    count: int,
    seed: int = 1,
    markdown_share: float = 0.3,
    words: int = 600,
    minimal: bool = False,
) -> list[Path]:
    """Write `count` articles under `out` and return their paths in generation order."""
    rng = random.Random(seed)
    buckets = max(1, math.ceil(count / (120 * FILES_PER_FOLDER)))
    width = max(6, len(str(count)))
    made_folders: set[Path] = set()
    paths: list[Path] = []
    previous: ArticleSpec | None = None
    for index in range(count):
        if minimal:
            spec = plan_minimal(rng, index)
        else:
            spec = plan_article(rng, index, previous, markdown_share, words)
        text = render_markdown(rng, spec) if spec.is_markdown else render_text(spec)
        folder = folder_for(out, spec, buckets)
        if folder not in made_folders:
            folder.mkdir(parents=True, exist_ok=True)
            made_folders.add(folder)
        stamp = spec.published.strftime("%Y%m%d")
        path = folder / f"{stamp}-{index:0{width}d}.{'md' if spec.is_markdown else 'txt'}"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
        previous = spec
    return paths


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, required=True, help="number of articles")
    parser.add_argument("--out", type=Path, required=True, help="folder to write into")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--markdown-share", type=float, default=0.3, help="0..1, default 0.3")
    parser.add_argument("--words", type=int, default=600, help="approximate words per article")
    parser.add_argument("--minimal", action="store_true", help="tiny articles, many paths")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _parse_args(argv)
    if args.count < 0 or not 0.0 <= args.markdown_share <= 1.0:
        print("corpus.py: --count must be >= 0 and --markdown-share in 0..1", file=sys.stderr)
        return 2
    started = time.perf_counter()
    paths = generate(args.out, args.count, args.seed, args.markdown_share, args.words, args.minimal)
    seconds = time.perf_counter() - started
    markdown = sum(1 for p in paths if p.suffix == ".md")
    rate = len(paths) / seconds if seconds else float("inf")
    print(
        f"wrote {len(paths)} articles ({len(paths) - markdown} .txt, {markdown} .md) "
        f"to {args.out} in {seconds:.2f} s ({rate:,.0f}/s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
