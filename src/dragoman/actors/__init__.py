"""Actors: knowledge base (data/*.yaml) and the mention resolver."""

from .kb import ActorDataError, get_kb
from .resolver import ActorResolver

__all__ = ["ActorResolver", "ActorDataError", "get_kb"]
