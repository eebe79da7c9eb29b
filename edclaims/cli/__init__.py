"""The `edclaims` command line (Typer): one sub-command per job."""
