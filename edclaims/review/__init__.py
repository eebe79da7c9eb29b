"""The review workflow: a reviewer's decisions on findings and corrections to spans, kept in SQLite.

`store.py` (the database), `report_file.py` (reading a JSON report), `keys.py` (how a finding is found
again), `edits.py` (validating what the reviewer sends), `server.py` + `page.py` (the local web app),
`export.py` (corrected spans as annotation JSONL), `attach.py` (earlier decisions into a new report).
`edclaims verify` loads only `attach`, `store`, `keys` and `report_file`; the server waits until it is started.
"""
