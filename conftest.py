"""Loads the kata framework's pytest plugin for every test in the repository."""

pytest_plugins = ("kata_framework.plugin",)
