"""`make bench`: a large generated publication, served for real and measured with wrk.

    .venv/bin/python -m newsstand.bench [--articles 100000] [--seconds 8]

See `run.py` for what is measured and docs/performance.md for the results.
"""
