"""Who is calling: staff sessions (cookie + CSRF), integration tokens (bearer), roles."""

from assistant.auth.identity import Identity, current_identity, require_role

__all__ = ["Identity", "current_identity", "require_role"]
