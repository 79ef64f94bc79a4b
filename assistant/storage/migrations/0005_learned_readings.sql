-- What staff taught the service about a client's words: this client, at this grocer, means this product by
-- this phrase (phrase_key is the phrase as the catalog normaliser reads it). Forgotten by deleting the row.
CREATE TABLE learned_readings (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    vendor TEXT NOT NULL,
    phrase_key TEXT NOT NULL,
    phrase TEXT NOT NULL,
    product_id TEXT NOT NULL,
    product_name TEXT NOT NULL,
    learned_by TEXT NOT NULL,
    learned_by_user_id INTEGER,
    learned_at REAL NOT NULL
);
CREATE UNIQUE INDEX learned_readings_key ON learned_readings(client_id, vendor, phrase_key)
