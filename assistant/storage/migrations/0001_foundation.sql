-- Staff accounts, login sessions, integration tokens and the grocer's catalog.
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE COLLATE NOCASE,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('staff', 'admin')),
    created_at REAL NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    csrf_token TEXT NOT NULL,
    created_at REAL NOT NULL,
    expires_at REAL NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE api_tokens (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at REAL NOT NULL,
    last_used_at REAL
);

CREATE TABLE products (
    id TEXT PRIMARY KEY,
    vendor TEXT NOT NULL DEFAULT 'demo',
    name TEXT NOT NULL,
    brand TEXT,
    size REAL,
    unit TEXT CHECK (unit IN ('g', 'kg', 'ml', 'cl', 'dl', 'l', 'st') OR unit IS NULL),
    price_sek REAL NOT NULL,
    category TEXT NOT NULL DEFAULT '',
    ean TEXT,
    available INTEGER NOT NULL DEFAULT 1,
    image_url TEXT,
    tags TEXT NOT NULL DEFAULT '[]',
    updated_at REAL NOT NULL
);
CREATE INDEX products_vendor ON products(vendor);

-- Bumped on every catalog change so that in-memory indexes know to rebuild.
CREATE TABLE catalog_state (
    vendor TEXT PRIMARY KEY,
    revision INTEGER NOT NULL DEFAULT 0,
    updated_at REAL NOT NULL
);
