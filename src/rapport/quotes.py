"""Quotes stage: placeholder."""


def extract(doc, table):
    return []
