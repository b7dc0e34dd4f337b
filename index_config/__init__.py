"""index_config stage."""
