"""The planning note of ecosupervision:networksiting: what the new sites achieve, per category, and how many are needed.

Headline first (coverage before → after, categories fully watched, the proof), the figures a planner
cites, coverage per category, the trade-off curve with the "how many sites for 90 %" answer, the
HJ 664-2013 check, the solver, a map. The JSON keeps the plan's stable keys (``SitingPlan.report``).
"""

from ...eco_supervision_plugin.core.messages import translate_message
from ...eco_supervision_plugin.i18n import run_language, tr
from . import charts
from .note import Figure, PlanningNote, Section, Table
from .numbers import format_value

CURVE_TABLE_ROWS = 25  # the curve table in the note shows at most this many counts (the CURVE output has all)
CURVE_CHART_CATEGORIES = 6


def model_names():
    return {"mclp": tr("maximal covering (MCLP)"), "lscp": tr("set covering (LSCP)"),
            "backup": tr("backup coverage"), "pmedian": tr("p-median")}


def status_names():
    return {"optimal": tr("optimal"), "feasible": tr("feasible, not proved optimal"),
            "heuristic": tr("heuristic, no bound"), "infeasible": tr("no solution meets the quotas")}


def join_names(names):
    """Names listed as the run's language writes them: ``a, b, c`` or ``a、b、c``."""
    return ("、" if run_language().startswith("zh") else ", ").join(str(n) for n in names)


def solver_text(solver):
    """The solver's methods ("greedy+swap, Lagrangian bound, HiGHS MILP") in words, translated."""
    words = {"greedy+swap": tr("greedy start and swap search"), "Lagrangian bound": tr("Lagrangian bound"),
             "HiGHS MILP": tr("exact HiGHS mixed-integer programme"), "greedy set cover": tr("greedy set cover"),
             "greedy+swap (fast interchange)": tr("greedy start and fast interchange")}
    return join_names(words.get(part.strip(), part.strip()) for part in solver.split(",") if part.strip())


def _pct(value):
    """A percentage figure of the plan (0–100) as text."""
    return format_value(None if value is None else value / 100.0, "%", 1)


def _proof(result):
    if result.status == "heuristic" or result.gap is None:
        return tr("; no optimality bound is available (heuristic solution).")
    if result.gap <= 1e-9:
        return tr("; the solution is proven optimal.")
    return tr("; the solution is proven within {} of the optimum.").format(format_value(result.gap, "%", 2))


def headline(plan, weight_label):
    """One sentence: the new sites, what they change, the categories fully watched, the proof."""
    r = plan.result
    n_new = len(r.selected)
    full = [c.category for c in plan.coverage_by_category if c.weight > 0 and c.coverage_pct is not None
            and c.coverage_pct >= 100.0 - 1e-9]
    required = [c.category for c in plan.coverage_by_category if c.quota_pct is not None]
    if plan.model == "lscp":
        text = tr("{} new sites cover every demand point within reach ({} of the {})").format(
            n_new, _pct(plan.coverage_pct), weight_label)
    elif plan.model == "backup":
        text = tr("{} new sites raise the {} covered by at least two sites to {} (coverage by one site {})").format(
            n_new, weight_label, _pct(plan.backup_coverage_pct), _pct(plan.coverage_pct))
    elif plan.model == "pmedian":
        mean = r.objective / plan.demand_weight_total if r.objective is not None and plan.demand_weight_total else None
        text = tr("{} new sites bring the weighted mean distance to the nearest site to {}; {} of the {} is within "
                  "the coverage radius").format(n_new, format_value(mean, "m"), _pct(plan.coverage_pct), weight_label)
    else:
        text = tr("{} new sites raise the covered {} from {} to {}").format(
            n_new, weight_label, _pct(plan.coverage_existing_pct), _pct(plan.coverage_pct))
    parts = [text]
    watched = [c for c in required if c in full]
    if watched:  # the categories the planner named in the quotas first
        parts.append(tr("; every demand point of {} is watched").format(join_names(watched[:6])))
    elif full and len(full) == len(plan.coverage_by_category) and plan.model != "lscp":
        parts.append(tr("; every category is fully watched"))
    elif full and plan.model != "lscp":
        parts.append(tr("; {} of {} categories are fully watched").format(len(full), len(plan.coverage_by_category)))
    parts.append(_proof(r))
    return "".join(parts)


