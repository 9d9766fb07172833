"""Evaluations: ``python -m casus.eval NAME DATA_DIR``.

Each evaluation prints its details, then ends with ONE line of ``name=value``
pairs holding casus's figures and, measured in the same run, a baseline's.
"""
