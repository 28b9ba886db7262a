"""Turning imported HTML into body blocks."""
