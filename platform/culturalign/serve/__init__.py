"""The OpenAI-compatible server: routing, API schema, auth, batching, engines. Imports nothing from train/ or judge/."""
