-- Clients, their staff, baskets with an undo stack, orders with an outbox, and the audit trail.
CREATE TABLE clients (
    id INTEGER PRIMARY KEY,
    display_name TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    delivery_weekday INTEGER NOT NULL CHECK (delivery_weekday BETWEEN 0 AND 6),
    cutoff_weekday INTEGER NOT NULL CHECK (cutoff_weekday BETWEEN 0 AND 6),
    cutoff_time TEXT NOT NULL,
    budget_sek REAL,
    diet TEXT NOT NULL DEFAULT '[]',
    vendor TEXT NOT NULL DEFAULT 'demo',
    notes TEXT NOT NULL DEFAULT '',
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL
);

CREATE TABLE client_staff (
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    PRIMARY KEY (client_id, user_id)
);
CREATE INDEX client_staff_user ON client_staff(user_id);

-- A tablet session acts for one client only.
ALTER TABLE sessions ADD COLUMN client_id INTEGER REFERENCES clients(id) ON DELETE CASCADE;

CREATE TABLE baskets (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('open', 'confirmed', 'submitted')),
    version INTEGER NOT NULL DEFAULT 1,
    delivery_date TEXT NOT NULL,
    cutoff_at TEXT NOT NULL,
    moved_to_next_delivery INTEGER NOT NULL DEFAULT 0,
    budget_override_reason TEXT,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL
);
-- One basket in progress per client: the next delivery's.
CREATE UNIQUE INDEX baskets_one_active ON baskets(client_id) WHERE status IN ('open', 'confirmed');

CREATE TABLE basket_lines (
    id INTEGER PRIMARY KEY,
    basket_id INTEGER NOT NULL REFERENCES baskets(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX basket_lines_basket ON basket_lines(basket_id, position);

-- Undo stack: the lines as they were before each utterance.
CREATE TABLE basket_undo (
    id INTEGER PRIMARY KEY,
    basket_id INTEGER NOT NULL REFERENCES baskets(id) ON DELETE CASCADE,
    utterance TEXT NOT NULL,
    lines_before TEXT NOT NULL,
    created_at REAL NOT NULL
);
CREATE INDEX basket_undo_basket ON basket_undo(basket_id, id);

CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id),
    basket_id INTEGER NOT NULL UNIQUE REFERENCES baskets(id),
    vendor TEXT NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL CHECK (status IN
        ('submitted', 'sent', 'received', 'picking', 'delivered', 'failed', 'cancelled')),
    vendor_order_number TEXT,
    delivery_date TEXT NOT NULL,
    total_sek REAL NOT NULL,
    delivery_fee_sek REAL NOT NULL,
    submitted_by TEXT NOT NULL,
    submitted_at REAL NOT NULL,
    delivered_at REAL,
    last_error TEXT,
    updated_at REAL NOT NULL
);
CREATE INDEX orders_client ON orders(client_id, submitted_at);

CREATE TABLE order_lines (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    product_id TEXT NOT NULL,
    product TEXT NOT NULL,
    count INTEGER NOT NULL,
    unit_price_sek REAL NOT NULL,
    substitution_allowed INTEGER NOT NULL,
    outcome TEXT CHECK (outcome IN ('delivered', 'substituted', 'missing') OR outcome IS NULL),
    substitute TEXT
);
CREATE INDEX order_lines_order ON order_lines(order_id, position);

-- Work for the grocer connection: 'submit' until accepted, then 'poll' until delivered.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('submit', 'poll')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at REAL NOT NULL,
    last_error TEXT,
    done_at REAL,
    created_at REAL NOT NULL
);
CREATE INDEX outbox_due ON outbox(done_at, next_attempt_at);

CREATE TABLE audit_events (
    id INTEGER PRIMARY KEY,
    at REAL NOT NULL,
    actor TEXT NOT NULL,
    actor_user_id INTEGER,
    client_id INTEGER,
    basket_id INTEGER,
    order_id INTEGER,
    action TEXT NOT NULL,
    details TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_basket ON audit_events(basket_id);
CREATE INDEX audit_order ON audit_events(order_id)
