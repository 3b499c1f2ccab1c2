"""The record of every change of content: who, when, through what, and the values before
and after in both languages (django-simple-history; see records.py)."""
