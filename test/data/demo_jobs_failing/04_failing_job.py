"""Test job for scripts/demo.py: a job that fails (exit code 3), so the runner must exit non-zero."""

import sys

print("this job fails on purpose", file=sys.stderr)
sys.exit(3)
