"""The practices app's views, one module per part of the site."""
