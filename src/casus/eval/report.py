"""The last line every evaluation and benchmark prints: ``name=value`` pairs."""

from __future__ import annotations


def figures_line(**figures: float | int | str) -> str:
    parts = []
    for name, value in figures.items():
        parts.append(f"{name}={value:.4f}" if isinstance(value, float) else f"{name}={value}")
    return " ".join(parts)
