"""Start-up corrections for django-ogc-sensorthings 1.2.0 (see shared note on the test server).

Each patch rewrites one function's code object in place from its source, after checking that the
source still holds the exact text being replaced: if the library changed, start-up fails loudly
instead of serving something untested. Every reference to the function (including ones imported
by name into other modules) sees the corrected code.
"""

import inspect
import textwrap

EXPECTED_VERSION = "1.2.0"
EXPECTED_NINJA = "1.7.1"


class PatchError(RuntimeError):
    pass


def _rewrite(function, replacements, label):
    source = textwrap.dedent(inspect.getsource(function))
    for item in replacements:
        old, new = item[0], item[1]
        expected = item[2] if len(item) > 2 else 1
        count = source.count(old)
        if count != expected:
            raise PatchError(
                "{}: expected the text to patch {} time(s) in {}, found {}; "
                "the library changed, review test/sta_server/patches.py".format(
                    label, expected, function.__qualname__, count
                )
            )
        source = source.replace(old, new)
    # decorators (staticmethod) are applied by the class, not part of getsource's def for functions
    lines = [ln for ln in source.splitlines() if not ln.strip().startswith("@")]
    source = "\n".join(lines) + "\n"
    namespace = {}
    code = compile(source, inspect.getsourcefile(function), "exec")
    exec(code, function.__globals__, namespace)
    function.__code__ = namespace[function.__name__].__code__


def _first_applies(self, manager, group_by, lower, upper):
    """Patch 9 applies to the first row ($skip=0, $top=1) of groups along a foreign key."""
    if (lower, upper) != (0, 1):
        return False
    field = manager.model._meta.get_field(group_by[0])
    return field.many_to_one and field.related_model is not None


def _first_of_groups(self, manager, group_by, orderby):
    """``manager`` limited to the first row (in ``orderby``) of each group ``group_by[1]``."""
    from django.db.models import OuterRef, Subquery

    field = manager.model._meta.get_field(group_by[0])
    first = manager.filter(**{field.name: OuterRef("pk")}).order_by(*self.build_orderby_arg(orderby)).values("pk")[:1]
    firsts = field.related_model.objects.filter(pk__in=group_by[1]).values_list(Subquery(first), flat=True)
    return manager.filter(pk__in=firsts)


