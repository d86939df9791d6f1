"""Events stage: placeholder."""


def extract(doc, table, document):
    return []
