"""RSS 2.0, Atom and JSON feeds of what readers may see, whole-site and per section, series,
tag and author."""
