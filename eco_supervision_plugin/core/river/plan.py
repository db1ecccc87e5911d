"""The pure plan of ecosupervision:riverinterpolation: sections in, water quality per segment and classes out.

``plan_river_interpolation(network_input, sections, options, outfalls=None, monitor=None) -> RiverPlan``
builds the directed network (:mod:`.system`), snaps the sections and outfalls, maps parameter fields
to GB 3838 items and decay rates to fields, cuts the reaches into segments, interpolates
(:mod:`.interpolation`), classifies (:mod:`.classes`) and sums the length per class. The Processing
wrapper reads layers into these inputs and writes the plan's rows.
"""

from dataclasses import dataclass, field
from typing import Optional

import numpy as np

from ...standards import gb3838
from ..messages import Note, PlannerError
from ..monitor import ensure
from ..siting.study_area import points_in_polygons
from . import classes as gbc
from .geometry import cut_line, nearest_section_distances, networks_summary, segment_network, snap_points
from .interpolation import LOO_METHODS, METHODS, run_interpolation
from .kriging_exceed import Exceedance, exceedance, length_per_band
from .kriging_pairs import points_xy
from .kriging_select import KrigingSpec
from .methods import Outfalls
from .system import NetworkOptions, build_river_system


@dataclass
class SectionInput:
    """Monitoring sections: ``xy`` (n×2, metric CRS), ``fids``, ``labels`` (for lists), ``values`` (n×P array or
    a list of P columns, NaN = null) of the parameter fields ``names``, and ``covariates`` (n×c or a list of
    c columns, NaN = null) of ``covariate_names``."""

    xy: np.ndarray
    fids: np.ndarray
    labels: list
    names: list
    values: np.ndarray
    covariate_names: list = field(default_factory=list)
    covariates: Optional[np.ndarray] = None


@dataclass
class RiverOptions:
    method: str = "decay"  # one of METHODS
    rates: dict = field(default_factory=dict)  # name (field or GB 3838 item) → K (1/d)
    calibrate: bool = True
    power: float = 2.0
    reml: bool = False
    segment_length: float = 500.0  # m
    snap_tolerance: float = 200.0  # m, sections and outfalls
    water_body: str = "river"
    target_class: int = 3  # 1..5
    allow_other: bool = False  # fields that are not GB 3838 items: interpolated without a class
    network: NetworkOptions = field(default_factory=NetworkOptions)
    loo_methods: tuple = LOO_METHODS
    kriging: Optional[KrigingSpec] = None  # covariance mixture and model choice (default: tail-up + nugget)
    reach_blocks: bool = False  # kriging: the mean of every reach with its standard error
    zones: Optional["ZoneInput"] = None  # kriging: the mean within every functional-zone polygon


@dataclass
class ZoneInput:
    """Functional-zone polygons (each a list of rings, outer first) with a label each."""

    polygons: list
    labels: list


@dataclass
class Blocks:
    """Block means: ``keys`` (reach index or zone number), ``mean``/``se`` (B×P), ``segments``, ``length_m``."""

    keys: np.ndarray
    mean: np.ndarray
    se: np.ndarray
    segments: np.ndarray
    length_m: np.ndarray


