"""The NLP layer: ``Extractor`` turns documents into evidence-linked records.

The submodules (times, segment, phrases, ...) import on their own; the pipeline, which loads
the knowledge files, is imported on first use of its names.
"""
__all__ = ["Extractor", "Analysis", "build_nlp", "to_records"]


def __getattr__(name):
    if name in __all__:
        from . import pipeline
        return getattr(pipeline, name)
    raise AttributeError(name)
