"""search_app stage."""
