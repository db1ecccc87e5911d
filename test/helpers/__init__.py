"""Helpers shared by the per-algorithm test folders (import as ``helpers.<module>``)."""
