"""Sitemaps and robots.txt, made for the host each request arrives on."""
