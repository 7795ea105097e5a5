"""Extractors: one module per thing extracted, its language data in `data/`."""
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"
MODELS_DIR = Path(__file__).parent / "models"
