"""Training per market: reward models (TRL RewardTrainer) and policy adapters (SFT, then GRPO/RLOO/DPO)."""
