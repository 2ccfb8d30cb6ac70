"""`python -m digitalriver`: the `digitalriver` command, where its script is not on the PATH."""

from ._cli import main

main()
