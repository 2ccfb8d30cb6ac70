"""Contains shared errors types that can be raised from API functions"""


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class ModelDataError(ValueError):
    """JSON that does not have the shape the document gives it.

    `from_dict` checks the fields of the object it is given, but reads nested objects and lists only
    when they are first accessed, so a problem inside them is found then and raised as this error.
    `path` says where, in the API's own field names: `Customer.sources[1].createdTime`.
    """

    def __init__(self, model: str, path: str, problem: str) -> None:
        super().__init__(f"{model}{path}: {problem}")
        self.model = model
        self.path = path
        self.problem = problem

    def nested(self, model: str, step: str) -> "ModelDataError":
        """The same problem, seen from the object that holds the one it was found in."""
        return ModelDataError(model, step + self.path, self.problem)

    def __reduce__(self) -> tuple[type["ModelDataError"], tuple[str, str, str]]:
        return type(self), (self.model, self.path, self.problem)


__all__ = ["ModelDataError", "UnexpectedStatus"]
