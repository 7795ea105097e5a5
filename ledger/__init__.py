"""Promised versus delivered: links the targets of plans to the results that report on them.

Reads the outputs of `minsheng extract` (records and documents); imports pipeline and
extractors, and nothing below it imports this package.
"""
