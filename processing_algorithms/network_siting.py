"""ecosupervision:networksiting — monitoring-network siting (MCLP, LSCP, backup coverage, p-median)."""


import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterDistance,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant
from scipy.spatial import cKDTree

from ..eco_supervision_plugin.core.coverage import Coverage, duplicate_groups, spacing_conflicts
from ..eco_supervision_plugin.core.siting import HAVE_MILP, demand_summary, solve_siting
from .base import EcoAlgorithm, Stopwatch, feedback_monitor, run_core, style_output, translate_note, write_report
from .layers import metric_crs, read_lines, read_points, require_features, require_field
from .qgis_io.parsers import is_truthy

try:  # written by the standards module; optional here
    from ..eco_supervision_plugin.standards.hj664 import min_stations_detail as hj664_min_stations_detail
except ImportError:  # pragma: no cover
    hj664_min_stations_detail = None

MODEL_KEYS = ["mclp", "lscp", "backup", "pmedian"]
NEW_FIELDS = ("rank", "is_existing", "marginal_gain", "covered_weight", "covered_n", "radius_m")
DEMAND_FIELDS = ("covered", "n_covering", "nearest_site_m", "nearest_fid", "network_m")
DUPLICATE_TOLERANCE_M = 0.5


def parse_quotas(text):
    """``"VOC=1.0;park=0.9"`` (also ``,`` separated, ``90%``) → {"VOC": 1.0, "park": 0.9}."""
    quotas = {}
    if not text or not str(text).strip():
        return quotas
    for item in str(text).replace(",", ";").replace("；", ";").split(";"):
        item = item.strip()
        if not item:
            continue
        if "=" not in item:
            raise ValueError(item)
        name, value = item.rsplit("=", 1)
        value = value.strip()
        share = float(value[:-1]) / 100.0 if value.endswith("%") else float(value)
        if not 0.0 <= share <= 1.0:
            raise ValueError(item)
        quotas[name.strip()] = share
    return quotas


