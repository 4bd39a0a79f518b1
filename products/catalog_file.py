"""Reading and validating a catalogue file (CSV or JSON) into clean rows, without touching the database.

A file is validated whole: every problem is reported with its row (CSV line number, or the position in a
JSON list), the field and a message, so the person who uploaded it can fix everything in one go.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

MAX_TEXT_CHARS = 20_000
MAX_ATTRIBUTES_CHARS = 50_000
CSV_FIELD_LIMIT = 1_000_000
PRODUCT_COLUMNS_REQUIRED = ("sku", "title", "price")
REVIEW_COLUMNS_REQUIRED = ("sku", "rating", "body")
SHORT_LIMITS = {
    "sku": 64,
    "title": 255,
    "brand": 120,
    "category": 120,
    "name": 120,
    "slug": 120,
    "parent": 120,
    "author_name": 120,
    "source": 64,
    "external_id": 128,
    "language": 8,
    "currency": 3,
}
_CURRENCY = re.compile(r"^[A-Z]{3}$")
_SLUG_UNSAFE = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class RowError:
    section: str  # "file", "categories", "products" or "reviews"
    row: int  # CSV: line number in the file (header is line 1); JSON: 1-based position in the list
    field: str
    message: str

    def as_dict(self) -> dict[str, Any]:
        return {"section": self.section, "row": self.row, "field": self.field, "message": self.message}

    def __str__(self) -> str:
        where = "file" if self.section == "file" else f"{self.section} row {self.row}"
        return f"{where}, {self.field or '-'}: {self.message}"


@dataclass
class CategoryRow:
    slug: str
    name: str
    parent: str | None


@dataclass
class ProductRow:
    row: int
    sku: str
    title: str
    brand: str
    category: str | None
    price: Decimal
    currency: str
    attributes: dict[str, Any]


@dataclass
class ReviewRow:
    row: int
    sku: str
    rating: int
    title: str
    body: str
    author_name: str
    created_at: datetime
    source: str
    external_id: str
    language: str


@dataclass
class CatalogData:
    categories: list[CategoryRow] = field(default_factory=list)
    products: list[ProductRow] = field(default_factory=list)
    reviews: list[ReviewRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)


def slugify_category(value: str) -> str:
    """The slug a category name gets when a file names a category that does not exist yet."""
    return _SLUG_UNSAFE.sub("-", value.lower()).strip("-")[:120] or "uncategorised"


def decode_upload(content: bytes) -> tuple[str | None, RowError | None]:
    """UTF-8 text of an upload (a BOM is fine), or an error saying where the first bad byte is."""
    try:
        return content.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        line = content[: exc.start].count(b"\n") + 1
        return None, RowError(
            "file",
            line,
            "",
            f"the file is not UTF-8 text (byte 0x{content[exc.start]:02x} on line {line}); "
            "save it as UTF-8 and upload it again",
        )


def parse_catalog_file(content: bytes, filename: str) -> CatalogData:
    """Parse and validate a CSV or JSON catalogue file; `errors` lists every problem found."""
    data = CatalogData()
    if not content.strip():
        data.errors.append(RowError("file", 0, "", "the file is empty"))
        return data
    text, error = decode_upload(content)
    if error or text is None:
        data.errors.append(error or RowError("file", 0, "", "unreadable file"))
        return data
    name = filename.lower()
    if name.endswith(".json") or (not name.endswith(".csv") and text.lstrip()[:1] in "{["):
        _parse_json(text, data)
    else:
        _parse_csv(text, data)
    _check_duplicates(data)
    return data


def _parse_json(text: str, data: CatalogData) -> None:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        data.errors.append(RowError("file", exc.lineno, "", f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"))
        return
    if isinstance(document, list):
        key = "reviews" if document and isinstance(document[0], dict) and "rating" in document[0] else "products"
        document = {key: document}
    if not isinstance(document, dict):
        data.errors.append(RowError("file", 1, "", 'expected an object with "products" and/or "reviews" lists'))
        return
    unknown = set(document) - {"categories", "products", "reviews"}
    if unknown:
        data.errors.append(RowError("file", 1, "", f"unknown top-level keys: {', '.join(sorted(unknown))}"))
    if not any(document.get(k) for k in ("categories", "products", "reviews")):
        data.errors.append(RowError("file", 1, "", 'nothing to import: "categories", "products" and "reviews" are empty'))
    for section in ("categories", "products", "reviews"):
        items = document.get(section, [])
        if not isinstance(items, list):
            data.errors.append(RowError("file", 1, section, f'"{section}" must be a list'))
            continue
        for position, item in enumerate(items, start=1):
            if not isinstance(item, dict):
                data.errors.append(RowError(section, position, "", "each entry must be an object"))
                continue
            _validate_row(section, position, item, data)


def _parse_csv(text: str, data: CatalogData) -> None:
    csv.field_size_limit(CSV_FIELD_LIMIT)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        header = [h.strip().lower() for h in (reader.fieldnames or [])]
    except csv.Error as exc:
        data.errors.append(RowError("file", 1, "", f"unreadable CSV header: {exc}"))
        return
    if not header:
        data.errors.append(RowError("file", 1, "", "the CSV file has no header row"))
        return
    reader.fieldnames = header
    if "rating" in header or "body" in header:
        section, required = "reviews", REVIEW_COLUMNS_REQUIRED
    else:
        section, required = "products", PRODUCT_COLUMNS_REQUIRED
    missing = [column for column in required if column not in header]
    if missing:
        data.errors.append(
            RowError("file", 1, ",".join(missing), f"missing column(s) for {section}: {', '.join(missing)}")
        )
        return
    try:
        for record in reader:
            line = reader.line_num
            if None in record:
                data.errors.append(RowError(section, line, "", "this row has more values than the header has columns"))
                continue
            if all((value or "").strip() == "" for value in record.values()):
                continue
            _validate_row(section, line, _csv_record(section, record, line, data), data)
    except csv.Error as exc:
        # The reader fails while reading the next record, which starts on the line after the last one read.
        line = reader.line_num + 1
        if "field larger than field limit" in str(exc):
            message = f"a value is longer than the limit of {CSV_FIELD_LIMIT:,} characters"
        else:
            message = f"unreadable CSV: {exc}"
        data.errors.append(RowError(section, line, "", message))


def _csv_record(section: str, record: Mapping[str, str | None], line: int, data: CatalogData) -> dict[str, Any]:
    """CSV values are strings; products may carry facts as an `attributes` JSON column and/or `attr_*` columns."""
    item: dict[str, Any] = {k: v for k, v in record.items() if not k.startswith("attr_")}
    if section == "products":
        attributes: dict[str, Any] = {}
        raw = (record.get("attributes") or "").strip()
        if raw:
            try:
                attributes = json.loads(raw)
            except json.JSONDecodeError as exc:
                data.errors.append(RowError(section, line, "attributes", f"not valid JSON: {exc.msg}"))
                attributes = {}
        for key, value in record.items():
            if key.startswith("attr_") and value not in (None, ""):
                attributes[key.removeprefix("attr_")] = value
        item["attributes"] = attributes
    return item


def _validate_row(section: str, row: int, item: dict[str, Any], data: CatalogData) -> None:
    errors: list[RowError] = []

    def text(name: str, *, required: bool = False, default: str = "", limit: int | None = None) -> str:
        value = item.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                errors.append(RowError(section, row, name, "this field is required"))
            return default
        if not isinstance(value, str | int | float) or isinstance(value, bool):
            errors.append(RowError(section, row, name, "must be text"))
            return default
        value = str(value).strip()
        maximum = limit or SHORT_LIMITS.get(name, MAX_TEXT_CHARS)
        if len(value) > maximum:
            errors.append(RowError(section, row, name, f"is {len(value):,} characters long; the limit is {maximum:,}"))
            return default
        return value

    if section == "categories":
        name = text("name", required=True)
        slug = text("slug") or slugify_category(name)
        parent = text("parent") or None
        if not errors:
            data.categories.append(CategoryRow(slug=slug, name=name, parent=parent))
    elif section == "products":
        sku = text("sku", required=True)
        title = text("title", required=True)
        brand = text("brand")
        category = text("category") or None
        currency = text("currency", default="EUR").upper()
        if not _CURRENCY.match(currency):
            errors.append(RowError(section, row, "currency", "must be a three-letter ISO code such as EUR"))
        price = _decimal(item.get("price"), row, section, errors)
        attributes = _attributes(item.get("attributes", {}), row, section, errors)
        if not errors and price is not None:
            data.products.append(ProductRow(row, sku, title, brand, category, price, currency, attributes))
    elif section == "reviews":
        sku = text("sku", required=True)
        rating = _rating(item.get("rating"), row, section, errors)
        title = text("title")
        body = text("body", required=True, limit=MAX_TEXT_CHARS)
        author = text("author_name")
        created_at = _datetime(item.get("created_at"), row, section, errors)
        source = text("source", default="storefront")
        language = text("language", default="en").lower()
        external_id = text("external_id") or _content_id(sku, author, created_at, body)
        if not errors and rating is not None and created_at is not None:
            data.reviews.append(
                ReviewRow(row, sku, rating, title, body, author, created_at, source, external_id, language)
            )
    data.errors.extend(errors)


def _decimal(value: Any, row: int, section: str, errors: list[RowError]) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        errors.append(RowError(section, row, "price", "this field is required"))
        return None
    if isinstance(value, bool):
        errors.append(RowError(section, row, "price", "must be a number such as 19.99"))
        return None
    try:
        price = Decimal(str(value).strip().replace(",", ".") if isinstance(value, str) else str(value))
    except InvalidOperation:
        errors.append(RowError(section, row, "price", f"{str(value)[:40]!r} is not a number such as 19.99"))
        return None
    if not price.is_finite() or price < 0:
        errors.append(RowError(section, row, "price", "must be zero or more"))
        return None
    if price.as_tuple().exponent < -2 or price >= Decimal("1e10"):  # type: ignore[operator]
        errors.append(RowError(section, row, "price", "at most 10 digits before and 2 after the decimal point"))
        return None
    return price.quantize(Decimal("0.01"))


def _attributes(value: Any, row: int, section: str, errors: list[RowError]) -> dict[str, Any]:
    if value in (None, ""):
        return {}
    if not isinstance(value, dict):
        errors.append(RowError(section, row, "attributes", "must be an object of facts, e.g. {\"material\": \"cotton\"}"))
        return {}
    for key, item in value.items():
        scalars = (str, int, float, bool)
        if not (isinstance(item, scalars) or (isinstance(item, list) and all(isinstance(v, scalars) for v in item))):
            errors.append(RowError(section, row, f"attributes.{key}", "must be text, a number or a list of them"))
    if len(json.dumps(value, ensure_ascii=False)) > MAX_ATTRIBUTES_CHARS:
        errors.append(RowError(section, row, "attributes", f"larger than {MAX_ATTRIBUTES_CHARS:,} characters"))
    return {str(k).strip(): v for k, v in value.items()}


def _rating(value: Any, row: int, section: str, errors: list[RowError]) -> int | None:
    try:
        number = float(str(value).strip()) if value not in (None, "") and not isinstance(value, bool) else None
    except ValueError:
        number = None
    if number is None or number != int(number) or not 1 <= number <= 5:
        shown = "" if value is None else f" (got {str(value)[:20]!r})"
        errors.append(RowError(section, row, "rating", f"must be a whole number from 1 to 5{shown}"))
        return None
    return int(number)


def _datetime(value: Any, row: int, section: str, errors: list[RowError]) -> datetime | None:
    if value in (None, ""):
        errors.append(RowError(section, row, "created_at", "this field is required (e.g. 2026-03-14T18:22:00Z)"))
        return None
    raw = str(value).strip()
    try:
        parsed = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = datetime.combine(date.fromisoformat(raw), time(12, 0))
        except ValueError:
            errors.append(RowError(section, row, "created_at", f"{raw[:40]!r} is not an ISO 8601 date or date-time"))
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    if parsed > datetime.now(UTC) + timedelta(days=1):
        errors.append(RowError(section, row, "created_at", "is in the future"))
        return None
    return parsed


def _content_id(sku: str, author: str, created_at: datetime | None, body: str) -> str:
    """A stable id for a review that came without one, so re-importing the same file changes nothing."""
    digest = hashlib.sha1(f"{sku}\x1f{author}\x1f{created_at}\x1f{body}".encode()).hexdigest()
    return f"sha1:{digest[:32]}"


def _check_duplicates(data: CatalogData) -> None:
    def first_rows(rows: Iterable[Any], key: Any, section: str, field_name: str) -> None:
        seen: dict[Any, int] = {}
        for item in rows:
            value = key(item)
            if value in seen:
                data.errors.append(
                    RowError(section, item.row, field_name, f"duplicate of row {seen[value]} in this file")
                )
            else:
                seen[value] = item.row

    first_rows(data.products, lambda p: p.sku, "products", "sku")
    first_rows(data.reviews, lambda r: (r.source, r.external_id), "reviews", "external_id")
