import pathlib
import sys

# The package and the single-file shim from the source tree (the venv test covers the installed one).
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
