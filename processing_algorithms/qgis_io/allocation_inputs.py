"""Parameters and reading of ecosupervision:outfallallocation (checkpoints, outfalls, loads, background).

The wrapper declares the river and outfall parameters of ``rivers.py`` and then these groups;
``read_allocation_inputs`` turns a run's parameters into the core's inputs: ``(lines, crs, checkpoints,
outfalls, outfall labels, AllocationOptions)``. Per-parameter fields (background at the sources on the
river layer, load bounds on the outfall layer) are named by a pattern (``bg_{}``) or a list
(``CODMn=bg_cod; TP=bg_tp``), so a new parameter needs no new dialog entry.
"""

import math

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...eco_supervision_plugin.core.river.allocation import AllocationOptions, CheckpointInput
from ...eco_supervision_plugin.i18n import tr
from . import rivers as river_io
from .parameters import metres_parameter
from .parsers import parse_field_map, parse_key_values
from .read import read_points, require_features, require_field

NUMERIC = QgsProcessingParameterField.Numeric
SECTIONS, SECTION_ID_FIELD = "SECTIONS", "SECTION_ID_FIELD"
TARGET_CLASS_FIELD, TARGET_CLASS = "TARGET_CLASS_FIELD", "TARGET_CLASS"
BACKGROUND, BACKGROUND_FIELDS = "BACKGROUND", "BACKGROUND_FIELDS"
OUTFALL_ID_FIELD = "OUTFALL_ID_FIELD"
OUTFALL_MIN_FIELD, OUTFALL_MAX_FIELD = "OUTFALL_MIN_FIELD", "OUTFALL_MAX_FIELD"
OUTFALL_MIN_FIELDS, OUTFALL_MAX_FIELDS = "OUTFALL_MIN_FIELDS", "OUTFALL_MAX_FIELDS"
PARAMETERS, DECAY_RATES = "PARAMETERS", "DECAY_RATES"
OBJECTIVE, SAFETY_MARGIN, SNAP_TOLERANCE = "OBJECTIVE", "SAFETY_MARGIN", "SNAP_TOLERANCE"
SEGMENT_LENGTH = "SEGMENT_LENGTH"


def objective_names():
    """The OBJECTIVE choices in the run's language, in the order of the core's ``OBJECTIVES``."""
    return [tr("Maximise the total allowable load (capacity)"), tr("Smallest total reduction from today's loads"),
            tr("Equal percentage reduction")]


