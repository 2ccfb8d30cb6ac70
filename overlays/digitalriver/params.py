"""Request bodies as TypedDicts keyed by the API's own names, generated into `digitalriver_api.params`."""

from digitalriver_api.params import *  # noqa: F403
from digitalriver_api.params import __all__ as __all__
