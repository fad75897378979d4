"""Human pairwise preferences: the rating web app, its SQLite store, items and export."""
