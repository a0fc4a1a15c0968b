#!/usr/bin/env python3
"""Builds the floor probes (tests/floors/*.cpp, compiled with bursar_ui's flags, as a screen
would be): the control must compile, each probe must fail to compile for the reason it
names. Usage: check_floors.py CMAKE BUILD_DIR control:TARGET probe:TARGET:EXPECTED ..."""
import subprocess
import sys

cmake, build_dir, *specs = sys.argv[1:]
problems = []
for spec in specs:
    kind, target, *expected = spec.split(":", 2)
    run = subprocess.run([cmake, "--build", build_dir, "--target", target],
                         capture_output=True, text=True)
    output = run.stdout + run.stderr
    if kind == "control":
        if run.returncode != 0:
            problems.append(f"{target}: the control does not compile:\n{output[-3000:]}")
        else:
            print(f"{target}: compiles")
    else:
        if run.returncode == 0:
            problems.append(f"{target}: compiled, but a ui source must not be able to do this")
        elif expected[0] not in output:
            problems.append(f"{target}: failed, but not with “{expected[0]}”:\n{output[-3000:]}")
        else:
            print(f"{target}: refused ({expected[0]})")
for p in problems:
    print(p)
sys.exit(1 if problems else 0)
