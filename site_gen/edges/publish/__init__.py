"""Put a built site on static hosting: one publisher per kind of target, one interface."""

from site_gen.edges.publish.base import BuiltSite, Publisher, PublishError, PublishResult
from site_gen.edges.publish.plan import PublishPlan

__all__ = ["BuiltSite", "PublishError", "PublishPlan", "PublishResult", "Publisher"]
