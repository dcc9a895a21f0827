"""The grading layer: read notebooks, run them in sandboxed kernels, score what they recorded.

``notebook`` reads files (no kernels) → ``kernel`` starts one limited, isolated
kernel → ``runner`` drives its cells → ``batch`` grades many and scores them.
``processes`` makes sure nothing a notebook started outlives its run.
"""
