"""actorgraph's bundled dictionaries, schema and sample articles (installed as ``actorgraph.data``)."""
