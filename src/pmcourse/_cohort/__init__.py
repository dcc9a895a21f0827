"""The cohort layer: reads grading results and renders them. It never runs a kernel."""
