"""Processing provider and algorithms (thin wrappers over eco_supervision_plugin.core)."""
