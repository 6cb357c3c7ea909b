"""Run settings: one frozen object passed down instead of a long list of keyword arguments."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

from .errors import ConfigError

FORMATS = ("json", "html", "md", "csv")
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")
_EXECUTOR = re.compile(r"inprocess|processes|ray|ray://\S+")


@dataclass(frozen=True, slots=True, kw_only=True)
class FetchSettings:
    """How URLs are fetched: what may be reached, how long and how much, how politely.

    The defaults are the safe ones for a service that takes URLs from strangers:
    public addresses on ports 80 and 443 only. ``allow_loopback`` exists for tests
    and for a server on one's own machine; nothing else opens private ranges.
    """

    allow_loopback: bool = False  # 127.0.0.0/8 and ::1; every other non-public range stays refused
    ports: tuple[int, ...] = (80, 443)
    connect_timeout: float = 10.0  # seconds to open a connection
    read_timeout: float = 20.0  # seconds between two reads
    total_timeout: float = 60.0  # seconds for one response, headers to last byte (a slow drip stops here)
    max_bytes: int = 10_000_000  # body cap, on the bytes served and again on the decompressed bytes
    max_redirects: int = 5
    concurrency: int = 8  # requests in flight, all hosts together
    per_host: int = 2  # requests in flight to one host
    interval: float = 1.0  # seconds between two requests to one host
    max_retry_after: float = 30.0  # the longest Retry-After honoured by waiting; a longer one is a reason
    robots: bool = True  # honour robots.txt
    warc: str | None = None  # archive every response served as a body to this WARC file (appended)
    ca_file: str | None = None  # trust these CA certificates (PEM) instead of certifi's bundle

    def __post_init__(self) -> None:
        for name in ("connect_timeout", "read_timeout", "total_timeout"):
            if getattr(self, name) <= 0:
                raise ConfigError(f"{name} must be positive, not {getattr(self, name)}")
        if self.max_bytes < 1:
            raise ConfigError(f"fetch max_bytes must be positive, not {self.max_bytes}")
        if not 0 <= self.max_redirects <= 20:
            raise ConfigError(f"max_redirects must be between 0 and 20, not {self.max_redirects}")
        if self.concurrency < 1 or self.per_host < 1:
            raise ConfigError(f"concurrency and per_host must be at least 1, not {self.concurrency}, {self.per_host}")
        if self.interval < 0 or self.max_retry_after < 0:
            raise ConfigError("interval and max_retry_after must not be negative")
        bad = [p for p in self.ports if not 0 < p < 65536]
        if bad:
            raise ConfigError(f"not a TCP port: {', '.join(map(str, bad))}; choose from 1 to 65535")


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    workers: int = 1  # processes for the per-article extraction
    executor: str | None = None  # None: this process or a local pool (by workers); "ray"; "ray://HOST:PORT"
    max_bytes: int = 20_000_000  # inputs larger than this are skipped, not read
    max_chars: int = 2_000_000  # article texts longer than this are skipped
    max_seconds: float = 300.0  # an article whose analysis takes longer is skipped with the reason
    formats: tuple[str, ...] = ("json", "html", "md")
    language: str | None = None  # force every article's language instead of detecting it
    threads: int | None = None  # BLAS threads for the sentence encoder; default: the core count
    progress: bool = True
    exclude: tuple[str, ...] = ()  # paths never read as input (the output directory, when it sits among the inputs)
    fetch: FetchSettings = field(default_factory=FetchSettings)  # for inputs that are http(s) URLs

    def __post_init__(self) -> None:
        if self.workers < 1:
            raise ConfigError(f"workers must be at least 1, not {self.workers}")
        if self.executor is not None and not _EXECUTOR.fullmatch(self.executor):
            raise ConfigError(
                f"unknown executor {self.executor!r}; choose inprocess, processes, ray or ray://HOST:PORT"
            )
        if self.max_bytes < 1:
            raise ConfigError(f"max_bytes must be positive, not {self.max_bytes}")
        if self.max_chars < 1:
            raise ConfigError(f"max_chars must be positive, not {self.max_chars}")
        if not self.max_seconds > 0:
            raise ConfigError(f"max_seconds must be positive, not {self.max_seconds}")
        if self.language is not None and not known_language(self.language):
            raise ConfigError(
                f"unknown language code {self.language!r}; give an ISO 639 code spaCy knows (en, ru, uk, de, fr, ...)"
            )
        bad = [f for f in self.formats if f not in FORMATS]
        if bad:
            raise ConfigError(f"unknown output format {', '.join(map(repr, bad))}; choose from {', '.join(FORMATS)}")

    @property
    def cores(self) -> int:
        return self.threads or available_cores()


def available_cores() -> int:
    """Cores this process may run on (the affinity mask, not the machine's total)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def known_language(code: str) -> bool:
    """``code`` is a language code spaCy has a tokenizer for (``xx`` is its multi-language one)."""
    import importlib.util

    if not _LANGUAGE_CODE.fullmatch(code):
        return False
    try:
        return importlib.util.find_spec(f"spacy.lang.{code}") is not None
    except (ImportError, ValueError):
        return False


def parse_formats(value: str) -> tuple[str, ...]:
    """``"json,html"`` -> ``("json", "html")``, rejecting unknown names."""
    formats = tuple(dict.fromkeys(f.strip().lower() for f in value.split(",") if f.strip()))
    bad = [f for f in formats if f not in FORMATS]
    if bad or not formats:
        raise ConfigError(f"unknown output format {value!r}; choose from {', '.join(FORMATS)} (comma-separated)")
    return formats
