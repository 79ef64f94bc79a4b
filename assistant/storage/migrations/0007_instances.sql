-- Several service instances share one database: an instance claims outbox work for a lease, so each
-- order is sent by one instance, and a claim left by an instance that died is taken over when it runs out.
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
ALTER TABLE outbox ADD COLUMN claimed_until REAL
