"""Source-attribution tests: this folder's synthetic-data helpers on the path (fixtures: test/helpers)."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)
