"""riverinterpolation's kriging parameters, functional zones and block outputs.

``add_kriging_parameters(alg)`` declares TAIL_UP, TAIL_DOWN, EUCLIDEAN (families or "none"),
NUGGET, ESTIMATION (ML/REML), SELECT (AIC/LOO/fixed), ZONES, ZONE_ID_FIELD and the optional outputs
REACHES_OUTPUT (mean of every reach) and ZONES_OUTPUT (mean within every zone), each with its
standard error. ``kriging_spec`` reads them into a core KrigingSpec; ``read_zones`` the polygons;
``write_blocks`` the block means.
"""

from qgis.core import (
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsWkbTypes,
)

from ...eco_supervision_plugin.core.river import covariance as cv
from ...eco_supervision_plugin.core.river.kriging_select import SELECT, KrigingSpec
from ...eco_supervision_plugin.core.river.plan import ZoneInput
from ...eco_supervision_plugin.i18n import tr
from .feature_writer import write_features
from .features import iter_features

TAIL_UP, TAIL_DOWN, EUCLIDEAN, NUGGET = "TAIL_UP", "TAIL_DOWN", "EUCLIDEAN", "NUGGET"
ESTIMATION, SELECT_MODEL = "ESTIMATION", "SELECT"
ZONES, ZONE_ID_FIELD = "ZONES", "ZONE_ID_FIELD"
REACHES_OUTPUT, ZONES_OUTPUT = "REACHES_OUTPUT", "ZONES_OUTPUT"
STREAM_FAMILIES = (None,) + cv.TAIL_UP
EUCLIDEAN_FAMILIES = (None,) + cv.EUCLIDEAN


def _family_labels(families):
    names = {None: tr("none"), "exponential": tr("exponential"), "spherical": tr("spherical"),
             "linear": tr("linear with sill"), "mariah": tr("Mariah"), "gaussian": tr("Gaussian")}
    return [names[f] for f in families]


def add_kriging_parameters(alg):
    add = alg.add_parameter
    add(QgsProcessingParameterEnum(TAIL_UP, tr("Tail-up covariance"), _family_labels(STREAM_FAMILIES), defaultValue=1),
        tr("Tail-up covariance: flow-connected sections only, weighted by the branch weights (discharge or "
           "watershed area)"), advanced=True)
    add(QgsProcessingParameterEnum(TAIL_DOWN, tr("Tail-down covariance"), _family_labels(STREAM_FAMILIES),
                                   defaultValue=0),
        tr("Tail-down covariance: also sections on different branches, by their distances to the junction "
           "below them"), advanced=True)
    add(QgsProcessingParameterEnum(EUCLIDEAN, tr("Euclidean covariance"), _family_labels(EUCLIDEAN_FAMILIES),
                                   defaultValue=0),
        tr("Euclidean covariance: straight-line distance (climate, geology shared across catchments)"),
        advanced=True)
    add(QgsProcessingParameterBoolean(NUGGET, tr("Nugget"), True),
        tr("Nugget: measurement error and variation within a segment"), advanced=True)
    add(QgsProcessingParameterEnum(ESTIMATION, tr("Estimation"), ["ML", "REML"], defaultValue=0),
        tr("Estimation: maximum likelihood (ML) or restricted maximum likelihood (REML)"), advanced=True)
    add(QgsProcessingParameterEnum(SELECT_MODEL, tr("Model choice"), [
        tr("smallest AIC"), tr("smallest leave-one-out error"), tr("fixed: all chosen components")],
        defaultValue=0),
        tr("Model choice among the chosen components switched on or off: smallest AIC, smallest leave-one-out "
           "RMSPE, or exactly the chosen mixture; every candidate is compared in the report"), advanced=True)
    add(QgsProcessingParameterFeatureSource(ZONES, tr("Functional zones (block means)"),
                                            [QgsProcessing.TypeVectorPolygon], optional=True),
        tr("Functional-zone polygons: kriging gives the mean within each zone with its standard error"))
    add(QgsProcessingParameterField(ZONE_ID_FIELD, tr("Zone name field"), parentLayerParameterName=ZONES,
                                    optional=True), tr("Zone name field"), advanced=True)
    alg.addParameter(QgsProcessingParameterFeatureSink(
        REACHES_OUTPUT, tr("Reach means (kriging)"), QgsProcessing.TypeVectorLine, optional=True,
        createByDefault=False))
    alg.addParameter(QgsProcessingParameterFeatureSink(
        ZONES_OUTPUT, tr("Zone means (kriging)"), QgsProcessing.TypeVectorPolygon, optional=True,
        createByDefault=False))


