"""culturalign: per-market reward models and LoRA policy adapters on one shared base, served, judged and audited.

Dependencies point one way: a part imports only itself and the parts listed before it (``serve`` never imports
``train`` or ``judge``; no module imports ``cli``), with one exception: ``data.commands`` counts tokens with the
base's tokenizer (``model.base``). ``tests/test_architecture.py`` checks all of it.

core/      foundations: config (typed, paths made absolute once), command results, files (atomic writes), schema
           (YAML -> dataclass with file:line errors), locales (BCP 47), store (adapter versions, manifests,
           checksums), tracking (the one place that talks to MLflow), registry (names, champion-or-newest, verify)
data/      a market's data: preferences (read, validate rows), validate (held-out situations, products), importers,
           market (one Market: tag, dirs, spec, policy), policies (style contracts, rule features), compliance
           (CLDR money and dates), text (tokens, repetition, degeneration), stats (shortcut baselines), agreement
           (kappa, Bradley-Terry), commands (data validate/import/stats), scaffold + hofstede (market new)
model/     the shared base and what sits on it: base (resolve, cache, fingerprint), generation, trunk (frozen-layer
           replay and cache), reward_model (scoring), adapters (attaching verified adapters), chat (chat, generate),
           endpoint (an OpenAI-compatible chat client: the endpoint autorater and the synthesis teacher)
annotate/  human pairwise preferences: store (SQLite), app (web app, templates/), items (items and export)
judge/     judging: evaluate (every family, gates, champion), gates (defined once), metrics (reference metrics),
           reward_eval (score, bench, matrix), autorater (LLM judge)
train/     training per market: reward (RewardTrainer), sft (warm start), policy (the policy command and its
           algorithms), online_dpo, rewards (reward model + rules for RL), rollout (fast GRPO sampling),
           synthesize + synthesis_report (data synthesize: pairs from contrasting policy contracts, AI feedback)
audit/     the per-market audit report: collect (from MLflow and manifests), render (templates/), plots
serve/     the OpenAI-compatible server: router (locale negotiation), api (schema, errors), auth, metrics
           (Prometheus), engines, local (one base, mixed-adapter batches via batcher), upstream (proxy), app
pipeline   the main job (``make demo``): every market's stages, then the cross-market matrices
cli        ``culturalign <command> key=value ...``: compose the config, dispatch, print the Result
"""
