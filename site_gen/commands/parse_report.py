"""What `site-gen parse` prints: an article's record (the `--json` contract) or its
fields one a line, with the rules that decided them under `--explain`."""

from __future__ import annotations

import json
from typing import Any

from site_gen.core.model import Article

ARTICLE_FIELDS = (
    "source",
    "title",
    "slug",
    "url",
    "published",
    "modified",
    "section",
    "byline",
    "publisher",
    "tags",
    "summary",
    "paragraphs",
    "word_count",
    "timezone",
    "date_source",
    "lang",
)


def article_record(article: Article) -> dict[str, Any]:
    """The `parse --json` contract: these names are used by tests and tools."""
    record: dict[str, Any] = {}
    for name in ARTICLE_FIELDS:
        value = getattr(article, name)
        if hasattr(value, "isoformat"):
            value = value.isoformat()
        elif isinstance(value, tuple):
            value = list(value)
        record[name] = value
    record["published_precision"] = article.date_precision
    # Saved pages and web captures only, so the records of other sources stay as they were.
    if article.original_url is not None:
        record["original_url"] = article.original_url
    if article.captured is not None:
        record["captured"] = article.captured.isoformat()
    return record


def format_article(article: Article, as_json: bool, explain: bool) -> str:
    """What `parse` prints for one article: its JSON record, or one field a line."""
    record = article_record(article)
    if as_json:
        if explain:
            record["explain"] = [
                {"field": n.field, "rule": n.rule, "confidence": n.confidence}
                for n in article.notes
            ]
        return json.dumps(record, ensure_ascii=False)
    lines = [f"{key:>11}: {value}" for key, value in record.items() if key != "paragraphs"]
    lines.append(f"{'paragraphs':>11}: {len(article.paragraphs)}")
    if explain:
        lines.append(f"{'profile':>11}: {article.profile}")
        lines.append(f"{'explain':>11}: field, confidence, rule that decided it")
        lines += [f"{n.field:>11}  {n.confidence:>4.0%}  {n.rule}" for n in article.notes]
    return "\n".join(lines) + "\n"
