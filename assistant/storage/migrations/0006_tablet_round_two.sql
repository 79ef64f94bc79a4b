-- Issue 12. "Byte tillåtet" per client: the default that new basket lines get (0/1; staff change it per line).
ALTER TABLE clients ADD COLUMN substitution_default INTEGER NOT NULL DEFAULT 0;
-- Accessibility problems reported through the form on the accessibility statement, for admins to read.
CREATE TABLE accessibility_reports (
    id INTEGER PRIMARY KEY,
    at REAL NOT NULL,
    page TEXT NOT NULL,
    message TEXT NOT NULL,
    contact TEXT NOT NULL,
    user_id INTEGER REFERENCES users(id) ON DELETE SET NULL
);
CREATE INDEX accessibility_reports_at ON accessibility_reports(at)
