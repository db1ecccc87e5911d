"""Supervision workflows: grid districts for inspectors, and the "double random, one public" draw."""