def apply_all():
    """Apply every patch; return the list of applied labels."""
    from importlib.metadata import version

    installed = version("django-ogc-sensorthings")
    if installed != EXPECTED_VERSION:
        raise PatchError(
            "django-ogc-sensorthings {} installed, patches written for {}".format(installed, EXPECTED_VERSION)
        )
    from sensorthings.core import service
    from sensorthings.http import navigation, validators
    from sensorthings.versions.v1_1.backends.django import adapter

    base = adapter.DjangoBaseBackendAdapter
    applied = []

    # 1. $orderby=phenomenonTime → 500: order by the model column phenomenon_time_begin.
    _rewrite(
        base.build_orderby_arg,
        [('F("__".join(to_snake(path) for path in field.path))',
          'F("__".join(ODATA_FIELD_REMAP.get(to_snake(path), to_snake(path)) for path in field.path))')],
        "orderby-phenomenonTime",
    )
    applied.append("orderby-phenomenonTime")

    # 4. Paging along a navigation path repeats the last row of each page (ROW_NUMBER is 1-based).
    _rewrite(
        base.get_entities,
        [(".filter(row_number__gte=lower_page_index, row_number__lte=upper_page_index)",
          ".filter(row_number__gt=lower_page_index, row_number__lte=upper_page_index)"),
         # 7. (found here) the adapters build every DTO field from each row, so `.only(select)` makes
         # Django reload each deferred column row by row (N+1: 1,600 extra SELECTs for one page of
         # 100 Things with their Datastreams and latest Observations); grouped expands also load the
         # parent row per child and group an unsorted list. Load whole rows, group by the raw
         # foreign-key id, sorted (stable, so each group keeps its order).
         ("manager.only(*select) if select is not None else manager.all()", "manager.all()", 3),
         # 9. (found here, performance) the first row of each group ($top=1 inside $expand: the latest
         # Observation of each Datastream) is computed with ROW_NUMBER() over every row of every group
         # (SQLite evaluates the window over all 19,200 Observations of a page of 800 Datastreams).
         # Take it with one indexed ORDER BY … LIMIT 1 subquery per group instead; other pages keep
         # the window.
         ("        manager = manager.annotate(\n            row_number=Window(",
          "        manager = self._eco_first_of_groups(manager, group_by, orderby) if "
          "self._eco_first_applies(manager, group_by, lower_page_index, upper_page_index) else manager.annotate("
          "\n            row_number=Window("),
         ("""            querysets = {
                entity.pk: list(group)
                for entity, group in groupby(
                    queryset, key=lambda o: getattr(o, group_by[0])
                )
            }""",
          """            fk_attr = manager.model._meta.get_field(group_by[0]).attname
            querysets = {
                entity: list(group)
                for entity, group in groupby(
                    sorted(queryset, key=lambda o: str(getattr(o, fk_attr))),
                    key=lambda o: getattr(o, fk_attr),
                )
            }""")],
        "grouped-paging-overlap+grouped-expand-n+1",
    )
    base._eco_first_applies = _first_applies
    base._eco_first_of_groups = _first_of_groups
    applied.append("grouped-paging-overlap")
    applied.append("grouped-expand-n+1")
    applied.append("first-of-group-subquery")

    # 2. Nested $expand with a full inner page → 404 from the nested nextLink builder; 3. to-one
    # expands inside a collection give every row the first row's entity.
    _rewrite(
        service.SensorThingsService.get_collection,
        [
            ('if len(responses[collection_id]["value"]) == top:',
             'if len(responses[collection_id]["value"]) == top and len(next_link_target) <= 1:'),
            ('expanded_values[to_snake(field)] = entity_data["value"][0] if entity_data["value"] else None',
             'fk_value = getattr(entity, f"{to_snake(field)}_id", None)\n'
             '                    matches = [v for v in entity_data["value"] if v.get("id") == fk_value]\n'
             '                    expanded_values[to_snake(field)] = matches[0] if matches else ('
             'entity_data["value"][0] if entity_data["value"] and fk_value is None else None)'),
        ],
        "nested-nextlink+to-one-expand",
    )
    applied.append("nested-nextlink")
    applied.append("to-one-expand")

    # 5. @iot.nextLink not percent-encoded.
    from urllib.parse import quote

    navigation.__dict__["_sta_quote"] = lambda text: quote(str(text), safe="$(),;'/:=")
    _rewrite(
        navigation.build_next_link,
        [('f"{key}={item}"', 'f"{_sta_quote(key)}={_sta_quote(item)}"')],
        "nextlink-encoding",
    )
    applied.append("nextlink-encoding")

    # 6. $filter inside $expand(...) → 400 (the option reaches get_collection as `filter`).
    _rewrite(
        validators.validate_expand,
        [("        validated_expand[entity] = params\n",
          "        if \"filter\" in params:\n"
          "            params[\"filters\"] = params.pop(\"filter\")\n"
          "        validated_expand[entity] = params\n")],
        "expand-filter",
    )
    applied.append("expand-filter")

    # 8. (performance) django-ninja validates every response through its Schema wrap-validator, which
    # wraps each nested dict in a DjangoGetter and resolves every field in Python (about 40 % of a
    # page of 100 Things with their Datastreams and latest Observations). The SensorThings schemas
    # define no resolvers and populate by name, so plain dicts validate identically in pydantic-core.
    ninja_installed = version("django-ninja")
    if ninja_installed != EXPECTED_NINJA:
        raise PatchError("django-ninja {} installed, patches written for {}".format(ninja_installed, EXPECTED_NINJA))
    from ninja.schema import Schema

    _rewrite(
        Schema.__dict__["_run_root_validator"].__func__,
        [("    values = DjangoGetter(values, cls, info.context)\n",
          "    if type(values) is dict and not cls._ninja_resolvers:\n"
          "        return handler(values)\n"
          "    values = DjangoGetter(values, cls, info.context)\n")],
        "response-dict-validation",
    )
    applied.append("response-dict-validation")
    return applied
