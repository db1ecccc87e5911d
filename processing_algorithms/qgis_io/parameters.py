"""Numeric parameters: one finiteness and range check for every algorithm, and distances declared in metres.

``finite_problem`` and ``range_problem`` are run by ``EcoAlgorithm`` before any computation for every
``QgsProcessingParameterNumber`` (and its subclasses: distance, duration, scale) an algorithm declares:
NaN and ±inf are refused (QGIS' own check lets NaN through, as every comparison with NaN is false), and so
is a value outside the declared minimum/maximum, with a message naming the parameter and the range.
"""

import math
import sys

from qgis.core import (
    QgsProcessingParameterDefinition,
    QgsProcessingParameterDistance,
    QgsProcessingParameterNumber,
    QgsProperty,
    QgsUnitTypes,
)

from ...eco_supervision_plugin.i18n import tr

_UNBOUNDED = 1e300  # QGIS' default minimum/maximum are -/+DBL_MAX


def _number_text(value):
    return "{:g}".format(value) if isinstance(value, float) else str(value)


def parameter_number(algorithm, parameters, definition, context):
    """The number set for ``definition`` in ``parameters`` (None when unset), NaN and inf kept as they are."""
    value = parameters.get(definition.name())
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip())  # Python reads "nan", "inf" and "1e400" (inf) as QGIS would not say
        except ValueError:
            return None  # not a number: QGIS' own check reports it
    if isinstance(value, QgsProperty):
        return algorithm.parameterAsDouble(parameters, definition.name(), context)
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _numbers(algorithm, parameters, context):
    for definition in algorithm.parameterDefinitions():
        if isinstance(definition, QgsProcessingParameterNumber):
            value = parameter_number(algorithm, parameters, definition, context)
            if value is not None:
                yield definition, definition.description() or definition.name(), value


def finite_problem(algorithm, parameters, context):
    """Why a numeric parameter of ``algorithm`` is refused as NaN or infinite, or None when all are finite."""
    for definition, label, value in _numbers(algorithm, parameters, context):
        if not math.isfinite(value):
            return tr("{} ({}) must be a finite number (got {}).").format(label, definition.name(),
                                                                         parameters.get(definition.name()))
    return None


def range_problem(algorithm, parameters, context):
    """Why a numeric parameter of ``algorithm`` is outside its declared minimum/maximum, or None."""
    for definition, label, value in _numbers(algorithm, parameters, context):
        low, high = definition.minimum(), definition.maximum()
        has_low, has_high = low > -_UNBOUNDED, high < _UNBOUNDED
        if (has_low and value < low) or (has_high and value > high):
            if has_low and has_high:
                return tr("{} ({}) must be between {} and {} (got {}).").format(
                    label, definition.name(), _number_text(low), _number_text(high), _number_text(value))
            if has_low:
                return tr("{} ({}) must be at least {} (got {}).").format(
                    label, definition.name(), _number_text(low), _number_text(value))
            return tr("{} ({}) must be at most {} (got {}).").format(
                label, definition.name(), _number_text(high), _number_text(value))
    return None


def field_names(algorithm, parameters, name, context):
    """The field names chosen in field parameter ``name``: ``parameterAsStrings`` where QGIS has it (3.32 on,
    ``parameterAsFields`` is deprecated there), else ``parameterAsFields``."""
    as_strings = getattr(algorithm, "parameterAsStrings", None)
    return (as_strings or algorithm.parameterAsFields)(parameters, name, context)


def metres_parameter(name, label, default=None, minimum=0.0, maximum=None, optional=False, advanced=False,
                     help_text=None):
    """A distance parameter read in metres whatever the input layer's CRS.

    The algorithms compute in a metric CRS (``crs.metric_crs``), so a distance is metres even for an input in
    degrees. A ``QgsProcessingParameterDistance`` linked to a layer shows that layer's units ("degrees")
    and hands the number over unconverted; this one has no parent layer and ``setDefaultUnit(metres)``: the
    dialog shows metres (its unit box converts kilometres, feet … into metres) and qgis_process documents
    the default unit. ``minimum``/``maximum`` are checked before the run (``range_problem``).
    """
    parameter = QgsProcessingParameterDistance(
        name, label, default, "", optional,
        -sys.float_info.max if minimum is None else minimum, sys.float_info.max if maximum is None else maximum,
    )
    parameter.setDefaultUnit(QgsUnitTypes.DistanceMeters)
    return with_help(parameter, help_text, advanced)


def with_help(parameter, text=None, advanced=False):
    """Set the parameter's help (QGIS ≥ 3.16; the tooltip beside a short label) and, for an expert
    parameter, FlagAdvanced (shown under "Advanced parameters")."""
    if text and hasattr(parameter, "setHelp"):
        parameter.setHelp(text)
    if advanced:
        parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
    return parameter