@dataclass
class RiverPlan:
    """Everything the wrapper writes; see :func:`plan_river_interpolation`."""

    options: RiverOptions
    system: object  # RiverSystem
    names: list
    items: list  # GB 3838 code per parameter or None
    segments: object  # Segments
    values: np.ndarray  # m×P
    se: np.ndarray  # m×P (kriging), NaN otherwise
    classes: gbc.Classes
    dist_up: np.ndarray
    dist_down: np.ndarray
    sections: SectionInput
    snapped: np.ndarray  # bool per section
    snap_dist: np.ndarray
    section_reach: np.ndarray
    section_clean: np.ndarray  # n×P values used (NaN: null, negative or not snapped)
    section_loo: np.ndarray  # n×P leave-one-out prediction of the chosen method
    section_loo_var: Optional[np.ndarray]
    section_class: np.ndarray  # n, measured class (0 none)
    section_item_class: np.ndarray  # n×P
    too_far: list
    interpolation: object  # Interpolation
    warnings: list  # notes for the planner (shown as warnings)
    infos: list  # plain information lines
    exceed: Optional[Exceedance] = None  # kriging: P_EXCEED and the most probable class per segment
    reach_blocks: Optional[Blocks] = None
    zone_blocks: Optional[Blocks] = None

    @property
    def kriging(self):
        return self.options.method == "kriging"

    def segment_schema(self):
        schema = [("seg_id", "int"), ("reach_fid", "long"), ("network", "int"), ("length_m", "double")]
        for name in self.names:
            schema += [(name, "double"), ("{}_class".format(name), "int")]
            if self.kriging:
                schema += [("{}_se".format(name), "double"), ("{}_p_exceed".format(name), "double"),
                           ("{}_pclass".format(name), "int")]
        schema += [("class", "int"), ("class_label", "string"), ("over_target", "string"),
                   ("max_exceed", "double"), ("dist_up_m", "double"), ("dist_down_m", "double")]
        return schema + ([("p_exceed", "double")] if self.kriging else [])

    def segment_rows(self):
        """(vertices m×2, attribute list) per segment, in the order of :meth:`segment_schema`."""
        net, seg, c = self.system.net, self.segments, self.classes
        text = gbc.over_target_text(self.names, c.multiple, c.over)
        mult = np.where(c.over & np.isfinite(c.multiple), c.multiple, -np.inf).max(axis=1, initial=-np.inf)
        length = seg.length
        for i in range(len(seg)):
            r = int(seg.reach[i])
            attrs = [i + 1, int(self.system.reach_fid[r]), int(net.component[r]) + 1, float(length[i])]
            for p in range(len(self.names)):
                attrs += [_num(self.values[i, p]), int(c.cls[i, p]) or None]
                if self.kriging:
                    attrs += [_num(self.se[i, p]), _num(self.exceed.p[i, p]), int(self.exceed.best[i, p]) or None]
            worst = int(c.overall[i])
            attrs += [worst or None, gbc.LABELS.get(worst), text[i], _num(mult[i]), _num(self.dist_up[i]),
                      _num(self.dist_down[i])]
            if self.kriging:
                attrs.append(_num(self.exceed.overall[i]))
            yield cut_line(net.reach_xy[r], seg.start[i], seg.end[i]), attrs

    def section_schema(self):
        schema = [("section", "string"), ("fid_in", "long"), ("snapped", "int"), ("snap_dist_m", "double"),
                  ("network", "int")]
        for name in self.names:
            schema += [(name, "double"), ("{}_class".format(name), "int"), ("{}_loo".format(name), "double"),
                       ("{}_err".format(name), "double")]
            if self.section_loo_var is not None:
                schema.append(("{}_loo_se".format(name), "double"))
        return schema + [("class", "int"), ("class_label", "string")]

    def section_rows(self):
        """(point xy, attribute list) per input section, in the order of :meth:`section_schema`."""
        s = self.sections
        for i in range(len(s.labels)):
            on = bool(self.snapped[i])
            attrs = [s.labels[i], int(s.fids[i]), int(on), float(self.snap_dist[i]),
                     int(self.system.net.component[self.section_reach[i]]) + 1 if on else None]
            for p in range(len(self.names)):
                v, pred = self.section_clean[i, p], self.section_loo[i, p]
                attrs += [_num(v), int(self.section_item_class[i, p]) or None, _num(pred), _num(pred - v)]
                if self.section_loo_var is not None:
                    attrs.append(_num(np.sqrt(self.section_loo_var[i, p])))
            worst = int(self.section_class[i])
            attrs += [worst or None, gbc.LABELS.get(worst)]
            yield s.xy[i], attrs

    def _kriging_model(self):
        if not self.kriging:
            return None
        spec = self.options.kriging or KrigingSpec(reml=self.options.reml, select="fixed")
        m = spec.model
        return {"tail_up": m.tail_up, "tail_down": m.tail_down, "euclidean": m.euclidean, "nugget": m.nugget,
                "estimation": "REML" if spec.reml else "ML", "select": spec.select}

    def report(self, crs="", runtime_s=None, translate=str):
        """The figures of the JSON/HTML report (stable keys)."""
        net, km = self.system.net, self.segments.length / 1000.0
        total = float(km.sum())
        meets = (self.classes.overall > 0) & (self.classes.overall <= self.options.target_class)

        def rows(cls):
            out = gbc.length_per_class(self.segments.length, cls)
            for row in out:
                if row["class"] == gbc.NO_CLASS_LABEL:
                    row["class"] = translate(row["class"])
            return out

        interp = self.interpolation
        return {
            "algorithm": "ecosupervision:riverinterpolation",
            "standard": "GB 3838-2002 Table 1; HJ 2.3-2018 (decay model)",
            "method": self.options.method,
            "water_body": self.options.water_body,
            "target_class": gbc.LABELS[self.options.target_class],
            "parameters": [{"field": n, "gb3838_item": c} for n, c in zip(self.names, self.items)],
            "crs": crs,
            "river_length_km": round(total, 3),
            "segments": int(len(self.segments)),
            "segment_length_m": self.options.segment_length,
            "reaches": int(net.n_reaches),
            "networks": networks_summary(net, self.section_reach[self.snapped]),
            "confluences": int(len(net.confluences)),
            "braids_or_splits": int(len(net.braid_nodes)),
            "loops_cut_at_reach_fid": [int(self.system.reach_fid[r]) for r in net.loop_reaches],
            "lines_reversed_by_field": self.system.lines_reversed_by_field,
            "lines_reversed_by_elevation": int(net.reversed_by_elevation.sum()),
            "sections_used": int(self.snapped.sum()),
            "sections_too_far": self.too_far,
            "length_meeting_target_km": round(float(km[meets].sum()), 3),
            "length_meeting_target_percent": round(100.0 * float(km[meets].sum()) / total, 2) if total else 0,
            "length_per_class": rows(self.classes.overall),
            "length_per_class_by_parameter": {
                n: rows(self.classes.cls[:, p]) for p, n in enumerate(self.names) if self.items[p] is not None},
            "section_classes": {gbc.LABELS[c]: int((self.section_class == c).sum()) for c in range(1, 7)},
            "leave_one_out": interp.stats,
            "kriging_fit": interp.kriging,
            "kriging_model": self._kriging_model(),
            "p_exceed_bands": None if self.exceed is None else length_per_band(self.segments.length,
                                                                              self.exceed.overall),
            "p_exceed_bands_by_parameter": None if self.exceed is None else {
                n: length_per_band(self.segments.length, self.exceed.p[:, p])
                for p, n in enumerate(self.names) if self.items[p] is not None},
            "warnings": [translate(w) for w in self.warnings],
            "cross_validation_notes": [translate(w) for w in interp.cv_notes],
            "runtime_s": runtime_s,
        }


