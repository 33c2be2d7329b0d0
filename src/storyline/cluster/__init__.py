"""Online story clustering and storyline linking."""

from storyline.cluster.stories import ClusterDoc, StoryClusterer
from storyline.cluster.storylines import link_stories

__all__ = ["ClusterDoc", "StoryClusterer", "link_stories"]
