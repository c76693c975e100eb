"""The NLP layer: ``Extractor`` turns documents into evidence-linked records."""
from .pipeline import Analysis, Extractor, build_nlp

__all__ = ["Extractor", "Analysis", "build_nlp"]
