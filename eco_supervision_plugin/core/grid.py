"""Moved to :mod:`core.hotspot.grid`; this name stays for existing importers."""

from .hotspot.grid import *  # noqa: F401,F403
from .hotspot.grid import _OFFSET, _SPAN  # noqa: F401
