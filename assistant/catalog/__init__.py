"""The grocer's catalog: its schema, import, and matching requests against it."""
