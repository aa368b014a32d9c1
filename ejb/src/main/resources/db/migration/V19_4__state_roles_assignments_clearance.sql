-- Roles in a State (contributors, observers) need nothing new on user_account: the role column holds their names.
-- The focal point assigns each question of a return to at most one contributor of the State; this replaces the list of
-- contributors per return that V6 kept and nothing used.
DROP TABLE return_contributor;

CREATE TABLE return_assignment (
    return_id       BIGINT       NOT NULL REFERENCES state_return (id),
    question_id     BIGINT       NOT NULL REFERENCES cycle_question (id),
    username        VARCHAR(100) NOT NULL,
    PRIMARY KEY (return_id, question_id)
);

-- A State that requires clearance: a second focal point approves a return before it goes to the secretariat.
ALTER TABLE member_state ADD COLUMN requires_clearance BOOLEAN DEFAULT FALSE NOT NULL;

-- Who asked for clearance of a return awaiting it, and when.
ALTER TABLE state_return ADD COLUMN clearance_requested_by VARCHAR(100);
ALTER TABLE state_return ADD COLUMN clearance_requested_at TIMESTAMP(6) WITH TIME ZONE;
