"""Where taggers are registered by name: the CLI's --tagger and the spaCy component look them up here."""

from __future__ import annotations

from collections.abc import Callable

from edclaims.tagging.base import Tagger, TaggerError

_FACTORIES: dict[str, Callable[..., Tagger]] = {}


def register_tagger(name: str) -> Callable[[Callable[..., Tagger]], Callable[..., Tagger]]:
    def decorate(factory: Callable[..., Tagger]) -> Callable[..., Tagger]:
        _FACTORIES[name] = factory
        return factory

    return decorate


def available_taggers() -> list[str]:
    _load_builtin()
    return sorted(_FACTORIES)


def get_tagger(name: str, **options: object) -> Tagger:
    _load_builtin()
    try:
        factory = _FACTORIES[name]
    except KeyError:
        raise TaggerError(f"unknown tagger {name!r}; choose one of {', '.join(sorted(_FACTORIES))}") from None
    return factory(**options)


def _load_builtin() -> None:
    # imported lazily so that importing edclaims.tagging does not load jieba's dictionary; the model
    # tagger imports torch only when one is built
    from edclaims.model import tagger  # noqa: F401
    from edclaims.tagging import rules  # noqa: F401
