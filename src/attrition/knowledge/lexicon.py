"""The event lexicon: trigger classes, weapon/target cues and modality cues (data/events.yaml)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from ..errors import KnowledgeError

PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "SANCTION", "PROTEST", "MOBILIZE", "COERCE", "ASSAULT",
}
MODALITY_KINDS = ("drop", "negated", "planned", "hypothetical", "reported", "claimed")


def read_knowledge_yaml(packaged: str, path: str | Path | None, what: str) -> tuple[object, str]:
    """Parse a knowledge YAML file: the packaged ``data/<packaged>`` unless a user ``path`` is given.
    Returns (data, where); errors name the file and say what went wrong."""
    if path is None:
        where = f"attrition/knowledge/data/{packaged}"
        text = resources.files("attrition.knowledge").joinpath(f"data/{packaged}").read_text(encoding="utf-8")
    else:
        where = str(path)
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as e:
            raise KnowledgeError(where, None, f"cannot read the {what}: {e}") from e
    try:
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)), where
    except yaml.YAMLError as e:
        raise KnowledgeError(where, None, f"not valid YAML: {e}") from e


@dataclass(frozen=True, slots=True)
class TriggerClass:
    name: str
    plover: str
    mode: str | None
    confidence: float
    forms: tuple[str, ...]
    plural_generic: frozenset[str]
    # forms that say what happened on their own ("defused", "ceasefire"): enough with generic actors
    specific: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Composite:
    """A verb that makes a trigger of ``cls`` only with one of ``objects`` within ``window`` words of it
    in the same clause ("seized ... rifles", "set up a new observation post"). Triggers of the ``absorb``
    classes on those objects are dropped: a seized grenade is no grenade attack."""
    cls: str
    verbs: tuple[str, ...]
    objects: tuple[str, ...]
    window: int
    absorb: frozenset[str]
    places: bool = False   # a place name in the sentence counts as an object
    subject: bool = False  # the "objects" are the verb's agents ("warplanes pounded"): any may stand before it


@dataclass(frozen=True, slots=True)
class Lexicon:
    classes: dict[str, TriggerClass]
    cues: dict[str, tuple[str, ...]]
    modality: dict[str, tuple[str, ...]]
    generic: tuple[str, ...]
    path: str
    composites: tuple[Composite, ...] = ()

    @classmethod
    def load(cls, path: str | Path | None = None) -> "Lexicon":
        data, where = read_knowledge_yaml("events.yaml", path, "event lexicon")
        if not isinstance(data, dict) or "classes" not in data:
            raise KnowledgeError(where, None, "expected a mapping with a 'classes' key")
        classes = {}
        for name, spec in data["classes"].items():
            if not isinstance(spec, dict):
                raise KnowledgeError(where, f"classes.{name}", "expected a mapping")
            plover = spec.get("plover")
            if plover not in PLOVER_TYPES:
                raise KnowledgeError(where, f"classes.{name}.plover", f"unknown PLOVER type {plover!r}; use one of {sorted(PLOVER_TYPES)}")
            forms = spec.get("forms") or []
            if not forms or not all(isinstance(f, str) and f.strip() for f in forms):
                raise KnowledgeError(where, f"classes.{name}.forms", "expected a non-empty list of strings")
            conf = spec.get("confidence", 0.5)
            if not isinstance(conf, (int, float)) or not 0 <= conf <= 1:
                raise KnowledgeError(where, f"classes.{name}.confidence", f"must be a number in 0..1, got {conf!r}")
            classes[name] = TriggerClass(name, plover, spec.get("mode"), float(conf),
                                         tuple(f.lower() for f in forms),
                                         frozenset(f.lower() for f in spec.get("plural_generic", [])),
                                         frozenset(f.lower() for f in spec.get("specific", [])))
        def strings(key: str, vs) -> tuple[str, ...]:
            bad = [v for v in vs or [] if not isinstance(v, str)]
            if bad:  # YAML reads bare no/yes/on/off as booleans: quote them
                raise KnowledgeError(where, key, f"expected strings, got {bad!r} (quote words such as \"no\")")
            return tuple(v.lower() for v in vs or [])

        cues = {k: strings(f"cues.{k}", vs) for k, vs in (data.get("cues") or {}).items()}
        modality = {k: strings(f"modality.{k}", (data.get("modality") or {}).get(k, [])) for k in MODALITY_KINDS}
        composites = []
        for i, spec in enumerate(data.get("composites") or []):
            key = f"composites[{i}]"
            if not isinstance(spec, dict) or spec.get("class") not in classes:
                raise KnowledgeError(where, key, "expected a mapping whose 'class' is one of the trigger classes")
            window = spec.get("window", 6)
            if not isinstance(window, int) or window < 0:
                raise KnowledgeError(where, f"{key}.window", f"must be a whole number of words, got {window!r}")
            composites.append(Composite(spec["class"], strings(f"{key}.verbs", spec.get("verbs")),
                                        strings(f"{key}.objects", spec.get("objects")), window,
                                        frozenset(strings(f"{key}.absorb", spec.get("absorb"))), bool(spec.get("places")),
                                        bool(spec.get("subject"))))
        return cls(classes, cues, modality, tuple(g.lower() for g in data.get("generic", [])), where, tuple(composites))

    @staticmethod
    @lru_cache(maxsize=1)
    def default() -> "Lexicon":
        return Lexicon.load()


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Singular nouns that name one person (data/persons.yaml): "a policeman", "the mayor"."""
    data, where = read_knowledge_yaml("persons.yaml", None, "person nouns")
    words = (data or {}).get("persons") if isinstance(data, dict) else None
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise KnowledgeError(where, "persons", "expected a list of strings")
    return frozenset(w.lower() for w in words)


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Common given names (data/given_names.yaml), lower case: in a report in capitals, a run of words that
    starts with one names a person ("THE BODIES OF HECTOR RAMIREZ AND ANA FLORES")."""
    data, where = read_knowledge_yaml("given_names.yaml", None, "given names")
    words = (data or {}).get("given_names") if isinstance(data, dict) else None
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise KnowledgeError(where, "given_names", "expected a list of strings")
    return frozenset(w.lower() for w in words)
