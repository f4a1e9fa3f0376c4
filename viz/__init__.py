"""HTML network pages for actorgraph graph files."""
