-- What a State allows the public to read of its accepted return, chosen when it submits: by default the statuses,
-- not the narratives.
ALTER TABLE state_return ADD COLUMN publish_statuses BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE state_return ADD COLUMN publish_narratives BOOLEAN DEFAULT FALSE NOT NULL;
