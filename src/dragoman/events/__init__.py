"""Event coding: PLOVER types from dependency parses."""
