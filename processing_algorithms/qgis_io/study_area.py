"""Reading an urban study area (polygons, population and built-up area fields) for the HJ 664-2013 check."""

from ...eco_supervision_plugin.core.siting.plan import StudyArea
from ...eco_supervision_plugin.i18n import tr
from .polygon_rings import polygon_rings, union_rings
from .read import require_field
from .tables import read_attributes


def read_study_area(algorithm, parameters, context, crs, feedback, area_name, population_name, built_up_name):
    """The :class:`StudyArea` of parameter ``area_name`` (None when not given): the union of its polygons in
    ``crs`` and the sums of the population and built-up area fields named by the two field parameters."""
    source = algorithm.parameterAsSource(parameters, area_name, context)
    if source is None:
        return None
    fields = {n: algorithm.parameterAsString(parameters, n, context) for n in (population_name, built_up_name)}
    for field_name in filter(None, fields.values()):
        require_field(source, field_name, tr("study area"), numeric=True)
    _rings, union, _repaired = polygon_rings(source, crs, context, feedback)
    _fids, columns = read_attributes(source, list(filter(None, fields.values())), feedback)

    def total(name):
        return sum(float(v) for v in columns[fields[name]] if v not in (None, "")) if fields[name] else None

    return StudyArea(union_rings([union]), total(population_name), total(built_up_name))
