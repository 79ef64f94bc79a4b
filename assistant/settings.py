"""One settings model for the service: environment variables (ASSISTANT_*) and CLI flags."""

from ipaddress import IPv4Network, IPv6Network
from os import PathLike
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


class Settings(BaseSettings):
    """Everything an operator may configure; CLI flags override the environment."""

    model_config = SettingsConfigDict(env_prefix="ASSISTANT_", extra="ignore")

    db: str = Field("var/assistant.db",
                    description="SQLite database file, or a PostgreSQL URL (postgresql://user:pass@host/db)")
    host: str = "127.0.0.1"
    port: int = Field(8080, ge=0, le=65535)

    # HTTP limits
    max_body_bytes: int = Field(65_536, ge=1024, description="largest JSON body (login and every JSON route)")
    max_upload_bytes: int = Field(12_000_000, ge=1024, description="largest WAV upload (the only large body)")
    max_text_chars: int = Field(2_000, ge=10, description="longest utterance accepted")
    max_items_per_utterance: int = Field(30, ge=1, description="goods one utterance may ask for (422 beyond)")
    max_basket_lines: int = Field(150, ge=1, description="lines one basket may hold (422 beyond)")
    basket_undo_depth: int = Field(20, ge=1, description="utterances 'ångra' can take back, per basket")

    # Auth
    session_ttl_seconds: int = Field(12 * 3600, ge=60)
    token_max_age_days: float = Field(365.0, gt=0, description="integration tokens older than this are refused")
    cookie_secure: bool = False
    login_max_failures: int = Field(5, ge=1, description="failed logins per (username, address) before a wait")
    login_address_max_failures: int = Field(100, ge=1, description="failed logins per address (any name) before a wait")
    login_backoff_seconds: float = Field(60.0, gt=0, description="first wait; doubles with each further failure")
    login_backoff_max_seconds: float = Field(3600.0, gt=0, description="longest wait")
    login_window_seconds: int = Field(3600, ge=1, description="failures are forgotten after this long without one")
    trusted_proxies: Annotated[list[IPv4Network | IPv6Network], NoDecode] = Field(
        default_factory=list, description="proxies whose X-Forwarded-For/-Proto are believed (addresses or CIDRs)")

    # Speech
    vosk_model: Path | None = Field(None, description="Vosk model folder; none means typing only")
    speech_max_streams: int = Field(4, ge=1, description="concurrent recognizers per worker")
    speech_max_seconds: float = Field(60.0, gt=0, description="longest recording or stream of audio")
    speech_idle_seconds: float = Field(10.0, gt=0, description="a stream with no audio for this long is closed")
    speech_stream_seconds: float = Field(120.0, gt=0, description="a stream is closed after this long, however busy")
    speech_heartbeat_seconds: float = Field(2.0, gt=0, description="how often the speech worker is asked if it lives")
    speech_heartbeat_timeout_seconds: float = Field(
        10.0, gt=0, description="a worker silent this long is hung: health says unavailable, and it is replaced")

    # Grocer
    default_vendor: str = Field("demo", description="catalog used when a request names no client")
    vendor_url: str = "http://127.0.0.1:8081"
    vendor_timeout_seconds: float = Field(10.0, gt=0)
    outbox_poll_seconds: float = Field(2.0, gt=0)
    outbox_retry_base_seconds: float = Field(2.0, ge=0, description="first retry delay to the grocer")
    outbox_retry_max_seconds: float = Field(300.0, ge=0, description="longest retry delay (cap)")
    outbox_lease_seconds: float = Field(60.0, gt=0, description="an instance's claim on an outbox item; "
                                        "a dead instance's claim is taken over when it runs out")
    outbox_status_poll_seconds: float = Field(60.0, gt=0, description="how often order status is fetched")

    # Orders
    timezone: str = Field("Europe/Stockholm", description="delivery days and cutoffs are local to this zone")
    delivery_fee_sek: float = Field(36.0, ge=0, description="delivery fee per delivered order")
    delivery_fee_paid_by: Literal["municipality", "client"] = Field(
        "municipality", description="who pays the delivery fee unless a client says otherwise; the client's "
                                    "share is on the invoice basis")

    # Personal data
    retention_years: int = Field(5, ge=1, le=50, description="years after the service ended before the "
                                                             "client's personal data is removed")

    @field_validator("trusted_proxies", mode="before")
    @classmethod
    def _comma_separated(cls, value: Any) -> Any:
        """ASSISTANT_TRUSTED_PROXIES="10.0.0.1, 10.1.0.0/16" as well as a list."""
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("db", mode="before")
    @classmethod
    def _path_or_url(cls, value: Any) -> Any:
        """A Path (tests, CLI) is kept as its text: a URL must never pass through Path, which folds '//'."""
        return str(value) if isinstance(value, PathLike) else value
