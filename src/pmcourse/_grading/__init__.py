"""The grading layer: read notebooks, run them in sandboxed kernels, score what they recorded.

``notebook`` reads files (no kernels) → ``kernel`` plans one limited, isolated
kernel (its run folder, environment, ``view`` of the system and control groups,
``cgroups``) → ``manager`` starts and stops it, cold or forked from the warm
template (``warm``, ``template``) → ``runner`` drives its cells → ``batch``
grades many and scores them. ``processes`` and ``cleanup`` make sure nothing a
notebook started or wrote outlives its run; ``linux`` holds the few system
calls made by hand.
"""
