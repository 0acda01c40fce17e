"""The engine: pure Python, no Qt. Folders in, duplicate groups out.

The stages follow the flow of a scan: discovery, imaging, fingerprint, cache,
matching, verify, selection, actions, report, scan.
"""