def _category_section(plan):
    rows = [[c.category or tr("(no category)"), c.points, c.weight, c.covered_weight,
             None if c.coverage_pct is None else c.coverage_pct / 100.0,
             None if c.quota_pct is None else c.quota_pct / 100.0] for c in plan.coverage_by_category]
    table = Table([tr("Category"), tr("Demand points"), tr("Weight"), tr("Covered weight"), tr("Covered share"),
                   tr("Required share")], rows, ["", "", "", "", "%", "%"])
    chart = charts.bar_chart([r[0] for r in rows], [100.0 * (r[4] or 0.0) for r in rows], tr("Covered share (%)"),
                             title=tr("Covered share per category"), x_label=tr("Category"))
    return Section(tr("Coverage per category"), [], table=table, chart=chart)


def curve_answer(plan, share=0.9):
    """The sentence answering "how many new sites for ``share`` of the weight?" from the curve."""
    found, proven = plan.sites_for_share(share)
    target = format_value(share, "%", 0)
    if found is None:
        return tr("No count on the curve (up to {} new sites) covers {} of the weight.").format(
            len(plan.curve.points), target)
    if found == 0:
        return tr("The existing sites already cover {} of the weight.").format(target)
    if proven == found:
        return tr("{} new sites cover {} of the weight, and no fewer can (proved).").format(found, target)
    return tr("{} new sites cover {} of the weight; the bounds prove that at least {} are needed.").format(
        found, target, proven)


def _curve_section(plan):
    if plan.model == "pmedian":
        return _median_curve_section(plan)
    if plan.model == "backup":
        return _backup_curve_section(plan)
    curve = plan.curve
    points = curve.points
    xs = [pt.p for pt in points]
    series = [(tr("All demand"), [0] + xs, [100.0 * curve.existing_weight / curve.total_weight if curve.total_weight
                                            else None] + [None if pt.covered_weight is None else
                                                          100.0 * pt.covered_weight / curve.total_weight
                                                          for pt in points])]
    if curve.category_weight is not None:
        order = sorted(range(len(plan.category_names)), key=lambda k: -curve.category_weight[k])
        for k in order[:CURVE_CHART_CATEGORIES]:
            total = curve.category_weight[k]
            if total <= 0:
                continue
            series.append((plan.category_names[k] or tr("(no category)"),
                           [0] + xs, [100.0 * curve.existing_category_covered[k] / total] +
                           [None if pt.category_covered is None else 100.0 * pt.category_covered[k] / total
                            for pt in points]))
    optimum = plan.lscp_optimum()
    marked = next((pt for pt in points if pt.p == optimum and pt.covered_weight is not None), None)
    if marked is not None and curve.total_weight:
        series.append((tr("LSCP optimum"), [marked.p], [100.0 * marked.covered_weight / curve.total_weight]))
    chart = charts.line_chart(series, tr("New sites"), tr("Covered weight (%)"),
                              title=tr("Covered weight against the number of new sites"), y_range=(0.0, 100.0))
    keep = _kept_counts(plan, points, plan.sites_for_share(0.9)[0], optimum)
    names = status_names()
    rows = [[pt.p, pt.covered_weight, None if pt.covered_weight is None else pt.covered_weight / curve.total_weight,
             pt.bound, pt.gap, names.get(pt.status, pt.status)] for pt in points if pt.p in keep]
    table = Table([tr("New sites"), tr("Covered weight"), tr("Covered share"), tr("Proven bound"), tr("Gap"),
                   tr("Status")], rows, ["", "", "%", "", "%", ""])
    paragraphs = [curve_answer(plan, 0.9), curve_answer(plan, 0.95)]
    if optimum is not None:
        paragraphs.append(tr("The set covering (LSCP) optimum, {} new sites covering every demand point within reach, "
                             "is marked on the chart: the curve reaches its highest coverage there.").format(optimum)
                          if marked is not None else
                          tr("The set covering (LSCP) optimum, {} new sites, lies beyond the curve (up to {} new "
                             "sites).").format(optimum, len(points)))
    paragraphs.append(tr("Each point is the most weight that many new sites can cover (maximal covering, with the "
                         "existing sites, the spacing rule and the quotas), with the bound that proves it; the CURVE "
                         "output lists every count."))
    return Section(tr("How many sites: the trade-off curve"), paragraphs, table=table, chart=chart)


