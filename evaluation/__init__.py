"""What measures the extraction: gold files and their checks, the scorer, its reports, the
Label Studio exchange, training and cross-validation. Imports pipeline and extractors, never
the other way round."""