def _columns(values, n, count):
    """n×count array from an array or a list of columns (None = a column of NaN)."""
    if isinstance(values, (list, tuple)):
        return np.column_stack([np.full(n, np.nan) if c is None else np.asarray(c, dtype=float) for c in values]
                               ) if values else np.zeros((n, 0))
    return np.asarray(values, dtype=float).reshape(n, count)


def _num(value):
    value = float(value)
    return value if np.isfinite(value) else None


def decay_rates_by_field(rates, names, items):
    """Decay rates keyed by field name (a rate named by field or by its GB 3838 item) and the unused keys."""
    by_name = {}
    for name, code in zip(names, items):
        for key, k in rates.items():
            if key == name or (code is not None and gb3838.normalise_item(key) == code):
                by_name[name] = k
    unused = [k for k in rates if not any(k == n or (gb3838.normalise_item(k) or "#") in items for n in names)]
    return by_name, unused


def plan_river_interpolation(network_input, sections, options, outfalls=None, monitor=None):
    """Water quality along the network from section measurements → :class:`RiverPlan`.

    ``network_input`` a :class:`~.system.RiverLines` (``columns`` may hold river fields named like
    kriging covariates: they give the segments' covariate values), ``sections`` a :class:`SectionInput`,
    ``options`` :class:`RiverOptions`, ``outfalls`` a :class:`~.system.OutfallInput` or None (decay model).
    """
    monitor = ensure(monitor)
    if options.method not in METHODS:
        raise PlannerError("METHOD must be one of {}.", ", ".join(METHODS))
    names = list(sections.names)
    if not names:
        raise PlannerError("Choose at least one parameter field to interpolate.")
    items = gbc.gb3838_items(names, options.allow_other)
    rates, unused = decay_rates_by_field(options.rates, names, items)
    loo_methods = tuple(dict.fromkeys(tuple(options.loo_methods) + (options.method,)))
    warnings, infos = [], []
    if unused:
        warnings.append(Note("Decay rates given for fields that are not interpolated: {}", ", ".join(unused)))
    system = build_river_system(network_input, options.network, monitor.sub(0.0, 0.12))
    net = system.net
    warnings += net.warnings
    if net.n_components > 1:
        infos.append(Note("The rivers form {} separate networks; each is interpolated on its own.", net.n_components))

    # sections
    tol = options.snap_tolerance
    s_reach, s_pos, s_dist = snap_points(net, sections.xy, tol)
    too_far = [{"section": sections.labels[i], "distance_m": round(float(s_dist[i]), 1)}
               for i in np.nonzero(s_reach < 0)[0]]
    if too_far:
        warnings.append(Note("{} section(s) are farther than {} m from any river and were left out: {}",
                             len(too_far), tol, ", ".join(r["section"] for r in too_far[:20])))
    on = np.nonzero(s_reach >= 0)[0]
    if len(on) == 0:
        raise PlannerError("No section lies within {} m of a river; increase the snapping tolerance or check the "
                           "layers' CRS.", tol)

    # outfalls (decay model)
    loads = None
    if outfalls is not None and len(outfalls.xy):
        o_reach, o_pos, _ = snap_points(net, outfalls.xy, tol)
        ok = o_reach >= 0
        if (~ok).any():
            warnings.append(Note("{} outfall(s) are farther than the snapping tolerance from any river and were "
                                 "ignored.", int((~ok).sum())))
        loads = Outfalls(o_reach[ok], o_pos[ok], np.asarray(outfalls.q, dtype=float)[ok],
                         _columns(outfalls.values, len(ok), len(names))[ok])

    # segments, covariates at the segments
    seg = segment_network(net, options.segment_length)
    sec_cov = seg_cov = None
    if sections.covariate_names:
        sec_cov = _columns(sections.covariates, len(sections.xy), len(sections.covariate_names))[on]
        seg_cov = np.full((len(seg), len(sections.covariate_names)), np.nan)
        for j, c in enumerate(sections.covariate_names):
            if c in network_input.columns:
                seg_cov[:, j] = system.reach_values(network_input.columns[c])[seg.reach]
            else:
                infos.append(Note("Covariate {} is not a river field; its segment values are interpolated from the "
                                  "sections along the network.", c))
    values = _columns(sections.values, len(sections.xy), len(names))
    result = run_interpolation(
        net, seg.reach, seg.mid, {"reach": s_reach[on], "pos": s_pos[on], "xy": sections.xy[on], "values": values[on]},
        names, method=options.method, rates=rates, calibrate=options.calibrate, velocity=system.velocity,
        discharge=system.discharge, outfalls=loads, power=options.power, reml=options.reml, sec_cov=sec_cov,
        seg_cov=seg_cov, loo_methods=loo_methods, monitor=monitor.sub(0.12, 0.95),
        kriging=options.kriging or KrigingSpec(reml=options.reml, select="fixed"))
    warnings += result.warnings

    classes = gbc.classify(result.values, items, options.water_body, options.target_class)
    up, down = nearest_section_distances(net, seg.reach, seg.mid, s_reach[on], s_pos[on])
    n, n_par = values.shape
    clean = np.full((n, n_par), np.nan)
    clean[on] = result.clean_values
    loo = np.full((n, n_par), np.nan)
    loo[on] = result.loo[options.method].pred
    var = result.loo[options.method].var
    loo_var = None
    if var is not None:
        loo_var = np.full((n, n_par), np.nan)
        loo_var[on] = var
    sec_class, sec_item_class = gbc.section_classes(clean, items, options.water_body)
    exceed = reach_blocks = zone_blocks = None
    if options.method != "kriging" and (options.reach_blocks or (options.zones is not None and options.zones.polygons)):
        warnings.append(Note("Reach and zone means need kriging (METHOD = stream-network kriging); none were "
                             "computed."))
    if options.method == "kriging":
        exceed = exceedance(result.values, result.se, items, options.water_body, options.target_class)
        if options.reach_blocks:
            reach_blocks = _blocks(result, seg, [np.nonzero(seg.reach == r)[0] for r in range(net.n_reaches)],
                                   np.arange(net.n_reaches), monitor)
        if options.zones is not None and options.zones.polygons:
            mid_xy = points_xy(net, seg.reach, seg.mid)
            members = [np.nonzero(points_in_polygons(mid_xy, [poly]))[0] for poly in options.zones.polygons]
            zone_blocks = _blocks(result, seg, members, np.arange(len(members)), monitor)
    monitor.step(1.0)
    return RiverPlan(options, system, names, items, seg, result.values, result.se, classes, up, down, sections,
                     s_reach >= 0, s_dist, s_reach, clean, loo, loo_var, sec_class, sec_item_class, too_far, result,
                     warnings, infos, exceed, reach_blocks, zone_blocks)


def _blocks(result, seg, members, keys, monitor):
    """Length-weighted block means of the segments in each ``members`` list (empty lists give NaN)."""
    blocks = [(idx, seg.length[idx]) for idx in members]
    mean, se = result.method.predict_blocks(result.data, result.targets, blocks, result.values, monitor)
    return Blocks(np.asarray(keys), mean, se, np.array([len(i) for i in members]),
                  np.array([float(seg.length[i].sum()) for i in members]))
