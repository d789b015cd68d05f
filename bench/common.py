"""Small shared pieces of the benchmarks: timing, percentiles, generated texts."""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

GERMAN = [
    "Stadt",
    "Quartier",
    "Nachbarn",
    "Beratung",
    "Sprache",
    "Schule",
    "Verwaltung",
    "Leitbild",
    "Mediation",
    "Beirat",
    "Integration",
    "Gespräch",
    "Träger",
    "Moschee",
    "Verein",
    "Jugendliche",
    "Eltern",
    "Arbeit",
    "Wohnung",
    "Gesundheit",
    "Sport",
    "Kultur",
    "Beteiligung",
    "Zuwanderung",
    "Förderung",
    "Kommune",
    "Fachkräfte",
    "Übergang",
    "Ausbildung",
]
DUTCH = [
    "gemeente",
    "wijk",
    "buren",
    "welzijn",
    "taal",
    "school",
    "bestuur",
    "visie",
    "bemiddeling",
    "raad",
    "inburgering",
    "gesprek",
    "partner",
    "moskee",
    "vereniging",
    "jongeren",
    "ouders",
    "werk",
    "woning",
    "gezondheid",
    "sport",
    "cultuur",
    "participatie",
    "nieuwkomers",
    "subsidie",
    "medewerkers",
    "overgang",
    "opleiding",
    "Almelo",
    "Münster",
]
RARE_WORD = "Zwischenstaatsvertrag"


def observation_text(rng: random.Random, index: int) -> str:
    words = GERMAN if index % 2 else DUTCH
    sentence_count = rng.randint(2, 6)
    sentences = []
    for _ in range(sentence_count):
        chosen = rng.choices(words, k=rng.randint(6, 14))
        sentences.append(" ".join(chosen).capitalize() + ".")
    if index % 10_000 == 7:
        sentences.append(f"Ein {RARE_WORD} wurde erwähnt.")
    return " ".join(sentences)


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    position = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[position]


def timed_runs(action: Callable[[], object], runs: int) -> list[float]:
    """Milliseconds of `runs` calls, after one warm-up call."""
    action()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def summary(samples: list[float]) -> str:
    return (
        f"p50 {percentile(samples, 0.5):8.2f} ms   p95 {percentile(samples, 0.95):8.2f} ms"
        f"   (n={len(samples)}, mean {statistics.fmean(samples):.2f})"
    )


@contextmanager
def stopwatch() -> Iterator[list[float]]:
    box: list[float] = []
    start = time.perf_counter()
    yield box
    box.append(time.perf_counter() - start)
