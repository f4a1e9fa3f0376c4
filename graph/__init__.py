"""actorgraph: news articles in, a typed actor-relation graph out."""

__version__ = "0.1.0"

#: Version of the graph file format (see ``data/graph.schema.json``).
FORMAT_VERSION = 2
