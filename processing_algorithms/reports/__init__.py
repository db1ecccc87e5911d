"""Reports a bureau can hand on: a planning note per run (HTML) and its machine-readable figures (JSON).

``note``       the PlanningNote dataclasses and the writer (HTML or JSON by the file name)
``numbers``    numbers, shares and durations formatted for people, in the run's language
``charts``     small inline SVG charts: trade-off curves and counts per class
``map_image``  a styled map of the result as a PNG (title, legend, scale bar, north arrow)
"""
