"""The one way a style from resources/styles reaches a layer: loaded, then its legend put in the run's language.

A .qml holds English legend labels (renderer categories, ranges and rules) and English text literals in
label expressions (``'New depot ' || "rank"``). ``scripts/i18n.py`` extracts those into the catalogue, so
a new .qml is covered automatically; here each one goes through ``tr()`` after the style is loaded, so a
zh_CN run shows "热点，99 % 置信度" while the classified codes (``gi_bin``, ``class``, ``level``) stay the same.
"""

import os
import re

from ...eco_supervision_plugin.i18n import tr

STYLES_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(__file__))), "resources", "styles")
_LITERAL = re.compile(r"'((?:[^']|'')*)'")


def style_path(qml_name):
    """resources/styles/<qml_name>, or None when the plugin ships no such style."""
    path = qml_name if os.path.isabs(qml_name) else os.path.join(STYLES_DIR, qml_name)
    return path if os.path.exists(path) else None


def translated(label):
    """A legend label in the run's language (numbers-only labels such as "0 – 0.05" come back unchanged)."""
    return tr(label) if label and re.search(r"[A-Za-z]", label) else label


def translate_expression(expression):
    """A label expression with each text literal translated (``'New depot ' || "rank"``: the literal only)."""
    def literal(match):
        text = match.group(1).replace("''", "'")
        return "'{}'".format(translated(text).replace("'", "''"))

    return _LITERAL.sub(literal, expression)


def _translate_rules(rule):
    if rule.label():
        rule.setLabel(translated(rule.label()))
    for child in rule.children():
        _translate_rules(child)


def translate_legend(layer):
    """Put ``layer``'s renderer labels and label-expression literals in the run's language (in place)."""
    from qgis.core import QgsCategorizedSymbolRenderer, QgsGraduatedSymbolRenderer, QgsRuleBasedRenderer

    renderer = layer.renderer() if hasattr(layer, "renderer") else None
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        for i, category in enumerate(renderer.categories()):
            renderer.updateCategoryLabel(i, translated(category.label()))
    elif isinstance(renderer, QgsGraduatedSymbolRenderer):
        for i, band in enumerate(renderer.ranges()):
            renderer.updateRangeLabel(i, translated(band.label()))
    elif isinstance(renderer, QgsRuleBasedRenderer):
        _translate_rules(renderer.rootRule())
    labeling = layer.labeling() if hasattr(layer, "labeling") else None
    if labeling is not None and hasattr(labeling, "settings"):
        settings = labeling.settings()
        if settings.isExpression and settings.fieldName:
            settings.fieldName = translate_expression(settings.fieldName)
            labeling.setSettings(settings)


def legend_labels(layer):
    """The labels ``layer``'s legend shows (renderer items and label-expression literals), for checks."""
    labels = [item.label() for item in layer.renderer().legendSymbolItems()] if layer.renderer() else []
    labeling = layer.labeling()
    if labeling is not None and hasattr(labeling, "settings") and labeling.settings().isExpression:
        labels.extend(m.group(1) for m in _LITERAL.finditer(labeling.settings().fieldName))
    return labels


def apply_style(layer, qml_name):
    """Load ``qml_name`` from resources/styles into ``layer`` and translate its legend; False when not applied.

    The .qml itself is loaded, never a default style stored in the data source (a GeoPackage output).
    """
    path = style_path(qml_name)
    if layer is None or path is None:
        return False
    _message, ok = layer.loadNamedStyle(path, True)
    if ok:
        translate_legend(layer)
    return ok
