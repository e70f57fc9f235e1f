"""A small checker of nested TOML data against a schema (the vocabulary's is in :mod:`._schema`).

A schema node is a Python type (``str``, ``float``, ``int``, ``bool``), :class:`ListOf`,
:class:`MapOf` (free keys), :class:`Table` (named keys; optional ones end in ``?``),
:class:`Choice` (a value from a fixed set) or :class:`Either` (the first node that fits).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["Anything", "Choice", "Either", "ListOf", "MapOf", "SchemaError", "Table", "validate"]


class SchemaError(ValueError):
    """A vocabulary file does not fit the schema: the message names the key."""


@dataclass(frozen=True)
class ListOf:
    item: Any


@dataclass(frozen=True)
class MapOf:
    value: Any


@dataclass(frozen=True)
class Choice:
    values: frozenset[str]


class Anything:
    """Any value: notes a file keeps for its readers (``about``), which the engine ignores."""


@dataclass(frozen=True)
class Either:
    options: tuple[Any, ...]


class Table:
    """Named keys; a key written ``name?`` is optional."""

    def __init__(self, **fields: Any) -> None:
        self.fields = {k.rstrip("_").removesuffix("?"): v for k, v in fields.items()}
        self.optional = frozenset(k.rstrip("_").removesuffix("?") for k in fields if "?" in k)

    @classmethod
    def of(cls, fields: Mapping[str, Any]) -> Table:
        """A table from a mapping (keys may hold characters a keyword cannot)."""
        return cls(**dict(fields))


_NAMES = {int: "a whole number", float: "a number", str: "a string", bool: "true or false"}


def _describe(node: Any) -> str:
    if isinstance(node, type):
        return _NAMES[node]
    if isinstance(node, ListOf):
        return f"a list of {_describe(node.item).removeprefix('a ').removeprefix('an ')}s"
    if isinstance(node, Choice):
        return "one of " + ", ".join(sorted(node.values))
    if isinstance(node, Either):
        return " or ".join(_describe(o) for o in node.options)
    return "a table"


def validate(data: Any, node: Any, base: bool, path: str = "", in_list: bool = False) -> None:
    """Raise :class:`SchemaError` unless ``data`` fits ``node``. ``base``: the package's own
    files, which give every required key; otherwise an overlay, whose sections and tables may
    be partial, but whose list entries (``in_list``) must be whole."""
    where = path or "the file"
    if isinstance(node, Anything):
        return
    if isinstance(node, type):
        ok = isinstance(data, node) and not (node is not bool and isinstance(data, bool))
        if node is float and isinstance(data, int) and not isinstance(data, bool):
            ok = True
        if not ok:
            raise SchemaError(f"{where}: expected {_describe(node)}, got {data!r:.40}")
    elif isinstance(node, Choice):
        if data not in node.values:
            raise SchemaError(f"{where}: {data!r:.40} is not {_describe(node)}")
    elif isinstance(node, Either):
        for option in node.options:
            try:
                validate(data, option, base, path, in_list)
            except SchemaError:
                continue
            return
        raise SchemaError(f"{where}: expected {_describe(node)}")
    elif isinstance(node, ListOf):
        if not isinstance(data, list):
            raise SchemaError(f"{where}: expected {_describe(node)}")
        for i, item in enumerate(data):
            validate(item, node.item, base, f"{path}[{i}]", in_list=True)
    elif isinstance(node, MapOf):
        if not isinstance(data, dict):
            raise SchemaError(f"{where}: expected a table")
        for key, value in data.items():
            validate(value, node.value, base, f"{path}.{key}" if path else key, in_list)
    elif isinstance(node, Table):
        if not isinstance(data, dict):
            raise SchemaError(f"{where}: expected a table")
        for key, value in data.items():
            if key not in node.fields:
                known = ", ".join(sorted(node.fields))
                raise SchemaError(f"{where}: unknown key {key!r} (known: {known:.300})")
            validate(value, node.fields[key], base, f"{path}.{key}" if path else key, in_list)
        if base or in_list:
            missing = [k for k in node.fields if k not in node.optional and k not in data]
            if missing:
                raise SchemaError(f"{where}: missing key {missing[0]!r}")
    else:  # pragma: no cover - a mistake in the schema itself
        raise TypeError(f"unknown schema node {node!r}")
