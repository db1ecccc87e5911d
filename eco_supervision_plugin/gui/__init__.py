"""Dock and widgets: widgets and signals only, logic lives in core/cloud."""
