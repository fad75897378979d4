"""A market's data: preference pairs, importers, style policies, CLDR compliance, text statistics, the Market."""
