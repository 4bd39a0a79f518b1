"""Template tags of the marketing dashboard."""
