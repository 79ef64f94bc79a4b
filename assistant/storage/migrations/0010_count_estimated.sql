-- A count estimated for want of a stated package size (the grocer's feed gives none; the amount said makes
-- the same count in every usual package of the kind): the order line says so, as weight_estimated does
-- for weights, so staff see it on the order and a repeat order carries it on.
ALTER TABLE order_lines ADD COLUMN count_estimated INTEGER NOT NULL DEFAULT 0