class NetworkSitingAlgorithm(EcoAlgorithm):
    ALG_ID = "networksiting"

    DEMAND = "DEMAND"
    DEMAND_WEIGHT = "DEMAND_WEIGHT"
    DEMAND_CATEGORY = "DEMAND_CATEGORY"
    CATEGORY_MIN_COVERAGE = "CATEGORY_MIN_COVERAGE"
    CANDIDATES = "CANDIDATES"
    EXISTING_FIELD = "EXISTING_FIELD"
    RADIUS = "RADIUS"
    RADIUS_FIELD = "RADIUS_FIELD"
    MODEL = "MODEL"
    P = "P"
    MIN_SPACING = "MIN_SPACING"
    NETWORK = "NETWORK"
    TIME_LIMIT = "TIME_LIMIT"
    MIP_GAP = "MIP_GAP"
    STUDY_AREA = "STUDY_AREA"
    STUDY_POPULATION_FIELD = "STUDY_POPULATION_FIELD"
    STUDY_BUILT_UP_FIELD = "STUDY_BUILT_UP_FIELD"
    STUDY_POPULATION = "STUDY_POPULATION"
    STUDY_BUILT_UP_KM2 = "STUDY_BUILT_UP_KM2"
    OUTPUT = "OUTPUT"
    DEMAND_OUTPUT = "DEMAND_OUTPUT"

    def displayName(self):  # noqa: N802
        return self.tr("Monitoring network siting (coverage optimisation)")

    def group(self):
        return self.tr("Monitoring network planning")

    def groupId(self):  # noqa: N802
        return "networkplanning"

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "<p>Chooses monitoring sites (automatic air stations, high-density micro-sensors) among candidate "
            "points so that the demand points (hotspot grid cells, VOC enterprises, industrial parks, national "
            "control sites…) are watched, keeping the stations that already exist.</p>"
            "<p><b>Models</b>: <i>MCLP</i> maximises the demand weight covered with P new sites; <i>LSCP</i> finds "
            "the fewest new sites covering every coverable demand point; <i>Backup coverage</i> maximises the "
            "weight covered by at least two sites with P new sites; <i>p-median</i> minimises the total weighted "
            "distance from each demand point to its nearest site with P new sites.</p>"
            "<p>A candidate covers a demand point within RADIUS metres (or its own RADIUS_FIELD value: a "
            "micro-sensor and a station do not represent the same area), straight-line or, with NETWORK, along "
            "the roads. Existing stations (EXISTING_FIELD true) are always kept and counted; P counts new sites "
            "only. MIN_SPACING keeps any two chosen or existing sites apart. CATEGORY_MIN_COVERAGE "
            "(e.g. <code>VOC=1.0;park=1.0</code>) requires a share of each DEMAND_CATEGORY's weight to be covered "
            "(MCLP).</p>"
            "<p><b>Solver</b>: sparse coverage matrix (k-d tree or road Dijkstra), exact model reduction, greedy "
            "and swap local search, a Lagrangian bound (MCLP) and an exact HiGHS MILP (scipy) within TIME_LIMIT "
            "and MIP_GAP. The report states the status honestly: optimal (proved within MIP_GAP) or feasible "
            "with its gap.</p>"
            "<p><b>Outputs</b>: OUTPUT, the chosen and existing sites with rank, marginal gain and covered weight; "
            "DEMAND_OUTPUT, each demand point with its coverage; REPORT with objective, bound, gap, coverage per "
            "category and, for a STUDY_AREA, the minimum number of urban assessment stations of "
            "HJ 664-2013 (Technical Regulation for Selection of Ambient Air Quality Monitoring Stations).</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.DEMAND, self.tr("Demand (points, or polygons by centroid)"),
            [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.DEMAND_WEIGHT, self.tr("Demand weight field (empty: weight 1 each)"),
            parentLayerParameterName=self.DEMAND, type=QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.DEMAND_CATEGORY, self.tr("Demand category field (for coverage per category and quotas)"),
            parentLayerParameterName=self.DEMAND, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.CATEGORY_MIN_COVERAGE,
            self.tr("Minimum covered share per category, e.g. VOC=1.0;park=0.9 (maximal covering model)"),
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CANDIDATES, self.tr("Candidate sites (points)"), [QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterField(
            self.EXISTING_FIELD, self.tr("Existing-station field (true/1/yes = existing, always kept)"),
            parentLayerParameterName=self.CANDIDATES, optional=True))
        self.addParameter(QgsProcessingParameterDistance(
            self.RADIUS, self.tr("Coverage radius (m)"), 2000.0, self.CANDIDATES, minValue=0.0))
        self.addParameter(QgsProcessingParameterField(
            self.RADIUS_FIELD, self.tr("Per-candidate radius field in metres (null: the coverage radius)"),
            parentLayerParameterName=self.CANDIDATES, type=QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.MODEL, self.tr("Model"),
            [self.tr("MCLP: maximise covered weight with P new sites"),
             self.tr("LSCP: fewest sites covering all coverable demand"),
             self.tr("Backup coverage: maximise weight covered at least twice with P new sites"),
             self.tr("p-median: minimise total weighted distance with P new sites")], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.P, self.tr("Number of new sites P (not used by LSCP)"), QgsProcessingParameterNumber.Integer,
            10, minValue=0))
        self.addParameter(QgsProcessingParameterDistance(
            self.MIN_SPACING, self.tr("Minimum spacing between any two sites (m, 0 = none)"), 0.0, self.CANDIDATES,
            minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.NETWORK, self.tr("Road network (optional: coverage by distance along roads)"),
            [QgsProcessing.TypeVectorLine], optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.TIME_LIMIT, self.tr("Solver time limit (s)"), QgsProcessingParameterNumber.Double, 60.0,
            minValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIP_GAP, self.tr("Relative optimality gap accepted (MIP gap, 0.001 = 0.1 %)"),
            QgsProcessingParameterNumber.Double, 0.001, minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.STUDY_AREA, self.tr("Urban study area (optional, for the HJ 664-2013 minimum station count)"),
            [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.STUDY_POPULATION_FIELD, self.tr("Study area population field (persons, summed)"),
            parentLayerParameterName=self.STUDY_AREA, type=QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.STUDY_BUILT_UP_FIELD, self.tr("Study area built-up area field (km², summed)"),
            parentLayerParameterName=self.STUDY_AREA, type=QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.STUDY_POPULATION, self.tr("Built-up population (persons; overrides the field)"),
            QgsProcessingParameterNumber.Double, optional=True, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.STUDY_BUILT_UP_KM2, self.tr("Built-up area (km²; overrides the field and the polygon area)"),
            QgsProcessingParameterNumber.Double, optional=True, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Chosen sites"), QgsProcessing.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.DEMAND_OUTPUT, self.tr("Demand coverage"), QgsProcessing.TypeVectorAnyGeometry))
        self.add_report_parameter()

    # -----------------------------------------------------------------------------------------

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        clock = Stopwatch()
        demand_src = self.parameterAsSource(parameters, self.DEMAND, context)
        require_features(demand_src, self.tr("demand"))
        self.demand_polygons = QgsWkbTypes.geometryType(demand_src.wkbType()) == QgsWkbTypes.PolygonGeometry
        cand_src = self.parameterAsSource(parameters, self.CANDIDATES, context)
        require_features(cand_src, self.tr("candidate sites"))
        weight_field = self.parameterAsString(parameters, self.DEMAND_WEIGHT, context)
        cat_field = self.parameterAsString(parameters, self.DEMAND_CATEGORY, context)
        existing_field = self.parameterAsString(parameters, self.EXISTING_FIELD, context)
        radius_field = self.parameterAsString(parameters, self.RADIUS_FIELD, context)
        radius = self.parameterAsDouble(parameters, self.RADIUS, context)
        model = MODEL_KEYS[self.parameterAsEnum(parameters, self.MODEL, context)]
        p = self.parameterAsInt(parameters, self.P, context)
        spacing = self.parameterAsDouble(parameters, self.MIN_SPACING, context)
        time_limit = self.parameterAsDouble(parameters, self.TIME_LIMIT, context)
        mip_gap = self.parameterAsDouble(parameters, self.MIP_GAP, context)
        quota_text = self.parameterAsString(parameters, self.CATEGORY_MIN_COVERAGE, context)
        if weight_field:
            require_field(demand_src, weight_field, self.tr("demand"), numeric=True)
        if cat_field:
            require_field(demand_src, cat_field, self.tr("demand"))
        if existing_field:
            require_field(cand_src, existing_field, self.tr("candidate sites"))
        if radius_field:
            require_field(cand_src, radius_field, self.tr("candidate sites"), numeric=True)
        try:
            quotas_by_name = parse_quotas(quota_text)
        except ValueError as error:
            raise QgsProcessingException(self.tr(
                "Could not read the category quota '{}': write category=share pairs separated by ';', "
                "shares between 0 and 1 (or 0–100 %), e.g. VOC=1.0;park=0.9.").format(str(error))) from None
        if quotas_by_name and not cat_field:
            raise QgsProcessingException(self.tr("Category quotas need a demand category field."))

        crs = metric_crs(demand_src, context, feedback)
        demand = read_points(demand_src, crs, context, feedback,
                             fields=[f for f in (weight_field, cat_field) if f], label=self.tr("demand"),
                             keep_geometry=True)
        cand_fields = [f for f in (existing_field, radius_field) if f]
        cands = read_points(cand_src, crs, context, feedback, fields=cand_fields, label=self.tr("candidate sites"))
        if len(demand) == 0:
            raise QgsProcessingException(self.tr("No demand feature has a usable geometry."))
        if len(cands) == 0:
            raise QgsProcessingException(self.tr("No candidate site has a usable geometry."))
        weights = (demand.numeric(weight_field, None, self.tr("the demand layer")) if weight_field
                   else np.ones(len(demand)))
        if np.any(weights < 0):
            raise QgsProcessingException(self.tr("Demand weights must not be negative ({} negative values).").format(
                int(np.sum(weights < 0))))
        existing = np.array([is_truthy(v) for v in cands.attributes[existing_field]], dtype=bool) \
            if existing_field else np.zeros(len(cands), dtype=bool)
        if radius_field:
            radii = cands.numeric(radius_field, radius, self.tr("the candidate layer"))
            n_null = sum(1 for v in cands.attributes[radius_field] if v is None)
            if n_null:
                feedback.pushInfo(self.tr("{} candidate(s) have a null radius and use the coverage radius {} m.")
                                  .format(n_null, radius))
            if np.any(radii < 0):
                raise QgsProcessingException(self.tr("Candidate radii must not be negative."))
        else:
            radii = np.full(len(cands), radius)
        if radii.max() <= 0 and model != "pmedian":
            raise QgsProcessingException(self.tr("The coverage radius must be larger than 0 m."))

        # duplicate candidates: merge (existing wins, the larger radius is kept)
        rep = duplicate_groups(cands.xy, DUPLICATE_TOLERANCE_M)
        keep = np.flatnonzero(rep == np.arange(len(rep)))
        if len(keep) < len(rep):
            ex = np.zeros(len(rep), dtype=bool)
            np.logical_or.at(ex, rep, existing)
            rmax = radii.copy()
            np.maximum.at(rmax, rep, radii)
            existing, radii = ex, rmax
            feedback.pushWarning(self.tr(
                "{} candidate(s) lie at the same place as another one (within {} m) and were merged into it "
                "(feature ids {}).").format(len(rep) - len(keep), DUPLICATE_TOLERANCE_M, ", ".join(
                    str(cands.fids[i]) for i in np.flatnonzero(rep != np.arange(len(rep)))[:10])))
        cxy = cands.xy[keep]
        cfid = [cands.fids[i] for i in keep]
        existing = existing[keep]
        radii = radii[keep]

        categories, cat_names = None, []
        if cat_field:
            labels = ["" if v is None else str(v) for v in demand.attributes[cat_field]]
            cat_names = sorted(set(labels))
            index = {n: i for i, n in enumerate(cat_names)}
            categories = np.array([index[v] for v in labels], dtype=np.int64)
        quotas = None
        if quotas_by_name:
            unknown = [n for n in quotas_by_name if n not in cat_names]
            if unknown:
                raise QgsProcessingException(self.tr(
                    "Quota category {} does not occur in field {}; its values are: {}.").format(
                    ", ".join(unknown), cat_field, ", ".join(cat_names[:20])))
            quotas = {cat_names.index(n): s for n, s in quotas_by_name.items()}
            if model != "mclp":
                feedback.pushWarning(self.tr("Category quotas are enforced by the MCLP model only."))

        monitor = feedback_monitor(feedback, 0, 30)
        network_src = self.parameterAsSource(parameters, self.NETWORK, context)
        use_network = network_src is not None and network_src.featureCount() > 0
        network_cov = None
        if use_network:
            network_cov = self._network_coverage(network_src, crs, context, feedback, demand.xy, cxy, radii, model)
        feedback.setProgress(15)
        if model == "pmedian":
            if network_cov is not None:
                cov = network_cov
            else:
                k = len(cxy) if len(demand) * len(cxy) <= 4_000_000 else min(len(cxy), 64)
                if k < len(cxy):
                    feedback.pushInfo(self.tr(
                        "p-median: each demand point may be served by its {} nearest candidates (a full distance "
                        "matrix would be too large).").format(k))
                cov = Coverage.from_nearest(demand.xy, cxy, k)
            radius_cov = network_cov if network_cov is not None else run_core(
                feedback, Coverage.from_radius, demand.xy, cxy, radii, monitor)
        else:
            cov = network_cov if network_cov is not None else run_core(
                feedback, Coverage.from_radius, demand.xy, cxy, radii, monitor)
            radius_cov = cov
        if model != "pmedian" and radius_cov.nnz == 0:
            raise QgsProcessingException(self.tr(
                "No demand point lies within the coverage radius of any candidate or existing site; check the "
                "radius (m) and that both layers cover the same area."))
        conflicts = spacing_conflicts(cxy, spacing)
        feedback.pushInfo(self.tr("{} demand points, {} candidates ({} existing), {} covering pairs, {} spacing "
                                  "conflicts.").format(len(demand), len(cxy), int(existing.sum()), cov.nnz,
                                                       len(conflicts)))
        if not HAVE_MILP:
            feedback.pushWarning(self.tr("scipy.optimize.milp is not available (scipy < 1.9): the heuristic solver "
                                         "is used and the result is not proved optimal."))
        result = run_core(feedback, solve_siting, model, cov, weights, p=p, existing=existing, conflicts=conflicts,
                          categories=categories, quotas=quotas, category_names=dict(enumerate(cat_names)),
                          time_limit=time_limit, mip_gap=mip_gap,
                          monitor=feedback_monitor(feedback, 30, 85))
        for note in result.notes:
            feedback.pushInfo(translate_note(note))
        sites = result.sites
        counts, _, _ = demand_summary(radius_cov, sites)
        net_best = None
        if network_cov is not None:
            _, net_best, _ = demand_summary(network_cov, sites)
        if len(sites):
            near_d, near_i = cKDTree(cxy[sites]).query(demand.xy)
            near_fid = np.asarray(cfid)[sites][near_i]
        else:
            near_d = np.full(len(demand), np.nan)
            near_fid = np.full(len(demand), -1)
        covered = counts >= 1

        # -- outputs ----------------------------------------------------------------------
        site_sink, self.site_dest = self._write_sites(parameters, context, cand_src, crs, cxy, cfid, result,
                                                      radius_cov, weights, radii, feedback)
        self.demand_dest = self._write_demand(parameters, context, demand_src, demand, crs, counts, near_d, near_fid,
                                              net_best, feedback)
        feedback.setProgress(95)

        total_w = float(weights.sum())
        report = {
            "algorithm": "ecosupervision:networksiting",
            "model": model,
            "objective": result.objective,
            "objective_meaning": {
                "mclp": "demand weight covered (existing + new sites)",
                "lscp": "number of new sites",
                "backup": "demand weight covered by at least two sites",
                "pmedian": "total weighted distance to the nearest site (m × weight)",
            }[model],
            "best_bound": result.bound,
            "gap": result.gap,
            "status": result.status,
            "solver": result.solver,
            "milp_available": HAVE_MILP,
            "coverage_basis": "road network distance" if use_network else "straight-line distance",
            "demand_points": len(demand),
            "demand_weight_total": total_w,
            "candidates": len(cxy),
            "existing_sites": int(existing.sum()),
            "p_requested": p if model != "lscp" else None,
            "new_sites_chosen": int(len(result.selected)),
            "coverage_pct": round(100.0 * float(weights[covered].sum()) / total_w, 3) if total_w > 0 else None,
            "coverage_pct_points": round(100.0 * float(covered.mean()), 3),
            "backup_coverage_pct": round(100.0 * float(weights[counts >= 2].sum()) / total_w, 3) if total_w else None,
            "coverage_by_category": self._category_table(categories, cat_names, weights, counts, quotas_by_name),
            "runtime_s": clock.seconds(),
            "notes": result.notes,
            "model_size": result.stats,
            "hj664": self._hj664(parameters, context, feedback, crs, cxy, sites),
        }
        self.report_path = write_report(self.parameterAsFileOutput(parameters, "REPORT", context), report,
                                        self.tr("Monitoring network siting"))
        feedback.pushInfo(self.tr("Status {}: objective {:.6g}, bound {}, gap {}.").format(
            result.status, result.objective, "-" if result.bound is None else "{:.6g}".format(result.bound),
            "-" if result.gap is None else "{:.4%}".format(result.gap)))
        return {self.OUTPUT: self.site_dest, self.DEMAND_OUTPUT: self.demand_dest, "REPORT": self.report_path}

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802
        style_output(context, getattr(self, "site_dest", None), "siting_sites.qml")
        polygons = getattr(self, "demand_polygons", False)
        style_output(context, getattr(self, "demand_dest", None),
                     "siting_demand_polygons.qml" if polygons else "siting_demand.qml")
        return {}

    # -----------------------------------------------------------------------------------------

    def _network_coverage(self, network_src, crs, context, feedback, demand_xy, cxy, radii, model):
        from ..eco_supervision_plugin.core import roads as rg

        parts, _owner, _table = read_lines(network_src, crs, context, feedback, label=self.tr("road network"))
        if not parts:
            raise QgsProcessingException(self.tr("The road network has no usable lines."))
        graph = run_core(feedback, rg.build_road_graph, parts, np.full(len(parts), 30.0), np.zeros(len(parts)), 1.0)
        cutoff = float(radii.max())
        feedback.pushInfo(self.tr("Road network: {} nodes, {} edges; coverage measured along roads up to {} m.")
                          .format(graph.n_nodes, graph.n_edges, cutoff))
        rows, cols, costs = run_core(feedback, rg.network_costs, graph, cxy, demand_xy, cutoff, weight="length",
                                     max_snap_distance=cutoff, monitor=feedback_monitor(feedback, 2, 14))
        keep = costs <= radii[rows]
        return Coverage.from_triples(cols[keep], rows[keep], costs[keep], len(demand_xy), len(cxy))

    def _write_sites(self, parameters, context, cand_src, crs, cxy, cfid, result, cov, weights, radii, feedback):
        src_fields = cand_src.fields()
        fields = QgsFields()
        for f in src_fields:
            if f.name() not in NEW_FIELDS:
                fields.append(f)
        fields.append(QgsField("rank", QVariant.Int))
        fields.append(QgsField("is_existing", QVariant.Int))
        fields.append(QgsField("marginal_gain", QVariant.Double))
        fields.append(QgsField("covered_weight", QVariant.Double))
        fields.append(QgsField("covered_n", QVariant.Int))
        fields.append(QgsField("radius_m", QVariant.Double))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Point, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        csc = cov.csc()
        covw = csc.T @ weights
        covn = np.diff(csc.indptr)
        src_feats = {f.id(): f for f in cand_src.getFeatures()}
        rows = [(j, 0, None) for j in result.existing]
        rows += [(j, r + 1, g) for r, (j, g) in enumerate(zip(result.selected, result.marginal_gain))]
        for j, rank, gain in rows:
            if feedback.isCanceled():
                break
            feat = QgsFeature(fields)
            src = src_feats.get(cfid[j])
            for f in src_fields:
                if f.name() not in NEW_FIELDS and src is not None:
                    feat[f.name()] = src[f.name()]
            feat["rank"] = int(rank)
            feat["is_existing"] = 1 if rank == 0 else 0
            feat["marginal_gain"] = None if gain is None else float(gain)
            feat["covered_weight"] = float(covw[j])
            feat["covered_n"] = int(covn[j])
            feat["radius_m"] = float(radii[j])
            feat.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(cxy[j, 0]), float(cxy[j, 1]))))
            sink.addFeature(feat, QgsFeatureSink.FastInsert)
        return sink, dest

    def _write_demand(self, parameters, context, demand_src, demand, crs, counts, near_d, near_fid, net_best,
                      feedback):
        src_fields = demand_src.fields()
        fields = QgsFields()
        for f in src_fields:
            if f.name() not in DEMAND_FIELDS:
                fields.append(f)
        fields.append(QgsField("covered", QVariant.Int))
        fields.append(QgsField("n_covering", QVariant.Int))
        fields.append(QgsField("nearest_site_m", QVariant.Double))
        fields.append(QgsField("nearest_fid", QVariant.LongLong))
        fields.append(QgsField("network_m", QVariant.Double))
        sink, dest = self.parameterAsSink(parameters, self.DEMAND_OUTPUT, context, fields, demand_src.wkbType(), crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.DEMAND_OUTPUT))
        src_feats = {f.id(): f for f in demand_src.getFeatures()}
        for i, fid in enumerate(demand.fids):
            if feedback.isCanceled():
                break
            feat = QgsFeature(fields)
            src = src_feats.get(fid)
            for f in src_fields:
                if f.name() not in DEMAND_FIELDS and src is not None:
                    feat[f.name()] = src[f.name()]
            feat["covered"] = int(counts[i] >= 1)
            feat["n_covering"] = int(counts[i])
            feat["nearest_site_m"] = None if not np.isfinite(near_d[i]) else float(near_d[i])
            feat["nearest_fid"] = int(near_fid[i]) if near_fid[i] >= 0 else None
            feat["network_m"] = float(net_best[i]) if net_best is not None and np.isfinite(net_best[i]) else None
            feat.setGeometry(demand.geometries[i])
            sink.addFeature(feat, QgsFeatureSink.FastInsert)
        return dest

    @staticmethod
    def _category_table(categories, names, weights, counts, quotas_by_name):
        if categories is None:
            return []
        rows = []
        for k, name in enumerate(names):
            sel = categories == k
            w = float(weights[sel].sum())
            cov = float(weights[sel & (counts >= 1)].sum())
            rows.append({
                "category": name, "points": int(sel.sum()), "weight": w,
                "covered_weight": cov, "coverage_pct": round(100.0 * cov / w, 3) if w > 0 else None,
                "quota_pct": round(100.0 * quotas_by_name[name], 3) if name in quotas_by_name else None,
            })
        return rows

    def _hj664(self, parameters, context, feedback, crs, cxy, sites):
        area_src = self.parameterAsSource(parameters, self.STUDY_AREA, context)
        if area_src is None:
            return None
        if hj664_min_stations_detail is None:
            return {"status": "not available (standards.hj664 is missing)"}
        pop_field = self.parameterAsString(parameters, self.STUDY_POPULATION_FIELD, context)
        bu_field = self.parameterAsString(parameters, self.STUDY_BUILT_UP_FIELD, context)
        pop = self.parameterAsDouble(parameters, self.STUDY_POPULATION, context) \
            if parameters.get(self.STUDY_POPULATION) not in (None, "") else None
        built = self.parameterAsDouble(parameters, self.STUDY_BUILT_UP_KM2, context) \
            if parameters.get(self.STUDY_BUILT_UP_KM2) not in (None, "") else None
        from qgis.core import QgsFeatureRequest

        request = QgsFeatureRequest()
        request.setDestinationCrs(crs, context.transformContext())
        geoms, pop_sum, bu_sum = [], 0.0, 0.0
        for f in area_src.getFeatures(request):
            g = f.geometry()
            if g is None or g.isEmpty():
                continue
            geoms.append(g)
            if pop_field and f[pop_field] not in (None, "") and not _is_null(f[pop_field]):
                pop_sum += float(f[pop_field])
            if bu_field and f[bu_field] not in (None, "") and not _is_null(f[bu_field]):
                bu_sum += float(f[bu_field])
        if not geoms:
            return {"status": "the study area has no polygon"}
        union = QgsGeometry.unaryUnion(geoms)
        area_km2 = union.area() / 1e6
        basis = "parameter"
        if built is None:
            built, basis = (bu_sum, "field") if bu_field else (area_km2, "polygon area")
        if pop is None and pop_field:
            pop = pop_sum
        try:
            detail = hj664_min_stations_detail(built, population=pop)
        except ValueError as error:
            feedback.pushWarning(
                self.tr("HJ 664-2013 minimum could not be evaluated: {}").format(translate_note(error)))
            return {"status": str(error)}
        inside = sum(1 for j in sites if union.contains(QgsGeometry.fromPointXY(QgsPointXY(*map(float, cxy[j])))))
        return {
            "standard": detail.get("standard"),
            "built_up_km2": round(built, 3),
            "built_up_basis": basis,
            "population": pop,
            "min_stations": detail["stations"],
            "by_area": detail["by_area"],
            "by_population": detail["by_population"],
            "governing": detail["governing"],
            "open_sites_inside_area": inside,
            "note": "HJ 664 counts urban assessment (evaluation) stations; micro-sensors do not count toward it.",
        }


def _is_null(value):
    return hasattr(value, "isNull") and callable(value.isNull) and value.isNull()
