-- The UN language each answer is written in (as the focal point says, or read from its text): pages and documents set
-- the answer's direction from it. Existing answers get it when next saved.
alter table return_answer add column language varchar(10);
