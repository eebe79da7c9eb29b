"""The one exception the ingest layer lets escape."""


class InputError(Exception):
    """A problem with one input, phrased for the user as a single line naming the source.

    Example: ``"missing.txt: no such file or directory"``. Callers print ``str(error)``
    as is; no traceback is ever meant to reach the user for a bad input.
    """
