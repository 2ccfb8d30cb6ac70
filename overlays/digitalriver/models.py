"""The API's models, generated from the OpenAPI document into `digitalriver_api.models`."""

from digitalriver_api.models import *  # noqa: F403
from digitalriver_api.models import __all__ as __all__
