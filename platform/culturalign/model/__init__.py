"""The shared base model and what sits on it: loading, generation, reward-model scoring, attaching adapters."""