def _kept_counts(plan, points, *extra):
    """The counts the note's curve table shows: about CURVE_TABLE_ROWS evenly spaced, the last, P and ``extra``."""
    step = max(1, -(-len(points) // CURVE_TABLE_ROWS))
    keep = {pt.p for pt in points[step - 1::step]} | {points[-1].p}
    keep.update(k for k in (plan.p_requested,) + extra if k)
    return keep


def _backup_curve_section(plan):
    """Backup: the weight covered at least twice (the model's figure) and once, against the number of new sites."""
    curve = plan.curve
    points = curve.points
    total = curve.total_weight
    xs = [0] + [pt.p for pt in points]

    def share(value):
        return None if value is None or not total else 100.0 * value / total

    series = [(tr("Covered at least twice"), xs, [share(curve.existing_backup_weight)] +
               [share(pt.backup_weight) for pt in points]),
              (tr("Covered at least once"), xs, [share(curve.existing_covered_weight)] +
               [share(pt.covered_weight) for pt in points])]
    chart = charts.line_chart(series, tr("New sites"), tr("Covered weight (%)"),
                              title=tr("Weight covered twice and once against the number of new sites"),
                              y_range=(0.0, 100.0))
    found, proven = plan.sites_for_share(0.9)
    keep = _kept_counts(plan, points, found)
    names = status_names()
    rows = [[pt.p, pt.backup_weight, None if pt.backup_weight is None or not total else pt.backup_weight / total,
             None if pt.covered_weight is None or not total else pt.covered_weight / total, pt.bound, pt.gap,
             names.get(pt.status, pt.status)] for pt in points if pt.p in keep]
    table = Table([tr("New sites"), tr("Weight covered twice"), tr("Share covered twice"), tr("Share covered once"),
                   tr("Proven bound"), tr("Gap"), tr("Status")], rows, ["", "", "%", "%", "", "%", ""])
    if found is None:
        answer = tr("No count on the curve (up to {} new sites) covers {} of the weight twice.").format(
            len(points), format_value(0.9, "%", 0))
    elif found == 0:
        answer = tr("The existing sites already cover {} of the weight twice.").format(format_value(0.9, "%", 0))
    elif proven == found:
        answer = tr("{} new sites cover {} of the weight twice, and no fewer can (proved).").format(
            found, format_value(0.9, "%", 0))
    else:
        answer = tr("{} new sites cover {} of the weight twice; the bounds prove that at least {} are needed.").format(
            found, format_value(0.9, "%", 0), proven)
    paragraphs = [answer, tr("Each point is the most weight that many new sites can cover at least twice (backup "
                             "coverage, with the existing sites and the spacing rule), with the bound that proves it, "
                             "and the weight the same sites cover at least once; the CURVE output lists every count.")]
    return Section(tr("How many sites: the backup coverage curve"), paragraphs, table=table, chart=chart)


def _median_curve_section(plan):
    """p-median: the demand-weighted mean distance (or travel time) against the number of new sites."""
    curve = plan.curve
    points = curve.points
    minutes = plan.network_in_minutes
    unit = "min" if minutes else "m"
    axis = tr("Mean travel time (min)") if minutes else tr("Mean distance (m)")
    xs = [pt.p for pt in points]
    ys = [pt.mean_cost for pt in points]
    if curve.existing_mean is not None:
        xs, ys = [0] + xs, [curve.existing_mean] + ys
    chart = charts.line_chart([(tr("All demand"), xs, ys)], tr("New sites"), axis,
                              title=tr("Mean travel time against the number of new sites") if minutes else
                              tr("Mean distance against the number of new sites"))
    keep = _kept_counts(plan, points)
    names = status_names()
    previous = {pt.p + 1: pt.mean_cost for pt in points}
    rows = [[pt.p, pt.mean_cost, None if pt.mean_cost is None or previous.get(pt.p) is None
             else previous[pt.p] - pt.mean_cost, pt.mean_bound, pt.gap, names.get(pt.status, pt.status)]
            for pt in points if pt.p in keep]
    table = Table([tr("New sites"), axis, tr("Shorter than with one site less ({})").format(unit),
                   tr("Proven lower bound ({})").format(unit), tr("Gap"), tr("Status")], rows,
                  ["", unit, unit, unit, "%", ""])
    paragraphs = []
    at = {pt.p: pt for pt in points}
    p = plan.p_requested
    if p and p in at and p + 1 in at and at[p].mean_cost is not None and at[p + 1].mean_cost is not None:
        paragraphs.append(tr("With P = {} new sites the weighted mean is {}; one more site shortens it by {}.").format(
            p, format_value(at[p].mean_cost, unit), format_value(at[p].mean_cost - at[p + 1].mean_cost, unit)))
    if any(pt.unserved_weight > 0 for pt in points):
        paragraphs.append(tr("Demand with no open site among its candidates is charged {} (the CURVE column "
                             "unserved_pct gives its share).").format(format_value(curve.penalty, unit)))
    paragraphs.append(tr("Each point is the least demand-weighted mean that many new sites can give (p-median, with "
                         "the existing sites and the spacing rule), with the lower bound that proves it; the mean "
                         "never grows with one more site. The CURVE output lists every count."))
    return Section(tr("How many sites: the mean distance curve"), paragraphs, table=table, chart=chart)


def _hj664_section(check):
    if check is None:
        return None
    if check.status:
        return Section(tr("HJ 664-2013 urban assessment stations"), [translate_message(check.status, tr)])
    return Section(tr("HJ 664-2013 urban assessment stations"), [], figures=[
        Figure(tr("Built-up area"), check.built_up_km2, "km²"), Figure(tr("Built-up population"), check.population),
        Figure(tr("Minimum stations by area"), check.by_area), Figure(tr("Minimum stations by population"),
                                                                      check.by_population),
        Figure(tr("Minimum stations required"), check.min_stations),
        Figure(tr("Open sites inside the study area"), check.open_sites_inside_area)])


def siting_note(plan, demand_name, weight_field, seconds, notes):
    """The note for ``plan`` (a SitingPlan); ``notes`` are the run's messages, already translated."""
    r = plan.result
    weight_label = tr("demand weight “{}”").format(weight_field) if weight_field else tr("demand points")
    found, _proven = plan.sites_for_share(0.9)
    figures = [Figure(tr("New sites chosen"), len(r.selected)), Figure(tr("Existing sites kept"),
                                                                       int(plan.existing.sum())),
               Figure(tr("Covered share of the weight, existing sites only"),
                      None if plan.coverage_existing_pct is None else plan.coverage_existing_pct / 100.0, "%"),
               Figure(tr("Covered share of the weight, with the new sites"),
                      None if plan.coverage_pct is None else plan.coverage_pct / 100.0, "%"),
               Figure(tr("Covered share of the demand points"), plan.coverage_pct_points / 100.0, "%")]
    if plan.model == "backup":
        figures.append(Figure(tr("Weight covered by two or more sites"),
                              None if plan.backup_coverage_pct is None else plan.backup_coverage_pct / 100.0, "%"))
    if plan.curve is not None and plan.model != "pmedian":
        figures.append(Figure(tr("New sites needed for 90 % of the weight covered twice") if plan.model == "backup"
                              else tr("New sites needed for 90 % of the weight"),
                              found if found is not None else tr("more than {}").format(len(plan.curve.points))))
    figures += [Figure(tr("Optimality gap (proven)"), r.gap, "%", 3), Figure(tr("Status"),
                                                                           status_names().get(r.status, r.status)),
                Figure(tr("Run time"), seconds, "s")]
    solver = Section(tr("Model and solver"), [tr("Model: {}; solver: {}.").format(
        model_names().get(plan.model, plan.model), solver_text(r.solver))], figures=[
        Figure(tr("Objective"), r.objective), Figure(tr("Proven bound"), r.bound),
        Figure(tr("Demand points"), len(plan.demand_counts)), Figure(tr("Candidate sites"), len(plan.candidate_xy)),
        Figure(tr("Covering pairs"), plan.n_pairs), Figure(tr("Spacing conflicts"), plan.n_conflicts)])
    sections = [_category_section(plan)] if plan.coverage_by_category else []
    if plan.curve is not None and plan.curve.points:
        sections.append(_curve_section(plan))
    sections += [s for s in (_hj664_section(plan.hj664), solver) if s is not None]
    data = plan.report(seconds)
    return PlanningNote(
        title=tr("Monitoring network siting — {}").format(demand_name),
        subtitle=tr("{}, {} basis; {} demand points, {} candidate sites").format(
            model_names().get(plan.model, plan.model),
            tr("road network") if plan.uses_network else tr("straight-line"), len(plan.demand_counts),
            len(plan.candidate_xy)),
        headline=headline(plan, weight_label), figures=figures, sections=sections, notes=notes, data=data)


def input_title(source, value):
    """The name a planner knows the input by: the layer inside a GeoPackage (``…|layername=voc``), else the source's."""
    if isinstance(value, str) and "layername=" in value:
        from qgis.core import QgsProviderRegistry

        layer = QgsProviderRegistry.instance().decodeUri("ogr", value).get("layerName")
        if layer:
            return layer
    return source.sourceName()


def curve_table(plan):
    """The CURVE output's fields and rows: the model's columns (``SitingPlan.curve_schema``) and the status label."""
    names = status_names()
    return plan.curve_schema() + [("status_label", "string")], [
        row + [names.get(row[-1], row[-1])] for row in plan.curve_rows()]


def siting_map(plan, demand_xy, crs, output, title):
    """The map of the note: demand points by coverage and the sites by rank (memory layers, the outputs' styles)."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    from ..qgis_io.styles import apply_style
    from .map_image import render

    layers = []
    for name, fields, rows, style in (
            (tr("Chosen sites"), "rank:integer&field=is_existing:integer",
             [((x, y), [row[0], row[1]]) for _fid, x, y, row in plan.site_rows()], "siting_sites.qml"),
            (tr("Demand coverage"), "covered:integer&field=n_covering:integer",
             [((float(xy[0]), float(xy[1])), [r[0], r[1]]) for xy, r in zip(demand_xy, plan.demand_rows())],
             "siting_demand.qml")):
        layer = QgsVectorLayer("Point?crs={}&field={}".format(crs.authid(), fields), name, "memory")
        features = []
        for (x, y), values in rows:
            feature = QgsFeature(layer.fields())
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
            feature.setAttributes(values)
            features.append(feature)
        layer.dataProvider().addFeatures(features)
        layer.updateExtents()
        apply_style(layer, style)  # the legend in the run's language, as on the output layers
        layers.append(layer)
    return render(layers, output, title, size=(1000, 760), crs=crs)
