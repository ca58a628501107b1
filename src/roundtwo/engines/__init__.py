"""Pure-Python engines: text, audio paths or plain data in, dataclasses out.

Nothing under this package may import Django (a test enforces it), so the web app, the CLI,
the background tasks and the benchmarks all call the same functions.
"""
