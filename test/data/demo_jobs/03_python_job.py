"""Test job for scripts/demo.py: a .py job gets --sample and --output and writes into the output folder."""

import argparse
import os

parser = argparse.ArgumentParser()
parser.add_argument("--sample", required=True)
parser.add_argument("--output", required=True)
args = parser.parse_args()
assert os.path.exists(args.sample), args.sample
with open(os.path.join(args.output, "python_job.txt"), "w", encoding="utf-8") as f:
    f.write("sample={}\n".format(args.sample))