def add_allocation_parameters(alg):
    """Checkpoints, outfall names and bounds, parameters, decay, background, objective (after the rivers)."""
    add = alg.add_parameter
    add(QgsProcessingParameterFeatureSource(SECTIONS, tr("Checkpoints"), [QgsProcessing.TypeVectorPoint]),
        tr("Control sections and intakes (points) whose target class must be met."))
    add(QgsProcessingParameterField(SECTION_ID_FIELD, tr("Checkpoint name field"), parentLayerParameterName=SECTIONS,
                                    optional=True), tr("Checkpoint name/id field (for the tables and the report)."))
    add(QgsProcessingParameterField(TARGET_CLASS_FIELD, tr("Target class field"), parentLayerParameterName=SECTIONS,
                                    optional=True),
        tr("Target class per checkpoint (I–V, 1–5 or Ⅲ类); empty values take the target class below."))
    add(river_io.target_class_parameter(TARGET_CLASS),
        tr("Target class (GB 3838) of the checkpoints without a class field value."))
    river_io.add_outfall_parameters(alg, optional=False)
    add(QgsProcessingParameterField(OUTFALL_ID_FIELD, tr("Outfall name field"),
                                    parentLayerParameterName=river_io.OUTFALLS, optional=True),
        tr("Outfall name/id field (for the tables and the report)."))
    for name, label, text in (
            (OUTFALL_MIN_FIELD, tr("Minimum load field (t/a)"),
             tr("Load an outfall must keep (t/a), for every parameter, e.g. a plant that cannot stop.")),
            (OUTFALL_MAX_FIELD, tr("Maximum load field (t/a)"),
             tr("Load cap by permit (t/a), for every parameter; also the allowable load of an outfall with no "
                "checkpoint below."))):
        add(QgsProcessingParameterField(name, label, parentLayerParameterName=river_io.OUTFALLS, type=NUMERIC,
                                        optional=True), text)
    for name, label, text in (
            (OUTFALL_MIN_FIELDS, tr("Minimum load fields per parameter (t/a)"),
             tr("Outfall fields of the minimum load of each parameter (t/a): a pattern such as min_{} (min_CODMn, "
                "min_TP …; parameters without such a field keep the field for every parameter) or a list such as "
                "CODMn=min_cod; TP=min_tp. A null value takes the field for every parameter.")),
            (OUTFALL_MAX_FIELDS, tr("Maximum load fields per parameter (t/a)"),
             tr("Outfall fields of the permitted load of each parameter (t/a): a pattern such as max_{} or a list "
                "such as CODMn=permit_cod; TP=permit_tp. A null value takes the field for every parameter."))):
        add(QgsProcessingParameterString(name, label, "", optional=True), text, advanced=True)
    add(QgsProcessingParameterString(PARAMETERS, tr("Parameters"), "CODMn,NH3N,TP"),
        tr("GB 3838 items to allocate, comma separated; the outfall layer has a concentration field (mg/L) named "
           "like each."))
    add(QgsProcessingParameterString(DECAY_RATES, tr("Decay rates K (1/day)"), "CODMn=0.2; NH3N=0.15; TP=0.05"),
        tr("Decay rate K (1/day) for every parameter, e.g. CODMn=0.2; NH3N=0.15; TP=0.05 (0 for none)."))
    add(QgsProcessingParameterString(BACKGROUND, tr("Background at the sources (mg/L)"), "", optional=True),
        tr("Upstream background concentration at the network's sources per parameter, e.g. CODMn=2; NH3N=0.2 "
           "(default 0)."))
    add(QgsProcessingParameterString(BACKGROUND_FIELDS, tr("Background fields on the rivers (mg/L)"), "",
                                     optional=True),
        tr("River fields holding the background concentration at each source reach (the reaches where the "
           "network starts): a pattern such as bg_{} (bg_CODMn …) or a list such as CODMn=bg_cod; TP=bg_tp. A "
           "null value takes the background value above."))
    add(QgsProcessingParameterEnum(OBJECTIVE, tr("Objective"), objective_names(), defaultValue=0),
        tr("What the allocation optimises."))
    add(QgsProcessingParameterNumber(SAFETY_MARGIN, tr("Safety margin (%)"), QgsProcessingParameterNumber.Double,
                                     10.0, minValue=0.0, maxValue=99.0),
        tr("Share of the class limit kept in reserve (%)."))
    add(metres_parameter(SNAP_TOLERANCE, tr("Snapping tolerance"), 200.0, minimum=0.0),
        tr("Snapping tolerance (m): checkpoints and outfalls farther from any river are left out"), advanced=True)
    add(metres_parameter(SEGMENT_LENGTH, tr("Segment length"), 500.0, minimum=1.0),
        tr("Length (m) of the river segments of the SEGMENTS output (concentration and class before and after the "
           "allocation); longer segments give a smaller layer on a large network."), advanced=True)


def _names(alg, parameters, context):
    text = alg.parameterAsString(parameters, PARAMETERS, context) or ""
    names = [n.strip() for n in text.replace("；", ",").replace(";", ",").split(",") if n.strip()]
    if not names:
        raise QgsProcessingException(tr("Choose at least one parameter (e.g. CODMn, NH3N, TP)."))
    return names


def _labelled(alg, parameters, key, context, source, crs, label, fields=()):
    id_field = alg.parameterAsString(parameters, key, context)
    table = read_points(source, crs, context, None, fields=([id_field] if id_field else []) + list(fields),
                        label=label)
    labels = [str(v) for v in table.attributes[id_field]] if id_field else ["fid {}".format(f) for f in table.fids]
    return table, labels


def _checkpoints(alg, parameters, context, crs):
    source = alg.parameterAsSource(parameters, SECTIONS, context)
    require_features(source, tr("Checkpoints"))
    cls_field = alg.parameterAsString(parameters, TARGET_CLASS_FIELD, context)
    default = alg.parameterAsEnum(parameters, TARGET_CLASS, context) + 1
    table, labels = _labelled(alg, parameters, SECTION_ID_FIELD, context, source, crs, tr("Checkpoints"),
                              [cls_field] if cls_field else [])
    values = table.attributes[cls_field] if cls_field else [None] * len(labels)
    target = [default if v is None or str(v).strip() in ("", "NULL") else v for v in values]
    return CheckpointInput(table.xy, target, labels)


