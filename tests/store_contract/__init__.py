"""Backend-independent tests of the `store.base.Store` contract (see conftest.store_uri_factory)."""
