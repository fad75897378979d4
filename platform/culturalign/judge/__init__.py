"""Judging adapters: evaluation and gates, reference metrics, the LLM autorater, agreement statistics."""
