"""Emergency coverage's layers: road, depot, risk-source and candidate layers read into the core's inputs,
and the plan written into the risk-source, service-area and new-depot sinks.

A mixin of :class:`..emergency_coverage.EmergencyCoverageAlgorithm` (it uses the algorithm's parameter
names and ``parameterAs*``), kept apart so the algorithm file only declares parameters and runs the plan.
"""

import os

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsWkbTypes,
)

from ...eco_supervision_plugin.core.emergency import point_receptors, polygon_receptors
from ..base import run_core
from ..reports.emergency_coverage import status_label
from .features import iter_features
from .polygonize import area_polygon
from .read import read_points, require_field
from .sinks import fields_of
from .wkb import multilinestring_wkbs


class EmergencyLayers:
    """Reading and writing of ``ecosupervision:emergencycoverage`` (mixed into the algorithm)."""

    def _read_receptors(self, parameters, context, feedback, crs):
        """Receptor points, or polygons sampled on a grid that shares each polygon's weight by area (None: none)."""
        source = self.parameterAsSource(parameters, self.RECEPTORS, context)
        if source is None:
            return None
        weight_f = self.parameterAsString(parameters, self.RECEPTOR_WEIGHT_FIELD, context)
        if weight_f:
            require_field(source, weight_f, self.tr("receptors"), numeric=True)
        if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.PolygonGeometry:
            pts = read_points(source, crs, context, feedback, fields=[weight_f] if weight_f else [],
                              label=self.tr("receptors"))
            if len(pts) == 0:
                raise QgsProcessingException(self.tr("No receptor has a usable geometry."))
            return point_receptors(pts.xy, pts.numeric(weight_f, default=0.0, label=self.tr("receptors"))
                                   if weight_f else None)
        request = QgsFeatureRequest()
        request.setDestinationCrs(crs, context.transformContext())
        polygons, weights = [], []
        for f in iter_features(source, request, feedback=feedback):
            g = f.geometry()
            if g is None or g.isEmpty():
                continue
            parts = g.asMultiPolygon() if g.isMultipart() else [g.asPolygon()]
            polygons.append([np.array([(p.x(), p.y()) for p in ring]) for poly in parts for ring in poly])
            value = f[weight_f] if weight_f else 1.0
            weights.append(float(value) if isinstance(value, (int, float)) else 0.0)
        if not polygons:
            raise QgsProcessingException(self.tr("No receptor has a usable geometry."))
        cell = self.parameterAsDouble(parameters, self.RECEPTOR_CELL, context)
        return run_core(feedback, polygon_receptors, polygons, weights, cell)

    def _read_depots(self, parameters, context, feedback, crs):
        depots = self.parameterAsSource(parameters, self.DEPOTS, context)
        name_f, ready_f, teams_f = (self.parameterAsString(parameters, n, context)
                                    for n in (self.DEPOT_NAME_FIELD, self.READINESS_FIELD, self.TEAMS_FIELD))
        for f in (name_f, ready_f, teams_f):
            if f:
                require_field(depots, f, self.tr("depots"), numeric=(f != name_f))
        dep = read_points(depots, crs, context, feedback, fields=[f for f in (name_f, ready_f, teams_f) if f],
                          label=self.tr("depots"))
        if len(dep) == 0:
            raise QgsProcessingException(self.tr("No depot has a usable point geometry."))
        for field, message in ((teams_f, self.tr("{} depot(s) have a null team count and count as one team.")),
                               (ready_f, self.tr("{} depot(s) have a null readiness and count as ready at once "
                                                 "(0 min)."))):
            n_null = sum(v is None for v in dep.attributes[field]) if field else 0
            if n_null:
                feedback.pushWarning(message.format(n_null))
        ready = dep.numeric(ready_f, default=0.0, label=self.tr("depots")) if ready_f else None
        teams = dep.numeric(teams_f, default=1.0, label=self.tr("depots")) if teams_f else None
        names = ([str(fid) if v is None else str(v) for v, fid in zip(dep.attributes[name_f], dep.fids)] if name_f
                 else [str(fid) for fid in dep.fids])
        return dep, ready, teams, names

    def _read_sources(self, parameters, context, feedback, crs):
        sources = self.parameterAsSource(parameters, self.RISK_SOURCES, context)
        weight_f = self.parameterAsString(parameters, self.RISK_WEIGHT_FIELD, context)
        if weight_f:
            require_field(sources, weight_f, self.tr("risk sources"), numeric=True)
        src = read_points(sources, crs, context, feedback, fields=sources.fields().names(),
                          label=self.tr("risk sources"))
        if len(src) == 0:
            raise QgsProcessingException(self.tr("No risk source has a usable point geometry."))
        if weight_f and any(v is None for v in src.attributes[weight_f]):
            feedback.pushWarning(self.tr("Risk sources with a null weight count with weight 0."))
        return sources, src, src.numeric(weight_f, default=0.0, label=self.tr("risk sources")) if weight_f else None

    def _read_candidates(self, parameters, context, feedback, crs, count):
        cands = self.parameterAsSource(parameters, self.CANDIDATES, context)
        if count <= 0 or cands is None:
            if count > 0:
                feedback.pushWarning(self.tr("No candidate sites given: no new depots are chosen."))
            return None, None
        cand = read_points(cands, crs, context, feedback, fields=cands.fields().names(), label=self.tr("candidates"))
        if 0 < len(cand) < count:
            feedback.pushWarning(self.tr("Only {} candidate site(s) are given: at most {} new depot(s) can be chosen.")
                                 .format(len(cand), len(cand)))
        return cands, cand

    def _log_plan(self, feedback, plan, dep_names, options, speed_field):
        s, g = plan.speeds, plan.graph
        if speed_field and (s.by_class or s.by_default):
            feedback.pushWarning(self.tr(
                "{} road(s) have a null or zero speed: {} took the road-class speed, {} the default {} km/h."
            ).format(s.by_class + s.by_default, s.by_class, s.by_default, options.default_speed_kmh))
        elif not speed_field:
            feedback.pushInfo(self.tr("Road speeds: {} by road class, {} at the default {} km/h.").format(
                s.by_class, s.by_default, options.default_speed_kmh))
        feedback.pushInfo(self.tr("Road graph: {} nodes, {} edges, {} connected pieces.").format(
            g.n_nodes, g.n_edges, g.n_components))
        closures = plan.network.closures if plan.network is not None else None
        if closures is not None and closures.closed.any():
            feedback.pushInfo(self.tr("Closed roads: {:.2f} km by barriers, {:.2f} km to this vehicle.").format(
                closures.km(closures.by_barrier), closures.km(closures.by_restriction)))
        if plan.peak is not None:
            for row in plan.peak.summary:
                feedback.pushInfo(self.tr("Peak hour, {} min: {:.1f}% of risk weight covered once, {:.1f}% twice.")
                                  .format(row["threshold_min"], row["share_covered_once_pct"],
                                          row["share_covered_twice_pct"]))
        off = plan.off_network_depots()
        if off:
            message = self.tr("{} depot(s) are farther than {} m from any road and cannot respond: {}")
            feedback.pushWarning(message.format(len(off), options.max_snap_distance_m,
                                                ", ".join(dep_names[i] for i in off[:20])))
        for status, message in (
            ("off_network", self.tr("{} risk source(s) are farther than the maximum snap distance from any road.")),
            ("isolated", self.tr("{} risk source(s) lie on road pieces not connected to any depot (unreachable).")),
        ):
            if plan.status_count(status):
                feedback.pushWarning(message.format(plan.status_count(status)))

    def _write_curve(self, parameters, context, plan):
        """The CURVE table: weight covered once / twice against the number of new depots, per threshold."""
        if plan.new_depots is None or parameters.get(self.CURVE) is None:
            return None
        fields = fields_of([("new_depots", "int"), ("threshold_min", "double"), ("weight_once", "double"),
                            ("weight_twice", "double"), ("share_once_pct", "double"), ("share_twice_pct", "double")])
        sink, dest = self.parameterAsSink(parameters, self.CURVE, context, fields, QgsWkbTypes.NoGeometry)
        if sink is not None:
            for row in plan.new_depots.curve_rows():
                f = QgsFeature(fields)
                f.setAttributes(row)
                sink.addFeature(f, QgsFeatureSink.FastInsert)
        return dest

    def _map_image(self, title):
        """The note's map: the risk sources styled by coverage (and the new depots), as a PNG."""
        from qgis.core import QgsProcessingUtils

        from ..reports.map_image import features_map

        if not self._map_features:
            return ""
        fields, features, crs = self._map_features
        return features_map(features, fields, QgsWkbTypes.Point, crs, "emergency_sources.qml",
                            os.path.join(QgsProcessingUtils.tempFolder(), "emergency_coverage.png"), title)

    def _write_sources(self, parameters, context, feedback, sources, src, plan, dep_names, crs):
        fields = fields_of(plan.source_fields(), sources.fields())
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Point, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        names = sources.fields().names()
        report = self.parameterAsFileOutput(parameters, "REPORT", context)
        keep = [] if report and not report.lower().endswith(".json") else None  # features for the note's map
        for i, extra in enumerate(plan.source_rows(dep_names, status_label)):
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Canceled by the user."))
            f = QgsFeature(fields)
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*src.xy[i])))
            f.setAttributes([src.attributes[n][i] for n in names] + extra)
            sink.addFeature(f, QgsFeatureSink.FastInsert)
            if keep is not None:
                keep.append(f)
        self._map_features = (fields, keep, crs) if keep else None
        return dest

    def _write_areas(self, parameters, context, feedback, plan, dep_names, crs, want_lines, want_polys):
        areas, graph = plan.areas, plan.graph
        if areas is None:
            return []
        fields = fields_of([("depot", "string"), ("threshold_min", "double"), ("road_km", "double")])
        poly_fields = fields_of([("area_km2", "double"), ("boundary_error_m", "double")], fields)
        line_sink = poly_sink = None
        if want_lines:
            line_sink, self.dest_areas = self.parameterAsSink(parameters, self.SERVICE_AREAS, context, fields,
                                                              QgsWkbTypes.MultiLineString, crs)
        if want_polys:
            poly_sink, self.dest_polygons = self.parameterAsSink(parameters, self.SERVICE_AREA_POLYGONS, context,
                                                                 poly_fields, QgsWkbTypes.MultiPolygon, crs)
        rows, step = [], 0
        for run in areas.chunks():  # lines built and written a run of groups at a time: memory stays bounded
            run_wkbs = multilinestring_wkbs(*areas.lines(graph, run), len(run))
            for g, wkb in zip(run, run_wkbs):
                step += 1
                rows.append(self._write_area(feedback, plan, dep_names, g, wkb, fields, poly_fields, line_sink,
                                             poly_sink))
                feedback.setProgress(65 + 30 * step / max(len(areas), 1))
        return rows

    def _write_area(self, feedback, plan, dep_names, g, wkb, fields, poly_fields, line_sink, poly_sink):
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Canceled by the user."))
        row = plan.area_row(g, dep_names)
        values = [row["depot"], row["threshold_min"], float(plan.areas.road_km[g])]
        if line_sink is not None:
            line_sink.addFeature(_feature(fields, wkb, values), QgsFeatureSink.FastInsert)
        if poly_sink is not None:
            area = plan.area(g)
            poly = area_polygon(area, wkb)
            row.update(area_km2=round(poly.area() / 1e6, 3), polygon_method=area.method,
                       boundary_error_m=round(area.boundary_error_m, 2),
                       area_error_bound_km2=round(area.area_error_bound_km2(poly.length()), 3))
            f = QgsFeature(poly_fields)
            f.setGeometry(poly)
            f.setAttributes(values + [poly.area() / 1e6, area.boundary_error_m])
            poly_sink.addFeature(f, QgsFeatureSink.FastInsert)
        return row

    def _write_new_depots(self, parameters, context, feedback, cands, cand, plan, crs):
        new = plan.new_depots
        if new is None:
            return []
        fields = fields_of([("rank", "int"), ("weight_gain", "double"), ("teams", "int"), ("threshold_min", "double")],
                           cands.fields())
        sink, self.dest_new = self.parameterAsSink(parameters, self.NEW_DEPOTS, context, fields, QgsWkbTypes.Point, crs)
        names = cands.fields().names()
        out = []
        for rank, (j, gain) in enumerate(zip(new.chosen, new.gains), start=1):
            f = QgsFeature(fields)
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*cand.xy[j])))
            f.setAttributes([cand.attributes[n][j] for n in names]
                            + [rank, gain, new.teams_per_depot, new.threshold_min])
            if sink is not None:
                sink.addFeature(f, QgsFeatureSink.FastInsert)
            out.append({"rank": rank, "candidate_feature_id": cand.fids[j], "weight_gain": gain})
        feedback.pushInfo(self.tr("New depots chosen with: {}").format(self.tr(new.solver.get("method", ""))))
        return out



def _feature(fields, wkb, values):
    geometry = QgsGeometry()
    geometry.fromWkb(wkb)
    f = QgsFeature(fields)
    f.setGeometry(geometry)
    f.setAttributes(values)
    return f
