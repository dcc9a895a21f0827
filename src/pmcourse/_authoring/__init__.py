"""The authors' layer: one source per exercise.

Each task is written once, in ``src/pmcourse/_tasks/chNN.py``. From it this
layer generates the learner's blank notebook (``notebooks``), derives the
reference solutions (``solutions``) and scaffolds a new chapter
(``scaffold``). ``python -m pmcourse._authoring --help`` lists the commands;
the nox sessions ``notebooks`` and ``new_chapter`` call them.
"""
