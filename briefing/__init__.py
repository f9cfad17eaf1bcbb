"""Turn a news article and the facts drawn from it into a static briefing site."""

from __future__ import annotations

__version__ = "0.1.0"
