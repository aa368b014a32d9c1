-- Questionnaires in the six languages: the secretariat's own questions, their guidance and the cycle title keep their
-- original (English) text where they were, with the wording in other languages beside it. Questions generated from
-- operative paragraphs take their other languages from the resolution's language versions instead.
CREATE TABLE question_translation (
    question_id     BIGINT         NOT NULL REFERENCES cycle_question (id),
    language        VARCHAR(2)     NOT NULL,
    question_text   VARCHAR(20000) NOT NULL,
    guidance        VARCHAR(20000),
    PRIMARY KEY (question_id, language)
);

CREATE TABLE cycle_title_translation (
    cycle_id        BIGINT         NOT NULL REFERENCES reporting_cycle (id),
    language        VARCHAR(2)     NOT NULL,
    title           VARCHAR(300)   NOT NULL,
    PRIMARY KEY (cycle_id, language)
);
