-- Units (hemtjänstgrupper): staff belong to one or more, each client to one; a member is staff or the
-- unit's admin ("enhetsadmin"). Clients without a unit keep working through their assigned staff.
CREATE TABLE units (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    created_at REAL NOT NULL
);
CREATE UNIQUE INDEX units_name ON units(name);

CREATE TABLE unit_members (
    unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role TEXT NOT NULL DEFAULT 'staff' CHECK (role IN ('staff', 'unit_admin')),
    PRIMARY KEY (unit_id, user_id)
);
CREATE INDEX unit_members_user ON unit_members(user_id);

ALTER TABLE clients ADD COLUMN unit_id INTEGER REFERENCES units(id) ON DELETE SET NULL;
CREATE INDEX clients_unit ON clients(unit_id);

-- The day the service ended (ISO date); retention removes the client's personal data years after it.
ALTER TABLE clients ADD COLUMN service_ended_on TEXT;

-- Who pays the delivery fee for this client; NULL follows the municipality's setting.
ALTER TABLE clients ADD COLUMN delivery_fee_paid_by TEXT
    CHECK (delivery_fee_paid_by IN ('municipality', 'client') OR delivery_fee_paid_by IS NULL);
-- Fixed when the order is placed, so a later change of setting does not rewrite old invoice bases.
ALTER TABLE orders ADD COLUMN delivery_fee_paid_by TEXT NOT NULL DEFAULT 'municipality'
    CHECK (delivery_fee_paid_by IN ('municipality', 'client'));

-- Every read of a client's personal data: who, when, what, from which session (a digest, never the token).
CREATE TABLE access_log (
    id INTEGER PRIMARY KEY,
    at REAL NOT NULL,
    user_id INTEGER,
    username TEXT NOT NULL,
    client_id INTEGER NOT NULL,
    what TEXT NOT NULL,
    request TEXT NOT NULL,
    session TEXT NOT NULL
);
CREATE INDEX access_log_client ON access_log(client_id, at);
CREATE INDEX access_log_user ON access_log(user_id, at);

-- What retention keeps of a removed client's orders: anonymous figures, no client, no products.
CREATE TABLE order_statistics (
    id INTEGER PRIMARY KEY,
    unit_id INTEGER,
    vendor TEXT NOT NULL,
    delivery_month TEXT NOT NULL,
    status TEXT NOT NULL,
    line_count INTEGER NOT NULL,
    total_sek REAL NOT NULL,
    delivery_fee_sek REAL NOT NULL,
    anonymised_at REAL NOT NULL
);

-- Changes to an order the grocer already has (cancel, or amend with new lines), sent by the outbox
-- worker once each: the key is the change's own idempotency key (also the new order's, when the grocer
-- cannot amend and the change becomes cancel + new order). An amendment's lines and total are in
-- `payload` (JSON) and replace the order's own only once the grocer has accepted them.
CREATE TABLE order_changes (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('cancel', 'amend')),
    idempotency_key TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'refused')),
    requested_by TEXT NOT NULL,
    payload TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at REAL NOT NULL,
    last_error TEXT,
    created_at REAL NOT NULL,
    done_at REAL
);
CREATE INDEX order_changes_due ON order_changes(state, next_attempt_at);

-- Butiksinköp: staff shop in a store for several clients in one trip; each client's order is one bag.
CREATE TABLE store_trips (
    id INTEGER PRIMARY KEY,
    store TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'finished')),
    created_by TEXT NOT NULL,
    created_at REAL NOT NULL,
    finished_at REAL
);
ALTER TABLE orders ADD COLUMN store_trip_id INTEGER REFERENCES store_trips(id) ON DELETE SET NULL;
CREATE INDEX orders_store_trip ON orders(store_trip_id)
