"""Bundled sample portals: content, layouts, the static build and a loopback server."""
