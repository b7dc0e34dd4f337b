"""The app's blueprints: the search page and exports, article pages, and the JSON API."""