def _field_maps(alg, parameters, context, key, names, source, label):
    """A pattern keeps the parameters whose field exists (at least one must); a list names fields that must."""
    text = alg.parameterAsString(parameters, key, context)
    fields = parse_field_map(text, names, key)
    if text and "{}" in text:
        present = {n: f for n, f in fields.items() if source.fields().lookupField(f) >= 0}
        fields = present or {names[0]: fields[names[0]]}  # none: require_field names the first
    for f in fields.values():
        require_field(source, f, label, numeric=True)
    return fields


def _outfalls(alg, parameters, context, feedback, crs, names):
    source = alg.parameterAsSource(parameters, river_io.OUTFALLS, context)
    label = tr("Outfalls")
    require_features(source, label)
    for n in names:
        require_field(source, n, label, numeric=True)
    outfalls = river_io.read_outfalls(alg, parameters, context, feedback, crs, names)
    common = [alg.parameterAsString(parameters, k, context) for k in (OUTFALL_MIN_FIELD, OUTFALL_MAX_FIELD)]
    own = [_field_maps(alg, parameters, context, k, names, source, label) for k in (OUTFALL_MIN_FIELDS,
                                                                                     OUTFALL_MAX_FIELDS)]
    wanted = [b for b in common if b] + [f for m in own for f in m.values()]
    table, labels = _labelled(alg, parameters, OUTFALL_ID_FIELD, context, source, crs, label, wanted)
    lo, hi = [table.numeric(b, default=math.nan) if b else None for b in common]
    lo_by, hi_by = [{n: table.numeric(f, default=math.nan) for n, f in m.items()} for m in own]
    return outfalls, labels, (lo, hi, lo_by, hi_by)


def read_allocation_inputs(alg, parameters, context, feedback):
    """Everything the core needs, read and checked: see the module docstring."""
    names = _names(alg, parameters, context)
    rivers = alg.parameterAsSource(parameters, river_io.RIVERS, context)
    bg_fields = _field_maps(alg, parameters, context, BACKGROUND_FIELDS, names, rivers, tr("Rivers"))
    lines, crs = river_io.read_river_lines(alg, parameters, context, feedback, extra_fields=bg_fields.values())
    checkpoints = _checkpoints(alg, parameters, context, crs)
    outfalls, labels, (lo, hi, lo_by, hi_by) = _outfalls(alg, parameters, context, feedback, crs, names)

    def values(key, message):
        return parse_key_values(alg.parameterAsString(parameters, key, context), key,
                                check=lambda v: math.isfinite(v) and v >= 0, check_message=message)

    options = AllocationOptions(
        parameters=names,
        rates=values(DECAY_RATES, tr("Decay rates must be zero or positive numbers (1/day): '{}'.")),
        objective=alg.parameterAsEnum(parameters, OBJECTIVE, context),
        safety_margin=alg.parameterAsDouble(parameters, SAFETY_MARGIN, context) / 100.0,
        background=values(BACKGROUND, tr("Background concentrations must be zero or positive numbers (mg/L): '{}'.")),
        background_columns=bg_fields, snap_tolerance=alg.parameterAsDouble(parameters, SNAP_TOLERANCE, context),
        network=river_io.network_options(alg, parameters, context), min_load=lo, max_load=hi, min_loads=lo_by,
        max_loads=hi_by, segment_length=alg.parameterAsDouble(parameters, SEGMENT_LENGTH, context))
    return lines, crs, checkpoints, outfalls, labels, options


def allocation_number_checks():
    """Rows for ``check_number_ranges``."""
    return (
        (SAFETY_MARGIN, tr("The safety margin must be between 0 and 99 % (got {})."), lambda v: 0 <= v <= 99),
        (SNAP_TOLERANCE, tr("The snapping tolerance cannot be negative (got {} metres)."), lambda v: v >= 0),
        (SEGMENT_LENGTH, tr("The segment length must be at least 1 metre (got {})."), lambda v: v >= 1),
    )
