"""The web app and JSON API over a store: ``create_app(db_path)``; ``storyline serve`` runs it."""

from storyline.web.app import create_app, is_loopback

__all__ = ["create_app", "is_loopback"]
