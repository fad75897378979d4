"""Foundations every other part uses: typed config, files, schemas, locale tags, the adapter store, the registry,
MLflow tracking and command results. Imports nothing else of culturalign."""
