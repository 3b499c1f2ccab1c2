"""The agreements app's pages, one module per part."""
