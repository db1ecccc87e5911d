"""Shared test helpers: fixtures (qgis_fixtures, cli_fixtures) and per-algorithm data builders (import as
``helpers.<module>``)."""
