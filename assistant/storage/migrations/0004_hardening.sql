-- Failed logins per throttle key ('pair:<user>|<address>' or 'addr:<address>'), shared by every
-- service instance: how many failures in a row, when the last was, and until when logins wait.
CREATE TABLE login_failures (
    key TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    last_failure_at REAL NOT NULL,
    blocked_until REAL NOT NULL
);
CREATE INDEX login_failures_last ON login_failures(last_failure_at)