def kriging_spec(alg, parameters, context, reml_flag=False):
    """The KrigingSpec of the parameters (the older REML switch also selects REML)."""
    model = cv.CovarianceModel(STREAM_FAMILIES[alg.parameterAsEnum(parameters, TAIL_UP, context)],
                               STREAM_FAMILIES[alg.parameterAsEnum(parameters, TAIL_DOWN, context)],
                               EUCLIDEAN_FAMILIES[alg.parameterAsEnum(parameters, EUCLIDEAN, context)],
                               alg.parameterAsBool(parameters, NUGGET, context))
    reml = reml_flag or alg.parameterAsEnum(parameters, ESTIMATION, context) == 1
    return KrigingSpec(model, reml, SELECT[alg.parameterAsEnum(parameters, SELECT_MODEL, context)])


def line(xy):
    """QgsGeometry of a polyline from an m×2 array."""
    return QgsGeometry.fromPolylineXY([QgsPointXY(float(x), float(y)) for x, y in xy])


def point(xy):
    return QgsGeometry.fromPointXY(QgsPointXY(float(xy[0]), float(xy[1])))


def wants(parameters, name):
    return parameters.get(name) not in (None, "")


def read_zones(alg, parameters, context, feedback, crs):
    """(ZoneInput, geometries) of ZONES in ``crs``; (None, []) without zones."""
    source = alg.parameterAsSource(parameters, ZONES, context)
    if source is None:
        return None, []
    id_field = alg.parameterAsString(parameters, ZONE_ID_FIELD, context)
    request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
    polygons, labels, geometries = [], [], []
    for feature in iter_features(source, request, feedback=feedback):
        geometry = feature.geometry()
        if geometry is None or geometry.isEmpty():
            continue
        rings = []
        for part in (geometry.asMultiPolygon() if geometry.isMultipart() else [geometry.asPolygon()]):
            rings += [[(p.x(), p.y()) for p in ring] for ring in part]
        polygons.append(rings)
        labels.append(str(feature[id_field]) if id_field else "fid {}".format(feature.id()))
        geometries.append(geometry)
    return ZoneInput(polygons, labels), geometries


def _block_schema(names):
    schema = [("segments", "int"), ("length_m", "double")]
    for name in names:
        schema += [("{}_mean".format(name), "double"), ("{}_mean_se".format(name), "double")]
    return schema


def _block_values(blocks, i):
    out = [int(blocks.segments[i]), float(blocks.length_m[i])]
    for p in range(blocks.mean.shape[1]):
        out += [_num(blocks.mean[i, p]), _num(blocks.se[i, p])]
    return out


def _num(v):
    return float(v) if v == v else None


def write_blocks(alg, parameters, context, feedback, plan, crs, zone_geometries, reach_geometry):
    """Write REACHES_OUTPUT and ZONES_OUTPUT (when asked for and computed); returns their destination ids."""
    dest = {}
    names = plan.names
    if plan.reach_blocks is not None and wants(parameters, REACHES_OUTPUT):
        b = plan.reach_blocks
        schema = [("reach_fid", "long")] + _block_schema(names)
        rows = [[int(plan.system.reach_fid[r])] + _block_values(b, i) for i, r in enumerate(b.keys)]
        dest[REACHES_OUTPUT] = write_features(alg, parameters, REACHES_OUTPUT, context, feedback, schema,
                                              QgsWkbTypes.LineString, crs, [reach_geometry(r) for r in b.keys],
                                              rows, optional=True)
    if plan.zone_blocks is not None and wants(parameters, ZONES_OUTPUT):
        b = plan.zone_blocks
        schema = [("zone", "string")] + _block_schema(names)
        rows = [[plan.options.zones.labels[k]] + _block_values(b, i) for i, k in enumerate(b.keys)]
        geoms = [zone_geometries[k] for k in b.keys]
        kind = QgsWkbTypes.MultiPolygon
        for g in geoms:
            g.convertToMultiType()
        dest[ZONES_OUTPUT] = write_features(alg, parameters, ZONES_OUTPUT, context, feedback, schema, kind, crs,
                                            geoms, rows, optional=True)
    return dest
