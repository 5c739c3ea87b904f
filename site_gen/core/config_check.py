"""msgspec's validation errors as site.toml lines: `site.toml: [section] key: what is wrong`."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any, TypeVar

import msgspec

from site_gen.core.errors import ConfigError

T = TypeVar("T")
_MAX_PROBLEMS = 20
_MISSING = object()


def decode_tables(data: dict[str, Any], kind: type[T], origin: str, within: str = "") -> T:
    """`data` as a `kind` Struct; ConfigError naming every unknown key and wrong type, one
    line each (msgspec stops at the first, so each is dropped and the rest tried again).
    `within`: the table `data` is, when it is not the whole file (e.g. "publish.pages")."""
    problems: list[str] = []
    remaining = data
    for _ in range(_MAX_PROBLEMS):
        try:
            decoded = msgspec.convert(remaining, kind)
        except msgspec.ValidationError as exc:
            problem = _problem(str(exc), remaining)
            problems.append(problem.line(origin, within))
            shorter = _without(remaining, problem.parts[: 1 if within else _depth(problem)])
            if shorter == remaining:
                break
            remaining = shorter
            continue
        if not problems:
            return decoded
        break
    raise ConfigError("\n".join(problems))


@dataclass(frozen=True, slots=True)
class _Problem:
    parts: list[str]  # where: ["site", "per_page"], ["tags", "stop", "1"]
    what: str  # what is wrong: "unknown key", "expected an integer, got "x""

    def line(self, origin: str, within: str) -> str:
        if within:
            section, keys = within, self.parts
        elif self.parts[:1] == ["publish"] and len(self.parts) > 1:
            section, keys = f"publish.{self.parts[1]}", self.parts[2:]
        else:
            section, keys = (self.parts[0] if self.parts else ""), self.parts[1:]
        if not keys and not within and self.what == "unknown key":
            return f"{origin}: [{section}]: unknown table"
        if section == "sources":  # an array of tables: [[sources]]
            section = "[sources]"
            keys = [f"table {int(keys[0]) + 1}", *keys[1:]] if keys else keys
        key = keys[0] if keys else ""
        for part in keys[1:]:
            key += f"[{part}]" if part.isdigit() else f".{part}"
        return f"{origin}: [{section}]" + (f" {key}" if key else "") + f": {self.what}"


def _depth(problem: _Problem) -> int:
    """How many parts name the key a problem is about ([publish.NAME] is two deep)."""
    return 3 if problem.parts[:1] == ["publish"] else 2


_LOCATED = re.compile(r"^(?P<what>.*?)(?: - at `\$(?P<path>.*)`)?$", re.DOTALL)
_PART = re.compile(r"\.([^.\[]+)|\[(\d+|\.\.\.)\]")
_UNKNOWN = re.compile(r"^Object contains unknown field `(?P<name>.+)`$")
_EXPECTED = re.compile(r"^Expected `(?P<want>[^`]+)`(?:, got `[^`]+`| (?P<bound>.+))?$")
_KINDS = {
    "int": "an integer",
    "float": "a number",
    "str": "a string",
    "bool": "true or false",
    "array": "a list",
    "object": "a table",
    "str | null": "a string",
    "str | array": "a string or a list of strings",
    "str | array | null": "a string or a list of strings",
}
_TYPES: dict[str, tuple[type, ...]] = {
    "int": (int,),
    "float": (int, float),
    "str": (str,),
    "bool": (bool,),
    "array": (list,),
    "object": (dict,),
}


def _problem(message: str, data: dict[str, Any]) -> _Problem:
    """msgspec's `what - at `$.site.key[0]`` as a _Problem, in site.toml's words."""
    match = _LOCATED.match(message)
    what, path = (match["what"], match["path"] or "") if match else (message, "")
    parts = [name or index for name, index in _PART.findall(path)]
    unknown = _UNKNOWN.match(what)
    if unknown:
        return _Problem([*parts, unknown["name"]], "unknown key")
    expected = _EXPECTED.match(what)
    if not expected:
        return _Problem(_named(parts, data, ""), what)
    parts = _named(parts, data, expected["want"])
    want = _KINDS.get(expected["want"], expected["want"])
    bound = f" {expected['bound']}" if expected["bound"] else ""
    value = _value_at(data, parts)
    got = "" if value is _MISSING else f", got {shown(value)}"
    return _Problem(parts, f"expected {want}{bound}{got}")


def _named(parts: list[str], data: Any, want: str) -> list[str]:
    """The parts with msgspec's `[...]` (some key of a table) replaced by the first key
    whose value is not the wanted type."""
    named: list[str] = []
    for part in parts:
        holder = _value_at(data, named)
        if part == "..." and isinstance(holder, dict) and holder:
            part = next((k for k, v in holder.items() if not _is(v, want)), next(iter(holder)))
        named.append(part)
    return named


def _is(value: Any, want: str) -> bool:
    kinds = [k.strip() for k in want.split("|")]
    if isinstance(value, bool):
        return "bool" in kinds
    return any(isinstance(value, _TYPES.get(k, ())) for k in kinds) or (
        value is None and "null" in kinds
    )


def _value_at(data: Any, parts: list[str]) -> Any:
    for part in parts:
        if isinstance(data, dict) and part in data:
            data = data[part]
        elif isinstance(data, list) and part.isdigit() and int(part) < len(data):
            data = data[int(part)]
        else:
            return _MISSING
    return data


def shown(value: Any) -> str:
    """A value as site.toml writes it (strings quoted, true/false)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, datetime | date | time):
        return f"{value.isoformat()} (a TOML date; quote it)"
    return type(value).__name__


def _without(data: dict[str, Any], keys: list[str]) -> dict[str, Any]:
    """A copy of `data` without the value at `keys` (or the nearest one above that is not
    a table)."""
    if not keys:
        return data
    head, rest = keys[0], keys[1:]
    copy = dict(data)
    inner = copy.get(head)
    if rest and isinstance(inner, dict):
        copy[head] = _without(inner, rest)
    else:
        copy.pop(head, None)
    return copy
