"""Human-readable byte counts for size-limit messages."""

KIB = 1024
MIB = 1024 * 1024

# Releases are ~10-100 KB; 10 MB leaves ample room while keeping memory bounded.
DEFAULT_MAX_BYTES = 10 * MIB


def format_size(n_bytes: int, *, exact: bool = False) -> str:
    """``52428800`` → ``"50.0 MB"``; with ``exact`` a round limit prints as ``"10 MB"``."""
    if n_bytes < KIB:
        return f"{n_bytes} bytes"
    unit, scale = ("KB", KIB) if n_bytes < MIB else ("MB", MIB)
    value = n_bytes / scale
    return f"{value:g} {unit}" if exact else f"{value:.1f} {unit}"


def over_limit_message(name: str, size_text: str, max_bytes: int) -> str:
    return f"{name}: {size_text} is over the {format_size(max_bytes, exact=True)} limit for one release"
