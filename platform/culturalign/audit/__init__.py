"""The per-market audit report: collected from MLflow and manifests, rendered to a self-contained page."""
