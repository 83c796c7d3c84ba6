"""Reading, cleaning, chunking and indexing articles. Calls into `qa`; `qa` never imports this package."""
