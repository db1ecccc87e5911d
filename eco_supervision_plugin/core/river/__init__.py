"""River water quality: the directed network, transport along it, and the models that carry values on it."""
