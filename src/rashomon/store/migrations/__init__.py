"""Alembic migrations of the case store, shipped in the package and run by ``rashomon.store.engine.migrate``."""
