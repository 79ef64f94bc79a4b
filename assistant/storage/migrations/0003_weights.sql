-- Goods sold by weight: an order line orders weight_kg (charged at unit_price_sek per kg); estimated when
-- it was pieces times a typical piece weight. count stays the pieces (1 when only a weight was given).
ALTER TABLE order_lines ADD COLUMN weight_kg REAL CHECK (weight_kg IS NULL OR weight_kg > 0);
ALTER TABLE order_lines ADD COLUMN weight_estimated INTEGER NOT NULL DEFAULT 0
