"""The SDK's logger, `digitalriver`, and the `DIGITALRIVER_LOG` switch.

Attempts are logged at DEBUG (method, path, status, attempt, elapsed), retries at INFO. Only the
path is logged: query strings may hold e-mail addresses, and headers hold the key.
"""

from __future__ import annotations

import logging
import os

logger = logging.getLogger("digitalriver")


def configure_from_environment() -> None:
    """`DIGITALRIVER_LOG=debug` (or `info`) sends the SDK's log to stderr at that level."""
    level = os.environ.get("DIGITALRIVER_LOG", "").strip().upper()
    if level not in ("DEBUG", "INFO"):
        return
    logger.setLevel(level)
    if not any(getattr(handler, "_digitalriver", False) for handler in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        handler._digitalriver = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
